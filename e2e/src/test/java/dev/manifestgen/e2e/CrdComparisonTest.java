package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.crd.CrdSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The order of a field's CEL rules: free for {@code +k8s:immutable}'s rule, which controller-gen places by
 * Go map order, and compared for every other rule.
 */
class CrdComparisonTest {
  private static final Map<String, Object> IMMUTABLE = Map.of("rule", "self == oldSelf", "message", "field is immutable");
  private static final Map<String, Object> NOT_EMPTY = Map.of("rule", "self.size() > 0", "message", "field");
  private static final Map<String, Object> SHORT = Map.of("rule", "self.size() < 9", "message", "short");

  @Test
  void immutableRuleMayComeBeforeOrAfterTheFieldsOtherRules() {
    CrdComparison c = CrdComparison.compare(crd(List.of(IMMUTABLE, NOT_EMPTY, SHORT)),
        crd(List.of(NOT_EMPTY, SHORT, IMMUTABLE)), CrdSettings.NONE);
    assertEquals(List.of(), c.differences());
  }

  @Test
  void otherRulesKeepTheirOrder() {
    CrdComparison c = CrdComparison.compare(crd(List.of(IMMUTABLE, NOT_EMPTY, SHORT)),
        crd(List.of(SHORT, NOT_EMPTY, IMMUTABLE)), CrdSettings.NONE);
    assertEquals(List.of("things.demo.example.com v1 spec.both x-kubernetes-validations"), c.differencePaths());
  }

  @Test
  void aMissingImmutableRuleIsADifference() {
    CrdComparison c = CrdComparison.compare(crd(List.of(IMMUTABLE, NOT_EMPTY)), crd(List.of(NOT_EMPTY)),
        CrdSettings.NONE);
    assertEquals(List.of("things.demo.example.com v1 spec.both x-kubernetes-validations"), c.differencePaths());
  }

  private static List<Map<String, Object>> crd(List<Map<String, Object>> rules) {
    Map<String, Object> both = Map.of("type", "string", "x-kubernetes-validations", rules);
    Map<String, Object> spec = Map.of("type", "object", "properties", Map.of("both", both));
    Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("spec", spec));
    Map<String, Object> version = Map.of("name", "v1", "served", true, "storage", true,
        "schema", Map.of("openAPIV3Schema", schema));
    return List.of(Map.of("kind", "CustomResourceDefinition", "metadata", Map.of("name", "things.demo.example.com"),
        "spec", Map.of("group", "demo.example.com", "versions", List.of(version))));
  }
}
