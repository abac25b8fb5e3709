package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code manifest-gen crds}: files in controller-gen's layout, one stream on stdout, bad source exits 2. */
class CrdsCommandTest {
  private static final Path MARKERS = Repo.root().resolve("generator/src/test/resources/crd/markers");

  @Test
  void writesOneFilePerKindIntoTheDirectory(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("crds");
    Cli.Result r = Cli.run("crds", "--from", MARKERS.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("wrote 2 CRDs to " + out + "\n", r.err());
    for (String f : List.of("widgets.example.com_gadgets.yaml", "widgets.example.com_widgets.yaml")) {
      assertEquals(Files.readString(MARKERS.resolve("expected").resolve(f)), Files.readString(out.resolve(f)), f);
    }
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void printsOneStreamOnStdoutByDefault() throws Exception {
    Cli.Result r = Cli.run("crds", "--from", MARKERS.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(Files.readString(MARKERS.resolve("expected/widgets.example.com_gadgets.yaml"))
        + Files.readString(MARKERS.resolve("expected/widgets.example.com_widgets.yaml")), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aTypeCycleExitsTwoWithOneLineAndWritesNothing(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("module");
    Files.createDirectories(module.resolve("api/v1"));
    Files.writeString(module.resolve("go.mod"), "module example.com/loop\n\nrequire k8s.io/apimachinery v0.18.6\n");
    Files.writeString(module.resolve("api/v1/types.go"), """
        // +groupName=loop.example.com
        package v1

        import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

        type Loop struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	Spec LoopSpec `json:"spec"`
        }

        type LoopSpec struct {
        	Next []LoopSpec `json:"next,omitempty"`
        }
        """);
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("crds", "--from", module.toString(), "-o", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + module + "/api/v1/types.go:12: type cycle LoopSpec -> LoopSpec: a CRD schema cannot"
        + " refer to itself; break the cycle or mark the field +kubebuilder:validation:Schemaless\n", r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnknownMarkerIsOneWarningLineOnStderr(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("module");
    Files.createDirectories(module.resolve("api/v1"));
    Files.writeString(module.resolve("go.mod"), "module example.com/loop\n\nrequire k8s.io/apimachinery v0.18.6\n");
    Files.writeString(module.resolve("api/v1/types.go"), """
        // +groupName=loop.example.com
        package v1

        import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

        // +kubebuilder:object:root=true
        // +kubebuilder:printcolum:name="x",type="string",JSONPath=".spec.x"
        type Loop struct {
        	metav1.TypeMeta   `json:",inline"`
        	metav1.ObjectMeta `json:"metadata,omitempty"`
        	Spec string `json:"spec"`
        }
        """);
    Cli.Result r = Cli.run("crds", "--from", module.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("warning: " + module + "/api/v1/types.go:7: unknown marker"
        + " +kubebuilder:printcolum:name=\"x\",type=\"string\",JSONPath=\".spec.x\" (ignored)\n", r.err());
    assertTrue(r.out().contains("name: loops.loop.example.com\n"), r.out());
  }

  @Test
  void aModuleWithoutApiTypesSaysWhereItLookedAndExitsOne(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("module");
    Files.createDirectories(module.resolve("cmd"));
    Files.writeString(module.resolve("go.mod"), "module example.com/tool\n");
    Files.writeString(module.resolve("cmd/main.go"), "package main\n\nfunc main() {}\n");
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("crds", "--from", module.toString(), "-o", out.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("error: --from " + module + ": no kind (a type embedding metav1.TypeMeta and metav1.ObjectMeta) found"
        + " in its 1 Go package (none has a +groupName package marker); nothing written\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void aGroupPackageWithoutRootTypesIsNamed(@TempDir Path tmp) throws Exception {
    Path module = tmp.resolve("module");
    Files.createDirectories(module.resolve("api/v1"));
    Files.writeString(module.resolve("go.mod"), "module example.com/loop\n");
    Files.writeString(module.resolve("api/v1/types.go"), """
        // +groupName=loop.example.com
        package v1

        type Loop struct {
        	Spec string `json:"spec"`
        }
        """);
    Cli.Result r = Cli.run("crds", "--from", module.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("error: --from " + module + ": no kind (a type embedding metav1.TypeMeta and metav1.ObjectMeta) found"
        + " in its 1 Go package (searched those with a +groupName: example.com/loop/api/v1); nothing written\n", r.err());
  }
}
