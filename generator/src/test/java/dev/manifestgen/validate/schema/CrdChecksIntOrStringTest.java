package dev.manifestgen.validate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The int-or-string anyOf pattern (what controller-gen writes for IntOrString and Quantity) is judged as
 * the API server judges it: after decoding, which drops keys a JSONSchemaProps does not have.
 */
class CrdChecksIntOrStringTest {
  private static Map<String, Object> crd(Map<String, Object> field) {
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("spec", Map.of("type", "object",
        "properties", Map.of("port", field))));
    return Map.of("apiVersion", "apiextensions.k8s.io/v1", "kind", "CustomResourceDefinition",
        "metadata", Map.of("name", "things.example.com"),
        "spec", Map.of("group", "example.com", "scope", "Namespaced",
            "names", Map.of("kind", "Thing", "plural", "things", "singular", "thing", "listKind", "ThingList"),
            "versions", List.of(Map.of("name", "v1", "served", true, "storage", true,
                "schema", Map.of("openAPIV3Schema", schema)))));
  }

  @Test
  void anUnknownKeyBesideTheTypeKeepsThePattern() {
    Map<String, Object> field = Map.of("x-kubernetes-int-or-string", true,
        "anyOf", List.of(Map.of("type", "integer", "zzUnknown", "seven"), Map.of("type", "string")));
    assertEquals(List.of(), CrdChecks.of(crd(field)));
  }

  @Test
  void aKnownKeywordBesideTheTypeBreaksIt() {
    Map<String, Object> field = Map.of("x-kubernetes-int-or-string", true,
        "anyOf", List.of(Map.of("type", "integer", "minimum", 1), Map.of("type", "string")));
    assertEquals(List.of("spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.port.anyOf[0].type",
        "spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.port.anyOf[1].type"),
        CrdChecks.of(crd(field)).stream().map(CrdChecks.Problem::path).toList());
  }
}
