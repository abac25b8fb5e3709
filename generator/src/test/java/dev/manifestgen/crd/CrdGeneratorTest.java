package dev.manifestgen.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRD generator on small API packages: every marker kind against golden files, determinism,
 * and the source it refuses or warns about.
 */
class CrdGeneratorTest {
  private static final Path MARKERS = Repo.root().resolve("generator/src/test/resources/crd/markers");

  @Test
  void everyMarkerKindGivesTheGoldenCrds() throws Exception {
    CrdGenerator.Result result = CrdGenerator.generate(MARKERS);
    assertEquals(List.of(), result.warnings());
    assertEquals(golden(), byFile(result.crds()));
  }

  @Test
  void outputIsTheSameWhereverAndHoweverOftenTheSourceIsRead(@TempDir Path tmp) throws Exception {
    String first = all(CrdGenerator.generate(MARKERS).crds());
    assertEquals(first, all(CrdGenerator.generate(MARKERS).crds()));
    Path copy = tmp.resolve("elsewhere/module");
    Repo.copyTree(MARKERS, copy);
    assertEquals(first, all(CrdGenerator.generate(copy).crds()));
  }

  @Test
  void aTypeCycleIsRefusedWithFileAndLine(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, """
        // Node holds nodes.
        type Node struct {
        	Children []Child `json:"children,omitempty"`
        }

        // Child points back.
        type Child struct {
        	Node *Node `json:"node,omitempty"`
        }

        // +kubebuilder:object:root=true
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	Spec Node `json:"spec,omitempty"`
        }
        """);
    CrdException e = assertThrows(CrdException.class, () -> CrdGenerator.generate(module));
    assertEquals("api/v1/types.go:9: type cycle Node -> Child -> Node: a CRD schema cannot refer to itself;"
        + " break the cycle or mark the field +kubebuilder:validation:Schemaless", e.getMessage());
  }

  @Test
  void anUnknownMarkerIsWarnedAboutWithFileAndLineAndIgnored(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, """
        // +kubebuilder:object:root=true
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	// Size of the tree.
        	// +kubebuilder:validation:Minimun=1
        	Size int `json:"size,omitempty"`
        }
        """);
    CrdGenerator.Result r = CrdGenerator.generate(module);
    assertEquals(List.of("api/v1/types.go:13: unknown marker +kubebuilder:validation:Minimun=1 (ignored)"),
        r.warnings());
    assertEquals(1, r.crds().size());
    assertEquals(Map.of("description", "Size of the tree.", "type", "integer"), property(r.crds().get(0), "size"));
  }

  @Test
  void theColonEqualsFormIsTheEqualsForm(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, """
        // +kubebuilder:object:root=true
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	// +kubebuilder:validation:MinLength:=1
        	// +kubebuilder:validation:MaxLength:=63
        	// +kubebuilder:default:="oak"
        	Name string `json:"name,omitempty"`
        }
        """);
    CrdGenerator.Result r = CrdGenerator.generate(module);
    assertEquals(List.of(), r.warnings());
    @SuppressWarnings("unchecked")
    Map<String, Object> name = (Map<String, Object>) property(r.crds().get(0), "name");
    assertEquals("{default=oak, maxLength=63, minLength=1, type=string}", new TreeMap<>(name).toString());
  }

  @Test
  void aFieldWithoutJsonTagIsRefused(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, """
        // +kubebuilder:object:root=true
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	Size int
        }
        """);
    CrdException e = assertThrows(CrdException.class, () -> CrdGenerator.generate(module));
    assertEquals("api/v1/types.go:12: field Size of Tree has no json tag (expected `json:\"name\"`,"
        + " `json:\",inline\"` or `json:\"-\"`)", e.getMessage());
  }

  @Test
  void aValidationMarkerOnTheWrongTypeIsRefused(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, """
        // +kubebuilder:object:root=true
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	// +kubebuilder:validation:MinItems=1
        	Name string `json:"name,omitempty"`
        }
        """);
    CrdException e = assertThrows(CrdException.class, () -> CrdGenerator.generate(module));
    assertEquals("api/v1/types.go:12: +kubebuilder:validation:MinItems applies to array values, not to a field"
        + " of type string", e.getMessage());
  }

  /** The kind Tree with nothing but its metadata. */
  private static final String TREE_KIND = """
      // +kubebuilder:object:root=true
      type Tree struct {
      	metav1.TypeMeta   `json:",inline"`
      	metav1.ObjectMeta `json:"metadata,omitempty"`
      }
      """;

  @Test
  void twoVersionsWithoutAStorageVersionAreRefused(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, TREE_KIND);
    write(module.resolve("api/v2/types.go"), header("v2") + TREE_KIND);
    CrdException e = assertThrows(CrdException.class, () -> CrdGenerator.generate(module));
    assertEquals("api/v1/types.go:9: Tree.trees.example.com has 0 storage versions; mark exactly one version's type"
        + " +kubebuilder:storageversion", e.getMessage());
  }

  @Test
  void aVersionWhoseTypeIsSkippedIsLeftOutAndTheOtherStores(@TempDir Path tmp) throws Exception {
    Path module = module(tmp, TREE_KIND);
    // The marker group a blank line above the doc comment, as Flux writes it.
    write(module.resolve("api/v1beta1/types.go"), header("v1beta1") + """
        // +kubebuilder:object:root=true
        // +kubebuilder:skipversion

        // Tree is the old version.
        type Tree struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        }
        """);
    write(module.resolve("api/v1alpha1/types.go"), header("v1alpha1") + """
        // +kubebuilder:object:root=true
        // +kubebuilder:skipversion
        type Bush struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        }
        """);
    CrdGenerator.Result result = CrdGenerator.generate(module);
    assertEquals(List.of("trees.example.com_trees.yaml"), result.crds().stream().map(GeneratedCrd::fileName).toList());
    String yaml = result.crds().get(0).yaml();
    assertTrue(yaml.contains("  - name: v1\n"), yaml);
    assertTrue(yaml.contains("    storage: true\n"), yaml);
    assertFalse(yaml.contains("v1beta1"), yaml);
  }

  /** A module with one API package, api/v1 of group trees.example.com, holding these declarations. */
  static Path module(Path dir, String declarations) throws IOException {
    write(dir.resolve("go.mod"), "module example.com/trees\n\ngo 1.15\n\nrequire k8s.io/apimachinery v0.18.6\n");
    write(dir.resolve("api/v1/types.go"), header("v1") + declarations);
    return dir;
  }

  private static String header(String version) {
    return "// +groupName=trees.example.com\npackage " + version + "\n\nimport (\n"
        + "\tmetav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n)\n\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @SuppressWarnings("unchecked")
  private static Object property(GeneratedCrd crd, String name) {
    Map<String, Object> spec = (Map<String, Object>) crd.tree().get("spec");
    Map<String, Object> version = ((List<Map<String, Object>>) spec.get("versions")).get(0);
    Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema");
    return ((Map<String, Object>) schema.get("properties")).get(name);
  }

  private static Map<String, String> golden() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(MARKERS.resolve("expected"))) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  private static Map<String, String> byFile(List<GeneratedCrd> crds) {
    Map<String, String> out = new TreeMap<>();
    crds.forEach(c -> out.put(c.fileName(), c.yaml()));
    return out;
  }

  private static String all(List<GeneratedCrd> crds) {
    StringBuilder out = new StringBuilder();
    crds.forEach(c -> out.append(c.fileName()).append('\n').append(c.yaml()));
    return out.toString();
  }
}
