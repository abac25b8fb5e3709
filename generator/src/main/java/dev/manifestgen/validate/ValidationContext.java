package dev.manifestgen.validate;

/** What rules look at: the objects, and later the operator contract and the RBAC evaluator. */
public final class ValidationContext {
  private final ManifestSet manifests;

  public ValidationContext(ManifestSet manifests) {
    this.manifests = manifests;
  }

  public ManifestSet manifests() {
    return manifests;
  }
}
