package dev.manifestgen.validate;

import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.validate.schema.TypeCheck;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What rules look at: the objects, the operator contract, and who may do what. */
public final class ValidationContext {
  private final ManifestSet manifests;
  private final OperatorContract contract;
  private final java.util.Set<String> crdsInstalled;
  /** For one program of a binary that holds several: the binary's contract and the program; else null. */
  private OperatorContract binary;
  private dev.manifestgen.contract.ContractProgram program;
  private Access access;
  private List<OperatorInstance> operators;
  private final Map<ManifestObject, List<TypeCheck.Problem>> schemaProblems = new IdentityHashMap<>();

  public ValidationContext(ManifestSet manifests) {
    this(manifests, null);
  }

  /** @param contract what the operator's code expects; null to skip the rules that need it */
  public ValidationContext(ManifestSet manifests, OperatorContract contract) {
    this(manifests, contract, java.util.Set.of());
  }

  /**
   * @param crdsInstalled names of CustomResourceDefinitions ({@code PLURAL.GROUP}) installed apart from the
   *     manifest; {@code *} for all of them
   */
  public ValidationContext(ManifestSet manifests, OperatorContract contract, java.util.Set<String> crdsInstalled) {
    this.manifests = manifests;
    this.contract = contract;
    this.crdsInstalled = java.util.Set.copyOf(crdsInstalled);
  }

  /**
   * The context of one program of a binary that holds several: the rules see that program's contract and the
   * containers that start it ({@link ProgramChoice}).
   */
  ValidationContext forProgram(dev.manifestgen.contract.ContractProgram p) {
    ValidationContext c = new ValidationContext(manifests, p.contract(), crdsInstalled);
    c.binary = contract;
    c.program = p;
    return c;
  }

  /** The whole binary's contract when it holds several programs (this context being one's); null otherwise. */
  OperatorContract binary() {
    return binary;
  }

  /**
   * Whether a finding about the whole binary (its kinds) belongs to this context: always for a binary of one
   * program; for several, only to the first program, in contract order, that some container starts.
   */
  boolean reportsForBinary() {
    if (binary == null) {
      return true;
    }
    for (dev.manifestgen.contract.ContractProgram p : binary.programs()) {
      if (!OperatorInstance.startedBy(manifests, binary, p).isEmpty()) {
        return p == program;
      }
    }
    return false;
  }

  /** CRDs installed separately, by name; {@code *}: all. */
  public java.util.Set<String> crdsInstalled() {
    return crdsInstalled;
  }

  public ManifestSet manifests() {
    return manifests;
  }

  /** Null when validating without a contract. */
  public OperatorContract contract() {
    return contract;
  }

  public Access access() {
    if (access == null) {
      access = RbacAccess.of(manifests);
    }
    return access;
  }

  /** The containers that run the operator (none without a contract). */
  public List<OperatorInstance> operators() {
    if (operators == null) {
      if (contract == null || !contract.programs().isEmpty()) {
        operators = List.of(); // a binary of several programs is checked program by program (forProgram)
      } else if (program == null) {
        operators = OperatorInstance.find(manifests, contract);
      } else {
        operators = OperatorInstance.startedBy(manifests, binary, program);
      }
    }
    return operators;
  }

  /** An object's field and type problems, worked out once for the MG1xx rules that report them. */
  List<TypeCheck.Problem> schemaProblems(ManifestObject o) {
    return schemaProblems.computeIfAbsent(o, SchemaCheck::of);
  }
}
