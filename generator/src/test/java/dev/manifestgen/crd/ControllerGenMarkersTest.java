package dev.manifestgen.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.golang.GoModuleCache;
import dev.manifestgen.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * controller-gen v0.23.0's marker set on the fixture module gosrc/markers-current: CEL rules, list-map
 * keys, list/map/struct types, required and optional at field and package level, defaults in marker
 * syntax and as JSON, items:*, one-of rules, k8s:* aliases, deprecated versions, selectable fields,
 * metav1.LabelSelector and metav1.Condition (apimachinery v0.20.2, from the module cache: make go-modules);
 * and on gosrc/selector-v0.18.6, metav1.LabelSelector at apimachinery v0.18.6 (no +structType marker yet).
 * {@code expected/} holds what controller-gen v0.23.0 printed for the module
 * ({@code controller-gen crd:crdVersions=v1 paths=./pkg/apis/... output:crd:dir=expected}). The CRDs are
 * compared as trees, descriptions aside (controller-gen v0.23.0 keeps a comment's line breaks,
 * manifest-gen joins lines as v0.4.0 did) and required lists as sets (v0.23.0 sorts them, manifest-gen keeps
 * field order as v0.4.0 did, which the committed 1.3.0 CRDs follow); the CEL rules and list-map keys are
 * also compared as the text controller-gen printed.
 */
class ControllerGenMarkersTest {
  private static final Path TREE = Repo.root().resolve("generator/src/test/resources/gosrc/markers-current");
  private static CrdGenerator.Result result;

  @BeforeAll
  static void generate() throws CrdException {
    result = CrdGenerator.generate(TREE, GoModuleCache.fromEnvironment(), CrdSettings.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"markers-current", "selector-v0.18.6"})
  void everyCrdIsControllerGensDescriptionsAndRequiredOrderAside(String treeName) throws Exception {
    Path tree = TREE.resolveSibling(treeName);
    CrdGenerator.Result r = treeName.equals("markers-current") ? result
        : CrdGenerator.generate(tree, GoModuleCache.fromEnvironment(), CrdSettings.NONE);
    assertEquals(List.of(), r.warnings());
    List<String> expectedFiles;
    try (Stream<Path> files = Files.list(tree.resolve("expected"))) {
      expectedFiles = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(expectedFiles, r.crds().stream().map(GeneratedCrd::fileName).toList());
    for (GeneratedCrd crd : r.crds()) {
      Map<String, Object> theirs = new Yaml().load(Files.readString(tree.resolve("expected").resolve(crd.fileName())));
      Map<String, Object> ours = new Yaml().load(crd.yaml());
      assertEquals(comparable(theirs.get("spec")), comparable(ours.get("spec")), crd.fileName());
    }
  }

  @Test
  void celRulesRoundTripWithTheirQuotesAndEscapes() throws IOException {
    String ours = yaml("demo.example.com_widgets.yaml");
    String theirs = Files.readString(TREE.resolve("expected/demo.example.com_widgets.yaml"));
    for (String text : List.of("""
                        x-kubernetes-validations:
                        - message: must be "x.y", not a.b
                          rule: self.matches('^[a-z]+\\\\.[a-z]+$') && self != "a.b"
                        - message: at most 63 'chars'
                          optionalOldSelf: true
                          rule: self.size() < 64
        """, """
                    - fieldPath: .mode
                      messageExpression: '''mode is '' + self.mode'
                      reason: FieldValueForbidden
                      rule: '!has(self.mode) || self.mode != ''off'' || self.minReplicas ==
                        0'
        """, """
                        - message: exactly one of the fields in [first second] must be set
                          rule: (has(self.first)?1:0)+(has(self.second)?1:0) == 1
        """)) {
      assertTrue(theirs.contains(text), "controller-gen printed:\n" + text);
      assertTrue(ours.contains(text), "expected:\n" + text + "\nin:\n" + ours);
    }
  }

  @Test
  void listMapKeysRoundTrip() throws IOException {
    String ours = yaml("demo.example.com_widgets.yaml");
    String keys = """
                        x-kubernetes-list-map-keys:
                        - name
                        - protocol
                        x-kubernetes-list-type: map
        """;
    assertTrue(Files.readString(TREE.resolve("expected/demo.example.com_widgets.yaml")).contains(keys));
    assertTrue(ours.contains(keys), ours);
  }

  @Test
  void aRequiredFieldInAOneOfIsRefused(@TempDir Path tmp) throws IOException {
    Path module = module(tmp, """
        // +groupName=m.example.com
        package v1

        import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

        // +kubebuilder:validation:ExactlyOneOf=a;b
        type Spec struct {
        	A string `json:"a"`
        	B string `json:"b,omitempty"`
        }

        type Thing struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	Spec Spec `json:"spec,omitempty"`
        }
        """);
    CrdException e = assertThrows(CrdException.class,
        () -> CrdGenerator.generate(module, GoModuleCache.fromEnvironment(), CrdSettings.NONE));
    assertEquals("api/v1/types.go:8: field a of Spec is in a one-of marker, so it must be optional (omitempty or"
        + " +optional)", e.getMessage());
  }

  @Test
  void anXValidationWithAnUnknownReasonIsRefused(@TempDir Path tmp) throws IOException {
    Path module = module(tmp, """
        // +groupName=m.example.com
        package v1

        import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

        type Thing struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	// +kubebuilder:validation:XValidation:rule="self != ''",reason=Because
        	Name string `json:"name,omitempty"`
        }
        """);
    CrdException e = assertThrows(CrdException.class,
        () -> CrdGenerator.generate(module, GoModuleCache.fromEnvironment(), CrdSettings.NONE));
    assertEquals("api/v1/types.go:9: +kubebuilder:validation:XValidation: reason=Because: expected one of"
        + " FieldValueRequired, FieldValueInvalid, FieldValueForbidden, FieldValueDuplicate", e.getMessage());
  }

  @Test
  void defaultsInMarkerSyntax() throws MarkerValue.BadValue {
    assertEquals(Map.of("creationPolicy", "Owner"), MarkerValue.parse("{creationPolicy:Owner}"));
    assertEquals(List.of("a", "b"), MarkerValue.parse("{a,b}"));
    assertEquals(List.of("a", "b"), MarkerValue.parse("a;b"));
    assertEquals(Map.of("nested", Map.of("a", 1L, "b", List.of("x", "y")), "flag", false),
        MarkerValue.parse("{nested:{a:1,b:{x,y}},flag:false}"));
    assertEquals("quoted, with comma", MarkerValue.parse("\"quoted, with comma\""));
    assertEquals(2.5, MarkerValue.parse("2.5"));
    assertEquals(-3L, MarkerValue.parse("-3"));
    assertEquals("100Mi", MarkerValue.parse("100Mi"));
    assertEquals("Shown title", MarkerValue.parse("Shown title "));
    assertEquals(Map.of(), MarkerValue.parse("{}"));
    assertThrows(MarkerValue.BadValue.class, () -> MarkerValue.parse("{a:1"));
  }

  private static String yaml(String fileName) {
    return result.crds().stream().filter(c -> c.fileName().equals(fileName)).findFirst().orElseThrow().yaml();
  }

  /** A tree without descriptions, with required lists as sorted sets and numbers by value. */
  private static Object comparable(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      for (var e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("description")) {
          continue;
        }
        out.put(key, key.equals("required") && e.getValue() instanceof List<?> l
            ? new TreeSet<>(l.stream().map(String::valueOf).toList()) : comparable(e.getValue()));
      }
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(item -> out.add(comparable(item)));
      return out;
    }
    if (o instanceof Number n) {
      return new java.math.BigDecimal(n.toString()).stripTrailingZeros();
    }
    return o;
  }

  /** A module of one API package, api/v1/types.go, requiring the apimachinery the fixture tree uses. */
  private static Path module(Path tmp, String types) throws IOException {
    Path module = tmp.resolve("m");
    Files.createDirectories(module.resolve("api/v1"));
    Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.15\n\nrequire k8s.io/apimachinery v0.20.2\n");
    Files.writeString(module.resolve("api/v1/types.go"), types);
    return module;
  }
}
