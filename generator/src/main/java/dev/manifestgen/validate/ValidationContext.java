package dev.manifestgen.validate;

import dev.manifestgen.contract.OperatorContract;
import java.util.List;

/** What rules look at: the objects, the operator contract, and who may do what. */
public final class ValidationContext {
  private final ManifestSet manifests;
  private final OperatorContract contract;
  private Access access;
  private List<OperatorInstance> operators;

  public ValidationContext(ManifestSet manifests) {
    this(manifests, null);
  }

  /** @param contract what the operator's code expects; null to skip the rules that need it */
  public ValidationContext(ManifestSet manifests, OperatorContract contract) {
    this.manifests = manifests;
    this.contract = contract;
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
      operators = contract == null ? List.of() : OperatorInstance.find(manifests, contract);
    }
    return operators;
  }
}
