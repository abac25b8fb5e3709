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

  /** Applies one marker to a schema node; an {@code items:} marker to the node's items. */
  @SuppressWarnings("unchecked")
  static void apply(Marker m, Map<String, Object> schema) throws CrdException {
    String name = m.name();
    if (name.startsWith(V + "items:")) {
      if (!"array".equals(schema.get("type")) || !(schema.get("items") instanceof Map<?, ?> items)) {
        throw new CrdException(m.where() + ": +" + name + " applies to array values, not to a field of type "
            + schema.get("type"));
      }
      apply(new Marker(V + name.substring((V + "items:").length()), m.value(), m.args(), m.file(), m.line()),
          (Map<String, Object>) items);
      return;
    }
    switch (name) {
      case V + "Enum" -> {
        Object parsed = anyValue(m);
        schema.put("enum", parsed instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(parsed)));
      }
      case V + "Minimum", V + "Maximum", V + "MultipleOf", "k8s:minimum", "k8s:maximum" -> {
        expectType(m, schema, "integer", "number");
        Number value = number(m);
        if ("integer".equals(schema.get("type")) && value instanceof Double d && d != Math.rint(d)) {
          throw new CrdException(m.where() + ": +" + name + "=" + m.text() + ": an integer field needs an integral value");
        }
        schema.put(lowerFirst(name.substring(name.lastIndexOf(':') + 1)), value);
      }
      case V + "ExclusiveMinimum", V + "ExclusiveMaximum" -> {
        expectType(m, schema, "integer", "number");
        putTrue(schema, lowerFirst(name.substring(V.length())), bool(m));
      }
      case V + "MinLength", V + "MaxLength", V + "Pattern" -> {
        expectType(m, schema, "string");
        String key = lowerFirst(name.substring(V.length()));
        schema.put(key, key.equals("pattern") ? m.text() : integer(m));
      }
      case V + "MinItems", V + "MaxItems", V + "UniqueItems", "k8s:maxItems" -> {
        expectType(m, schema, "array");
        String key = lowerFirst(name.substring(name.lastIndexOf(':') + 1));
        if (key.equals("uniqueItems")) {
          putTrue(schema, key, bool(m));
        } else {
          schema.put(key, integer(m));
        }
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
      case "nullable" -> schema.put("nullable", true);
      case V + "XIntOrString" -> schema.put("x-kubernetes-int-or-string", true);
      case V + "EmbeddedResource", V + "XEmbeddedResource" -> schema.put("x-kubernetes-embedded-resource", true);
      case "kubebuilder:pruning:PreserveUnknownFields", V + "XPreserveUnknownFields" ->
          schema.put("x-kubernetes-preserve-unknown-fields", true);
      case V + "XValidation" -> CelRules.add(schema, CelRules.rule(m));
      case V + "AtMostOneOf", V + "ExactlyOneOf", V + "AtLeastOneOf" -> CelRules.add(schema, CelRules.oneOf(m));
      case "k8s:immutable" -> CelRules.add(schema, CelRules.immutable());
      case "k8s:required" -> {
        // A required value must also be non-empty, unless the author bounded it already.
        switch (String.valueOf(schema.get("type"))) {
          case "string" -> schema.putIfAbsent("minLength", 1L);
          case "array" -> schema.putIfAbsent("minItems", 1L);
          case "object" -> schema.putIfAbsent("minProperties", 1L);
          default -> { }
        }
      }
      case "kubebuilder:default" -> {
        Object value = anyValue(m);
        boolean emptyObject = value instanceof Map<?, ?> map && map.isEmpty();
        schema.put("default", emptyObject && "array".equals(schema.get("type")) ? new ArrayList<>() : value);
      }
      case "default" -> {
        // +default=ref(Constant) names a Go constant; controller-gen leaves those out, and so do we.
        if (m.value() == null || !m.value().strip().startsWith("ref(")) {
          schema.put("default", json(m));
        }
      }
      case "kubebuilder:example" -> schema.put("example", anyValue(m));
      case "kubebuilder:title" -> {
        if (!(anyValue(m) instanceof String title)) {
          throw new CrdException(m.where() + ": +" + name + "=" + m.value() + ": expected a string");
        }
        schema.put("title", title);
      }
      case "kubebuilder:externalDocs" -> {
        Map<String, Object> docs = new java.util.LinkedHashMap<>();
        if (m.args().containsKey("description")) {
          docs.put("description", m.args().get("description"));
        }
        if (!m.args().containsKey("url")) {
          throw new CrdException(m.where() + ": +" + name + " needs url");
        }
        docs.put("url", m.args().get("url"));
        schema.put("externalDocs", docs);
      }
      case "listType", "k8s:listType" -> {
        expectType(m, schema, "array");
        String type = oneOf(m, "map", "set", "atomic");
        schema.put("x-kubernetes-list-type", type);
      }
      case "listMapKey", "k8s:listMapKey" -> {
        expectType(m, schema, "array");
        if (!"map".equals(schema.get("x-kubernetes-list-type"))) {
          throw new CrdException(m.where() + ": +" + name + " applies to a +listType=map list");
        }
        List<Object> keys = (List<Object>) schema.computeIfAbsent("x-kubernetes-list-map-keys", k -> new ArrayList<>());
        if (!keys.contains(m.text())) {
          keys.add(m.text());
        }
      }
      case "mapType", "structType" -> {
        expectType(m, schema, "object");
        schema.put("x-kubernetes-map-type", oneOf(m, "atomic", "granular"));
      }
      default -> {
        // Markers of the CRD (root, resource, printcolumn...), of requiredness, or of other generators.
      }
    }
  }

  /**
   * The order controller-gen applies a node's markers in, whatever their order in the source: types
   * (Type, XIntOrString, listType) and +default first, then the rest, +kubebuilder:default after
   * +default, the one-of rules after the XValidation rules (AtMostOneOf, ExactlyOneOf, AtLeastOneOf);
   * then the items: markers in the same order. Markers of one rank keep their source order. (controller-gen
   * orders markers of one rank but different names as a Go map iterates, so its order of an XValidation
   * rule and +k8s:immutable's rule on one field changes from run to run; the source's order is one of its.)
   */
  static List<Marker> inApplyOrder(List<Marker> markers) {
    List<Marker> sorted = new ArrayList<>(markers);
    sorted.sort(java.util.Comparator.comparingInt(ValidationMarkers::rank));
    return sorted;
  }

  private static int rank(Marker m) {
    String name = m.name();
    int items = name.startsWith(V + "items:") ? 100 : 0;
    String base = items > 0 ? V + name.substring((V + "items:").length()) : name;
    int rank = switch (base) {
      case V + "Type", V + "XIntOrString", "listType", "k8s:listType", "default" -> 9;
      case V + "AtMostOneOf" -> 11;
      case V + "ExactlyOneOf" -> 12;
      case V + "AtLeastOneOf" -> 13;
      default -> 10;
    };
    return items + rank;
  }

  private static String oneOf(Marker m, String... allowed) throws CrdException {
    String v = m.text();
    if (!List.of(allowed).contains(v)) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected " + String.join(", ", allowed));
    }
    return v;
  }

  private static void putTrue(Map<String, Object> schema, String key, boolean value) {
    // false is JSON Schema's default: controller-gen writes nothing for it
    if (value) {
      schema.put(key, true);
    } else {
      schema.remove(key);
    }
  }

  /** A value in controller-gen's marker syntax ({@link MarkerValue}). */
  static Object anyValue(Marker m) throws CrdException {
    String v = m.value() == null ? "" : m.value();
    try {
      return MarkerValue.parse(v);
    } catch (MarkerValue.BadValue e) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": " + e.getMessage());
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

  /** The JSON value of a {@code +default=} marker (Kubernetes' own default marker takes JSON). */
  private static Object json(Marker m) throws CrdException {
    String v = m.value() == null ? "" : m.value().strip();
    try {
      LoaderOptions options = new LoaderOptions();
      return new Yaml(new SafeConstructor(options)).load(v);
    } catch (YAMLException e) {
      throw new CrdException(m.where() + ": +" + m.name() + "=" + v + ": expected a JSON value");
    }
  }
}
