package dev.manifestgen.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.golang.GoModuleCache;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary Go shapes in API types (the fixture module crd/shapes): named slices and arrays, generics
 * declared in the module and in another one, aliases, an embedded pointer, named types of another
 * module, and a TypeMeta-only type that makes no CRD. The other module comes from a fixture module
 * cache; k8s.io/apimachinery from the environment's (make go-modules).
 */
class CrdShapesTest {
  private static final Path SHAPES = Repo.root().resolve("generator/src/test/resources/crd/shapes");
  private static final Path FIXTURE_CACHE = Repo.root().resolve("generator/src/test/resources/crd/shapes-cache");

  /** A module cache holding the fixture's own library module and the environment's apimachinery. */
  private static GoModuleCache cache(Path tmp) throws Exception {
    GoModuleCache cache = new GoModuleCache(tmp.resolve("mod"));
    if (Files.isDirectory(tmp.resolve("mod"))) {
      return cache;
    }
    Path lib = cache.moduleDir("example.com/extlib", "v1.0.0");
    Files.createDirectories(lib.getParent());
    Files.createSymbolicLink(lib, FIXTURE_CACHE.resolve("example.com/extlib@v1.0.0"));
    Path meta = cache.moduleDir("k8s.io/apimachinery", "v0.18.6");
    Files.createDirectories(meta.getParent());
    Files.createSymbolicLink(meta, GoModuleCache.fromEnvironment().moduleDir("k8s.io/apimachinery", "v0.18.6"));
    return cache;
  }

  @Test
  void everyShapeGivesTheGoldenCrd(@TempDir Path tmp) throws Exception {
    CrdGenerator.Result r = CrdGenerator.generate(SHAPES, cache(tmp), CrdSettings.NONE);
    assertEquals(List.of(), r.warnings());
    assertEquals(List.of("shapes.example.com_shapes.yaml"), r.crds().stream().map(GeneratedCrd::fileName).toList(),
        "Shape is a kind; Config (TypeMeta without ObjectMeta) is not");
    assertEquals(Files.readString(SHAPES.resolve("expected.yaml")), r.crds().get(0).yaml());
  }

  @Test
  void aModuleMissingFromTheCacheNamesItsVersionAndTheCommand(@TempDir Path tmp) throws Exception {
    GoModuleCache empty = new GoModuleCache(tmp.resolve("empty"));
    CrdException e = assertThrows(CrdException.class, () -> CrdGenerator.generate(SHAPES, empty, CrdSettings.NONE));
    assertTrue(e.getMessage().matches("(example\\.com/extlib@v1\\.0\\.0|k8s\\.io/apimachinery@v0\\.18\\.6) is not in the Go"
        + " module cache \\(.*empty\\); run: \\(cd .*shapes && go mod download \\S+\\)"), e.getMessage());
  }

  @Test
  void keptVersionsAndOpenFieldsComeFromTheSettings(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("crds.yaml");
    Files.writeString(file, """
        crds:
          shapes.shapes.example.com:
            keptVersions: [v1alpha1]
            openFields:
            - spec.pair
        """);
    GeneratedCrd crd = CrdGenerator.generate(SHAPES, cache(tmp), CrdSettings.read(file, "crds.yaml")).crds().get(0);
    String yaml = crd.yaml();
    assertTrue(yaml.contains("""
                      pair:
                        description: Pair is a generic type of another module, instantiated
                          with a type of this one.
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
        """), yaml);
    assertTrue(yaml.endsWith("""
          - name: v1alpha1
            schema:
              openAPIV3Schema:
                type: object
            served: false
            storage: false
        """), yaml);
  }

  @Test
  void aSettingThatMatchesNothingIsRefusedWithFileAndLine(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("crds.yaml");
    Files.writeString(file, "crds:\n  shapes.shapes.example.com:\n    openFields:\n    - spec.nope\n");
    CrdException e = assertThrows(CrdException.class,
        () -> CrdGenerator.generate(SHAPES, cache(tmp), CrdSettings.read(file, "crds.yaml")));
    assertTrue(e.getMessage().startsWith("crds.yaml:4: shapes.shapes.example.com: no version has the field spec.nope"),
        e.getMessage());
    Files.writeString(file, "crds:\n  shapes.shapes.example.com:\n    keptVersions: [v1]\n");
    e = assertThrows(CrdException.class,
        () -> CrdGenerator.generate(SHAPES, cache(tmp), CrdSettings.read(file, "crds.yaml")));
    assertTrue(e.getMessage().startsWith("crds.yaml:3: shapes.shapes.example.com: version v1 is made from Go types"),
        e.getMessage());
    Files.writeString(file, "crds:\n  widgets.example.com:\n    keptVersions: [v1]\n");
    e = assertThrows(CrdException.class,
        () -> CrdGenerator.generate(SHAPES, cache(tmp), CrdSettings.read(file, "crds.yaml")));
    assertTrue(e.getMessage().startsWith("crds.yaml:3: widgets.example.com: no API type makes this CRD"), e.getMessage());
  }
}
