package dev.manifestgen.values;

/** The kinds of value a definition allows; JSON Schema names in {@link #jsonType()}. */
public enum ValueType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  /** A list; its items follow {@link ValueDefinition#itemType()}. */
  LIST("array"),
  /** A map with known keys, each with its own definition; other keys are refused. */
  OBJECT("object"),
  /** A map with free keys (labels, resources, affinity); values follow the item type. */
  MAP("object"),
  ANY(null);

  private final String jsonType;

  ValueType(String jsonType) {
    this.jsonType = jsonType;
  }

  public String jsonType() {
    return jsonType;
  }

  /** The name used in values.yaml annotations and messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ValueType ofLabel(String label) {
    for (ValueType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    return null;
  }

  /** The type a plain value has, as read from YAML. */
  public static ValueType of(Object value) {
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof Long || value instanceof Integer) {
      return INTEGER;
    }
    if (value instanceof Number) {
      return NUMBER;
    }
    if (value instanceof Boolean) {
      return BOOLEAN;
    }
    if (value instanceof java.util.List) {
      return LIST;
    }
    if (value instanceof java.util.Map) {
      return MAP;
    }
    return ANY;
  }
}
