package dev.manifestgen.validate;

/** How bad a finding is: errors fail validation (exit 1), warnings do not. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
