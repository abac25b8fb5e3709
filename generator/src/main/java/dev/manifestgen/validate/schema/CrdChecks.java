package dev.manifestgen.validate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Kubernetes 1.20 API server checks in an apiextensions.k8s.io/v1 CustomResourceDefinition
 * beyond field types: its names, versions and conversion, and that every version's schema is
 * structural (every field has a type, value validations in allOf/anyOf/oneOf/not only restrict what
 * the schema around them specifies, metadata is left alone) and uses only what the server supports.
 */
public final class CrdChecks {
  /** A problem at a path of the CRD. */
  public record Problem(String path, String message) {}

  private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean");
  private static final Set<String> COLUMN_TYPES = Set.of("integer", "number", "string", "boolean", "date");
  /** JSON Schema keywords a CRD schema may not use. */
  private static final List<String> UNSUPPORTED = List.of("$ref", "id", "definitions", "dependencies", "patternProperties",
      "additionalItems");
  /** What a value validation nested in allOf/anyOf/oneOf/not may not specify: only the schema around it may. */
  private static final List<String> NOT_IN_NESTED = List.of("type", "additionalProperties", "default", "title", "description",
      "nullable", "externalDocs", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
      "x-kubernetes-int-or-string", "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type");

  /** The keys of a 1.20 JSONSchemaProps: the server drops any other key when it decodes a schema. */
  private static final Set<String> SCHEMA_KEYS = Set.of("id", "$schema", "$ref", "description", "type", "format", "title",
      "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
      "maxItems", "minItems", "uniqueItems", "multipleOf", "enum", "maxProperties", "minProperties", "required", "items",
      "allOf", "oneOf", "anyOf", "not", "properties", "additionalProperties", "patternProperties", "dependencies",
      "additionalItems", "definitions", "externalDocs", "example", "nullable", "x-kubernetes-preserve-unknown-fields",
      "x-kubernetes-embedded-resource", "x-kubernetes-int-or-string", "x-kubernetes-list-map-keys",
      "x-kubernetes-list-type", "x-kubernetes-map-type");

  private enum Level { ROOT, ITEMS, FIELD }

  private final List<Problem> out = new ArrayList<>();

  private CrdChecks() {}

  /** The problems of a CRD's raw tree; only apiextensions.k8s.io/v1 is checked (v1beta1 does not require structural schemas). */
  public static List<Problem> of(Map<?, ?> crd) {
    CrdChecks c = new CrdChecks();
    if ("apiextensions.k8s.io/v1".equals(crd.get("apiVersion")) && crd.get("spec") instanceof Map<?, ?> spec) {
      c.spec(crd, spec);
    }
    return c.out;
  }

  private void spec(Map<?, ?> crd, Map<?, ?> spec) {
    if (Boolean.TRUE.equals(spec.get("preserveUnknownFields"))) {
      out.add(new Problem("spec.preserveUnknownFields", "must be false in apiextensions.k8s.io/v1: set "
          + "x-kubernetes-preserve-unknown-fields: true in the versions' schemas instead"));
    }
    Object names = spec.get("names");
    if (names instanceof Map<?, ?> n && n.get("plural") instanceof String plural && spec.get("group") instanceof String group
        && crd.get("metadata") instanceof Map<?, ?> metadata && metadata.get("name") instanceof String name
        && !name.equals(plural + "." + group)) {
      out.add(new Problem("metadata.name", "must be spec.names.plural + \".\" + spec.group: " + plural + "." + group));
    }
    if (spec.get("scope") instanceof String scope && !scope.equals("Namespaced") && !scope.equals("Cluster")) {
      out.add(new Problem("spec.scope", "\"" + scope + "\" is not a scope: use Namespaced or Cluster"));
    }
    if (spec.get("conversion") instanceof Map<?, ?> conversion && conversion.get("strategy") instanceof String strategy) {
      if (!strategy.equals("None") && !strategy.equals("Webhook")) {
        out.add(new Problem("spec.conversion.strategy", "\"" + strategy + "\" is not a conversion strategy: use None or Webhook"));
      } else if (strategy.equals("Webhook") && conversion.get("webhook") == null) {
        out.add(new Problem("spec.conversion.webhook", "is required when the conversion strategy is Webhook"));
      }
    }
    if (!(spec.get("versions") instanceof List<?> versions)) {
      return;
    }
    int storage = 0;
    for (int i = 0; i < versions.size(); i++) {
      if (!(versions.get(i) instanceof Map<?, ?> version)) {
        continue;
      }
      String path = "spec.versions[" + i + "]";
      if (Boolean.TRUE.equals(version.get("storage"))) {
        storage++;
      }
      if (version.get("deprecationWarning") != null && !Boolean.TRUE.equals(version.get("deprecated"))) {
        out.add(new Problem(path + ".deprecationWarning", "can only be set for a deprecated version"));
      }
      if (version.get("additionalPrinterColumns") instanceof List<?> columns) {
        for (int c = 0; c < columns.size(); c++) {
          if (columns.get(c) instanceof Map<?, ?> column && column.get("type") instanceof String type && !COLUMN_TYPES.contains(type)) {
            out.add(new Problem(path + ".additionalPrinterColumns[" + c + "].type", "\"" + type
                + "\" is not a column type: use integer, number, string, boolean or date"));
          }
        }
      }
      Object schema = version.get("schema") instanceof Map<?, ?> s ? s.get("openAPIV3Schema") : null;
      if (schema instanceof Map<?, ?> root) {
        schema(root, Level.ROOT, path + ".schema.openAPIV3Schema");
      } else if (schema == null) {
        out.add(new Problem(path + ".schema.openAPIV3Schema", "is required in apiextensions.k8s.io/v1 (a schema for every version)"));
      }
    }
    if (storage != 1) {
      out.add(new Problem("spec.versions", "exactly one version must be the storage version (storage: true); "
          + storage + " are"));
    }
  }

  private void schema(Map<?, ?> s, Level level, String path) {
    String type = s.get("type") instanceof String t ? t : "";
    boolean intOrString = Boolean.TRUE.equals(s.get("x-kubernetes-int-or-string"));
    boolean preserve = Boolean.TRUE.equals(s.get("x-kubernetes-preserve-unknown-fields"));
    boolean embedded = Boolean.TRUE.equals(s.get("x-kubernetes-embedded-resource"));
    Map<?, ?> properties = s.get("properties") instanceof Map<?, ?> p ? p : Map.of();

    for (String keyword : UNSUPPORTED) {
      if (s.get(keyword) != null) {
        out.add(new Problem(path + "." + keyword, keyword + " is not supported in a CRD schema"));
      }
    }
    if (type.equals("null")) {
      out.add(new Problem(path + ".type", "cannot be null: use nullable: true"));
    } else if (!type.isEmpty() && !TYPES.contains(type)) {
      out.add(new Problem(path + ".type", "\"" + type + "\" is not a type: use object, array, string, integer, number or boolean"));
    }
    if (embedded && !type.equals("object")) {
      out.add(new Problem(path + ".type", "must be object with x-kubernetes-embedded-resource: true"));
    } else if (type.isEmpty() && !intOrString && !preserve) {
      out.add(new Problem(path + ".type", switch (level) {
        case ROOT -> "must not be empty at the root";
        case ITEMS -> "must not be empty for array items";
        case FIELD -> "must not be empty for object fields";
      }));
    }
    if (level == Level.ROOT && !type.isEmpty() && !type.equals("object")) {
      out.add(new Problem(path + ".type", "must be object at the root"));
    }
    if (Boolean.FALSE.equals(s.get("x-kubernetes-preserve-unknown-fields"))) {
      out.add(new Problem(path + ".x-kubernetes-preserve-unknown-fields", "must be true or left out"));
    }
    if (intOrString && preserve) {
      out.add(new Problem(path + ".x-kubernetes-preserve-unknown-fields", "must be false with x-kubernetes-int-or-string: true"));
    }
    if (intOrString && embedded) {
      out.add(new Problem(path + ".x-kubernetes-embedded-resource", "must be false with x-kubernetes-int-or-string: true"));
    }
    if (embedded && !preserve && properties.isEmpty()) {
      out.add(new Problem(path + ".properties", "must not be empty with x-kubernetes-embedded-resource: true unless "
          + "x-kubernetes-preserve-unknown-fields: true"));
    }
    if (Boolean.TRUE.equals(s.get("uniqueItems"))) {
      out.add(new Problem(path + ".uniqueItems", "cannot be true (checking it is quadratic)"));
    }
    Object items = s.get("items");
    if (items instanceof List) {
      out.add(new Problem(path + ".items", "must be a schema, not a list of schemas"));
    } else if (items instanceof Map<?, ?> itemSchema) {
      schema(itemSchema, Level.ITEMS, path + ".items");
    } else if (type.equals("array")) {
      out.add(new Problem(path + ".items", "is required with type: array"));
    }
    Object additional = s.get("additionalProperties");
    if (additional != null) {
      if (level == Level.ROOT || embedded) {
        out.add(new Problem(path + ".additionalProperties", level == Level.ROOT ? "must not be used at the root"
            : "must not be used with x-kubernetes-embedded-resource"));
      }
      if (!properties.isEmpty() && !Boolean.TRUE.equals(additional)) {
        out.add(new Problem(path + ".additionalProperties", "cannot be used together with properties"));
      }
      if (additional instanceof Map<?, ?> additionalSchema) {
        schema(additionalSchema, Level.FIELD, path + ".additionalProperties");
      }
    }
    for (Map.Entry<?, ?> e : properties.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> field) {
        schema(field, Level.FIELD, TypeCheck.key(path + ".properties", String.valueOf(e.getKey())));
      }
    }
    listAndMapTypes(s, type, path);
    defaultMatchesType(s, type, path);
    if (level == Level.ROOT || embedded) {
      metadata(properties, path);
    }
    nested(s, path, properties);
  }

  private void listAndMapTypes(Map<?, ?> s, String type, String path) {
    Object listType = s.get("x-kubernetes-list-type");
    List<?> keys = s.get("x-kubernetes-list-map-keys") instanceof List<?> k ? k : List.of();
    if (listType != null) {
      if (!type.equals("array")) {
        out.add(new Problem(path + ".type", "must be array with x-kubernetes-list-type"));
      }
      Map<?, ?> items = s.get("items") instanceof Map<?, ?> i ? i : Map.of();
      if ("map".equals(listType)) {
        if (keys.isEmpty()) {
          out.add(new Problem(path + ".x-kubernetes-list-map-keys", "must not be empty with x-kubernetes-list-type: map"));
        }
        if (!"object".equals(items.get("type"))) {
          out.add(new Problem(path + ".items.type", "must be object with x-kubernetes-list-type: map"));
        }
      } else if ("set".equals(listType)) {
        Object itemType = items.get("type");
        if (("object".equals(itemType) || "array".equals(itemType)) && !"atomic".equals(items.get("x-kubernetes-map-type"))
            && !"atomic".equals(items.get("x-kubernetes-list-type"))) {
          out.add(new Problem(path + ".x-kubernetes-list-type", "set needs scalar items, or atomic ones "
              + "(x-kubernetes-map-type or x-kubernetes-list-type atomic)"));
        }
      } else if (!"atomic".equals(listType)) {
        out.add(new Problem(path + ".x-kubernetes-list-type", "\"" + listType + "\" is not a list type: use atomic, set or map"));
      }
    }
    if (!keys.isEmpty() && !"map".equals(listType)) {
      out.add(new Problem(path + ".x-kubernetes-list-type", "must be map with x-kubernetes-list-map-keys"));
    }
    Object mapType = s.get("x-kubernetes-map-type");
    if (mapType != null) {
      if (!"atomic".equals(mapType) && !"granular".equals(mapType)) {
        out.add(new Problem(path + ".x-kubernetes-map-type", "\"" + mapType + "\" is not a map type: use atomic or granular"));
      }
      if (!type.equals("object")) {
        out.add(new Problem(path + ".type", "must be object with x-kubernetes-map-type"));
      }
    }
  }

  /** A default of a scalar, object or array field has that type (the server checks defaults against the schema). */
  private void defaultMatchesType(Map<?, ?> s, String type, String path) {
    Object d = s.get("default");
    if (d == null || type.isEmpty()) {
      return;
    }
    boolean ok = switch (type) {
      case "string" -> d instanceof String;
      case "boolean" -> d instanceof Boolean;
      case "integer" -> d instanceof Long || d instanceof Double x && x == Math.rint(x);
      case "number" -> d instanceof Number;
      case "object" -> d instanceof Map;
      case "array" -> d instanceof List;
      default -> true;
    };
    if (!ok) {
      out.add(new Problem(path + ".default", "must be of type " + type));
    }
  }

  /** At the root and in embedded resources, metadata may only restrict name and generateName; kind and apiVersion are strings. */
  private void metadata(Map<?, ?> properties, String path) {
    for (String field : List.of("kind", "apiVersion")) {
      if (properties.get(field) instanceof Map<?, ?> f && !"string".equals(f.get("type"))) {
        out.add(new Problem(path + ".properties." + field + ".type", "must be string"));
      }
    }
    if (properties.get("metadata") instanceof Map<?, ?> metadata) {
      if (!"object".equals(metadata.get("type"))) {
        out.add(new Problem(path + ".properties.metadata.type", "must be object"));
      }
      for (Object key : metadata.keySet()) {
        boolean allowed = key.equals("type") || (key.equals("properties") && metadata.get("properties") instanceof Map<?, ?> p
            && Set.of("name", "generateName").containsAll(p.keySet()));
        if (!allowed) {
          out.add(new Problem(path + ".properties.metadata", "must not specify anything other than name and generateName"));
          break;
        }
      }
    }
  }

  /** allOf, anyOf, oneOf and not only restrict values of what the schema around them specifies. */
  private void nested(Map<?, ?> s, String path, Map<?, ?> properties) {
    boolean intOrStringAnyOf = isIntOrStringPair(s.get("anyOf"));
    boolean intOrStringAllOf = s.get("allOf") instanceof List<?> all && !all.isEmpty()
        && all.get(0) instanceof Map<?, ?> first && isIntOrStringPair(first.get("anyOf"));
    for (String junctor : List.of("allOf", "anyOf", "oneOf")) {
      if (s.get(junctor) instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Map<?, ?> v) {
            boolean skipAnyOf = junctor.equals("allOf") && i == 0 && intOrStringAllOf;
            if (!(junctor.equals("anyOf") && intOrStringAnyOf)) {
              valueValidation(v, path + "." + junctor + "[" + i + "]", properties, skipAnyOf);
            }
          }
        }
      }
    }
    if (s.get("not") instanceof Map<?, ?> not) {
      valueValidation(not, path + ".not", properties, false);
    }
  }

  /** anyOf [{type: integer}, {type: string}], as the server sees it once it has dropped unknown keys. */
  private static boolean isIntOrStringPair(Object anyOf) {
    return anyOf instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Map<?, ?> a && l.get(1) instanceof Map<?, ?> b
        && knownKeys(a) == 1 && knownKeys(b) == 1 && "integer".equals(a.get("type")) && "string".equals(b.get("type"));
  }

  private static long knownKeys(Map<?, ?> schema) {
    return schema.keySet().stream().filter(SCHEMA_KEYS::contains).count();
  }

  private void valueValidation(Map<?, ?> v, String path, Map<?, ?> specified, boolean skipAnyOf) {
    for (String keyword : NOT_IN_NESTED) {
      if (v.get(keyword) != null && !(keyword.equals("description") && "".equals(v.get(keyword)))) {
        out.add(new Problem(path + "." + keyword, "must not be set inside allOf, anyOf, oneOf or not: "
            + "set it on the schema around them"));
      }
    }
    if (v.get("properties") instanceof Map<?, ?> props) {
      for (Map.Entry<?, ?> e : props.entrySet()) {
        String name = String.valueOf(e.getKey());
        String fieldPath = TypeCheck.key(path + ".properties", name);
        if (name.equals("metadata")) {
          out.add(new Problem(fieldPath, "must not be specified inside allOf, anyOf, oneOf or not"));
        } else if (!specified.containsKey(name)) {
          out.add(new Problem(fieldPath, "is not specified in the schema's properties: value validations can only "
              + "restrict fields the schema specifies"));
        } else if (e.getValue() instanceof Map<?, ?> field && specified.get(name) instanceof Map<?, ?> outer) {
          valueValidation(field, fieldPath, outer.get("properties") instanceof Map<?, ?> p ? p : Map.of(), false);
        }
      }
    }
    for (String junctor : List.of("allOf", "anyOf", "oneOf")) {
      if (junctor.equals("anyOf") && (skipAnyOf || isIntOrStringPair(v.get("anyOf")))) {
        continue;
      }
      if (v.get(junctor) instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Map<?, ?> inner) {
            valueValidation(inner, path + "." + junctor + "[" + i + "]", specified, false);
          }
        }
      }
    }
    if (v.get("not") instanceof Map<?, ?> not) {
      valueValidation(not, path + ".not", specified, false);
    }
  }
}
