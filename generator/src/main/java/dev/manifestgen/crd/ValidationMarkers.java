package dev.manifestgen.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The markers that change a schema node ({@code +kubebuilder:validation:*}, pruning, defaults,
 * list and map types, nullable), applied to the node of the type or field they are written on.
 * A marker on a node of the wrong type ({@code MinItems} on a string) is refused.
 */
final class ValidationMarkers {
  private static final String V = "kubebuilder:validation:";

  private ValidationMarkers() {}

  @SuppressWarnings("unchecked")
  static void apply(Marker m, Map<String, Object> schema) throws CrdException {
    String name = m.name();
    switch (name) {
      case V + "Enum" -> {
        List<Object> values = new ArrayList<>();
        for (String item : m.rawItems()) {
          values.add(literal(item.strip()));
        }
        schema.put("enum", values);
      }
      case V + "Minimum", V + "Maximum", V + "MultipleOf" -> {
        expectType(m, schema, "integer", "number");
        schema.put(lowerFirst(name.substring(V.length())), number(m));
      }
      case V + "ExclusiveMinimum", V + "ExclusiveMaximum" -> {
        expectType(m, schema, "integer", "number");
        schema.put(lowerFirst(name.substring(V.length())), bool(m));
      }
      case V + "MinLength", V + "MaxLength", V + "Pattern" -> {
        expectType(m, schema, "string");
        String key = lowerFirst(name.substring(V.length()));
        schema.put(key, key.equals("pattern") ? m.text() : integer(m));
      }
      case V + "MinItems", V + "MaxItems", V + "UniqueItems" -> {
        expectType(m, schema, "array");
        String key = lowerFirst(name.substring(V.length()));
        schema.put(key, key.equals("uniqueItems") ? bool(m) : integer(m));
      }
      case V + "MinProperties", V + "MaxProperties" -> {
        expectType(m, schema, "object");
        schema.put(lowerFirst(name.substring(V.length())), integer(m));
      }
      case V + "Format" -> schema.put("format", m.text());
      case V + "Type" -> {
        String type = m.text();
        if (!List.of("object", "array", "string", "integer", "number", "boolean").contains(type)) {
          throw new CrdException(m.where() + ": +" + name + "=" + type
              + ": expected object, array, string, integer, number or boolean");
        }
        schema.put("type", type);
      }
      case V + "Nullable", "nullable" -> schema.put("nullable", true);
      case V + "XIntOrString" -> {
        // A structural schema gives an int-or-string no type of its own, only the two alternatives.
        schema.remove("type");
        schema.put("anyOf", List.of(Map.of("type", "integer"), Map.of("type", "string")));
        schema.put("x-kubernetes-int-or-string", true);
      }
      case V + "EmbeddedResource" -> schema.put("x-kubernetes-embedded-resource", true);
      case "kubebuilder:pruning:PreserveUnknownFields" -> schema.put("x-kubernetes-preserve-unknown-fields", true);
      case "kubebuilder:default" -> schema.put("default", literalTree(m));
      case "listType" -> schema.put("x-kubernetes-list-type", m.text());
      case "listMapKey" -> {
        List<Object> keys = (List<Object>) schema.computeIfAbsent("x-kubernetes-list-map-keys", k -> new ArrayList<>());
        keys.add(m.text());
      }
      case "mapType", "structType" -> schema.put("x-kubernetes-map-type", m.text());
      default -> {
        // Markers of the CRD (root, resource, printcolumn...), of requiredness, or of other generators.
      }
    }
  }

  private static void expectType(Marker m, Map<String, Object> schema, String... types) throws CrdException {
    Object type = schema.get("type");
    if (type == null) {
      return; // int-or-string, schemaless: the author decides
    }
    if (!List.of(types).contains(type)) {
      throw new CrdException(m.where() + ": +" + m.name() + " applies to " + String.join(" or ", types)
          + " values, not to a field of type " + type);
    }
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static Number number(Marker m) throws CrdException {
    String v = m.text().strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e2) {
        throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected a number");
      }
    }
  }

  private static long integer(Marker m) throws CrdException {
    String v = m.text().strip();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected an integer");
    }
  }

  private static boolean bool(Marker m) throws CrdException {
    String v = m.text().strip();
    if (!v.equals("true") && !v.equals("false")) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected true or false");
    }
    return Boolean.parseBoolean(v);
  }

  /** An enum item: a quoted string, true/false, a number, or else a bare string. */
  private static Object literal(String item) {
    if (item.startsWith("\"") || item.startsWith("`")) {
      return Marker.unquote(item);
    }
    if (item.equals("true") || item.equals("false")) {
      return Boolean.parseBoolean(item);
    }
    try {
      return Long.parseLong(item);
    } catch (NumberFormatException e) {
      try {
        return Double.parseDouble(item);
      } catch (NumberFormatException e2) {
        return item;
      }
    }
  }

  /** A default's value, written as JSON or YAML flow ({@code 3}, {@code "a"}, {@code {}}, {@code [a, b]}). */
  private static Object literalTree(Marker m) throws CrdException {
    String v = m.value() == null ? "" : m.value().strip();
    if (v.startsWith("`")) {
      return Marker.unquote(v);
    }
    try {
      LoaderOptions options = new LoaderOptions();
      return new Yaml(new SafeConstructor(options)).load(v);
    } catch (YAMLException e) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected a JSON value");
    }
  }
}
