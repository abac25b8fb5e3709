package dev.manifestgen.validate;

import dev.manifestgen.contract.OperatorContract;
import java.util.List;

/** What rules look at: the objects, the operator contract, and who may do what. */
public final class ValidationContext {
  private final ManifestSet manifests;
  private final OperatorContract contract;
  private final java.util.Set<String> crdsInstalled;
  private Access access;
  private List<OperatorInstance> operators;

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
      operators = contract == null ? List.of() : OperatorInstance.find(manifests, contract);
    }
    return operators;
  }
}
