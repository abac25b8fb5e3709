package dev.manifestgen.contract;

/** The pflag (and Go flag) value types the contract knows, by the name of their pflag constructor. */
public enum FlagType {
  BOOL("bool"),
  STRING("string"),
  INT("int"),
  INT32("int32"),
  INT64("int64"),
  UINT("uint"),
  UINT32("uint32"),
  UINT64("uint64"),
  FLOAT32("float32"),
  FLOAT64("float64"),
  DURATION("duration"),
  STRING_SLICE("stringSlice"),
  STRING_ARRAY("stringArray"),
  INT_SLICE("intSlice"),
  STRING_TO_STRING("stringToString");

  private final String yamlName;

  FlagType(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name used in the contract file, which is pflag's own type name. */
  public String yamlName() {
    return yamlName;
  }

  public static FlagType fromYamlName(String name) {
    for (FlagType t : values()) {
      if (t.yamlName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
