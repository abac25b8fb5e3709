package dev.manifestgen.values;

import java.util.List;
import java.util.Map;

/**
 * What one key of config/values.yaml allows: its type, default, documentation and limits. Built
 * from the key's default and the comment above it (see {@link ValueDefinitions}).
 *
 * @param itemType for LIST the items' type, for MAP the values' type (ANY when free)
 * @param properties for OBJECT the known keys, in file order
 * @param unique for LIST: no item twice (namespaces: each would get the same Role and RoleBinding)
 */
public record ValueDefinition(
    String path,
    ValueType type,
    Object defaultValue,
    String description,
    List<String> enumValues,
    Long minimum,
    Long maximum,
    ValueFormat format,
    ValueType itemType,
    Map<String, ValueDefinition> properties,
    int line,
    boolean unique) {

  /** The type a value (or list/map item) must have; for LIST and MAP, that of the items. */
  public ValueType scalarType() {
    return type == ValueType.LIST || type == ValueType.MAP ? itemType : type;
  }

  /** Human form of the type for messages and the chart README, e.g. "list of string". */
  public String typeLabel() {
    return switch (type) {
      case LIST -> itemType == ValueType.ANY ? "list" : "list of " + itemLabel();
      case MAP -> itemType == ValueType.ANY ? "map" : "map of " + itemLabel();
      default -> type.label();
    };
  }

  private String itemLabel() {
    return itemType == ValueType.MAP ? "map" : itemType.label();
  }
}
