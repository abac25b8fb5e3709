package dev.manifestgen.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config/crds.yaml's {@code defaults}: a default the Go types cannot give (a Service port's protocol, a key of
 * the ports list-map that k8s.io/api v0.18.6 leaves without a default) is set at its path in every version that
 * has the field; a path no version has is refused with the settings file's line.
 */
class CrdDefaultsTest {
  private static final Path MARKERS = Repo.root().resolve("generator/src/test/resources/crd/markers");
  private static final String PORTS = "spec.service.spec.ports[].protocol";

  @Test
  void aDeclaredDefaultIsSetAtItsPathOnly(@TempDir Path tmp) throws Exception {
    Path settings = Files.writeString(tmp.resolve("crds.yaml"),
        "crds:\n  widgets.widgets.example.com:\n    defaults:\n      " + PORTS + ": TCP\n");
    Cli.Result plain = Cli.run("crds", "--from", MARKERS.toString());
    Cli.Result declared = Cli.run("crds", "--from", MARKERS.toString(), "--settings", settings.toString());
    assertEquals(0, declared.exit(), declared.toString());
    assertFalse(plain.out().contains("default: TCP"), "k8s.io/api v0.18.6 gives the protocol no default");
    // Exactly one schema node more: the Service's ports, not the (also list-mapped) containers' ports.
    assertEquals(plain.out().lines().count() + 1, declared.out().lines().count());
    assertEquals(1, declared.out().lines().filter(l -> l.strip().equals("default: TCP")).count());
  }

  @Test
  void aPathNoVersionHasIsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
    Path settings = Files.writeString(tmp.resolve("crds.yaml"),
        "crds:\n  widgets.widgets.example.com:\n    defaults:\n      spec.nope[].protocol: TCP\n");
    Cli.Result r = Cli.run("crds", "--from", MARKERS.toString(), "--settings", settings.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + settings + ":4: widgets.widgets.example.com: no version has the field spec.nope[].protocol"
        + " (a path of properties joined by '.', [] for an array's items: spec.ports[].protocol)\n", r.err());
  }
}
