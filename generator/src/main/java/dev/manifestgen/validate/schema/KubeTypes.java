package dev.manifestgen.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field types of the Kubernetes 1.20 API, read from the JSON schemas that fabric8's 5.1 model jars
 * (Kubernetes 1.20) generate from the API's Go types; the build unpacks them into
 * {@code kube-schema/MODULE/schema/kube-schema.json}. Types with their own JSON encoding in Go
 * (IntOrString, Quantity, Time, the JSONSchemaProps unions, raw JSON) become {@link FieldType.Special}s.
 */
public final class KubeTypes {
  /** The module whose schema holds an API group's kinds. */
  private static final Map<String, String> MODULE_OF_GROUP = Map.ofEntries(
      Map.entry("", "core"), Map.entry("apiregistration.k8s.io", "core"),
      Map.entry("apps", "apps"),
      Map.entry("rbac.authorization.k8s.io", "rbac"),
      Map.entry("policy", "policy"),
      Map.entry("admissionregistration.k8s.io", "admissionregistration"),
      Map.entry("authorization.k8s.io", "admissionregistration"), Map.entry("authentication.k8s.io", "admissionregistration"),
      Map.entry("coordination.k8s.io", "coordination"),
      Map.entry("apiextensions.k8s.io", "apiextensions"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Module> MODULES = new ConcurrentHashMap<>();

  private KubeTypes() {}

  /** The type of an object of this apiVersion and kind in Kubernetes 1.20, or null when 1.20 has none. */
  public static FieldType.Struct of(String apiVersion, String kind) {
    int slash = apiVersion.indexOf('/');
    String module = MODULE_OF_GROUP.get(slash < 0 ? "" : apiVersion.substring(0, slash));
    if (module == null) {
      return null;
    }
    return MODULES.computeIfAbsent(module, Module::load).kinds.get(apiVersion + "/" + kind);
  }

  /** One module's definitions, compiled into field types. */
  private static final class Module {
    private final JsonNode definitions;
    private final Map<String, FieldType> compiled = new HashMap<>();
    private final Map<String, FieldType.Struct> kinds = new HashMap<>();

    private Module(JsonNode definitions) {
      this.definitions = definitions;
      definitions.fieldNames().forEachRemaining(id -> {
        JsonNode d = definitions.get(id);
        String apiVersion = d.path("properties").path("apiVersion").path("default").asText("");
        String kind = d.path("properties").path("kind").path("default").asText("");
        if (!apiVersion.isEmpty() && !kind.isEmpty() && d.path("properties").has("metadata")) {
          kinds.put(apiVersion + "/" + kind, (FieldType.Struct) definition(id));
        }
      });
    }

    static Module load(String name) {
      String resource = "/kube-schema/" + name + "/schema/kube-schema.json";
      try (InputStream in = KubeTypes.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the build (see generator/pom.xml)");
        }
        return new Module(JSON.readTree(in).path("definitions"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    private FieldType definition(String id) {
      FieldType done = compiled.get(id);
      if (done != null) {
        return done;
      }
      String name = id.substring(id.lastIndexOf('_') + 1);
      FieldType special = special(name, id);
      if (special != null) {
        compiled.put(id, special);
        return special;
      }
      JsonNode d = definitions.get(id);
      if (d == null) {
        throw new IllegalStateException("the Kubernetes schema refers to " + id + ", which it does not define");
      }
      // Versioned names where a type's fields differ between versions (RequiredFields tells them apart).
      FieldType.Struct struct = new FieldType.Struct(id.contains("_v1beta1_") ? "v1beta1." + name : name, new LinkedHashMap<>());
      compiled.put(id, struct);
      d.path("properties").fields().forEachRemaining(p -> struct.fields().put(p.getKey(), property(p.getValue())));
      return struct;
    }

    /** Types that Go encodes in JSON its own way, or null. */
    private FieldType special(String name, String id) {
      String schemaProps = "kubernetes_apiextensions_" + (id.contains("_v1beta1_") ? "v1beta1" : "v1") + "_JSONSchemaProps";
      return switch (name) {
        case "IntOrString" -> FieldType.Special.INT_OR_STRING;
        case "Quantity" -> FieldType.Special.QUANTITY;
        case "Time", "MicroTime" -> FieldType.Special.TIME;
        case "RawExtension", "ImageRawExtension", "FieldsV1", "JSON", "Patch" -> FieldType.Special.ANY;
        case "JSONSchemaPropsOrArray" -> new FieldType.Union(FieldType.Union.Kind.SCHEMA_OR_ARRAY, (FieldType.Struct) definition(schemaProps));
        case "JSONSchemaPropsOrBool" -> new FieldType.Union(FieldType.Union.Kind.SCHEMA_OR_BOOL, (FieldType.Struct) definition(schemaProps));
        case "JSONSchemaPropsOrStringArray" ->
            new FieldType.Union(FieldType.Union.Kind.SCHEMA_OR_STRING_ARRAY, (FieldType.Struct) definition(schemaProps));
        default -> null;
      };
    }

    private FieldType property(JsonNode p) {
      if (p.has("$ref")) {
        String ref = p.get("$ref").asText();
        return definition(ref.substring(ref.lastIndexOf('/') + 1));
      }
      switch (p.path("type").asText("")) {
        case "array":
          return new FieldType.ListOf(property(p.path("items")));
        case "object":
          return p.path("additionalProperties").isObject() ? new FieldType.MapOf(property(p.get("additionalProperties")))
              : FieldType.Special.ANY;
        case "string":
          return FieldType.Scalar.STRING;
        case "integer":
          return "Long".equals(p.path("existingJavaType").asText()) ? FieldType.Scalar.INT64 : FieldType.Scalar.INT32;
        case "number":
          return FieldType.Scalar.NUMBER;
        case "boolean":
          return FieldType.Scalar.BOOLEAN;
        default:
          return FieldType.Special.ANY;
      }
    }
  }
}
