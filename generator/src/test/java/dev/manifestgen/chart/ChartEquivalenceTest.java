package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.testing.ChartValueMatrix;
import dev.manifestgen.testing.ChartValueMatrix.ValueSet;
import dev.manifestgen.testing.ManifestGenRendering;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.testing.SameObjects;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every values set of a matrix and for 200 more drawn at random ({@link ChartValueMatrix}), real
 * Helm's {@code helm template} of the generated chart and manifest-gen's rendering give the same
 * objects (compared as parsed YAML, order of documents and keys aside), or both refuse the values.
 */
class ChartEquivalenceTest {
  static ManifestGenRendering manifestGen;
  static Path chart;
  @TempDir static Path dir;

  @BeforeAll
  static void compileChart() throws Exception {
    manifestGen = new ManifestGenRendering(Repo.root());
    chart = dir.resolve("eck-operator");
    for (Map.Entry<String, String> f : ChartCompiler.compile(manifestGen.templates(), manifestGen.definitions(),
        manifestGen.chart(), Map.of()).entrySet()) {
      Path p = chart.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
  }

  static Stream<ValueSet> matrix() {
    return ChartValueMatrix.fixed(Repo.root()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void helmAndManifestGenAgree(ValueSet set) throws Exception {
    assertSame(set);
  }

  @Test
  void helmAndManifestGenAgreeForRandomValueSets() throws Exception {
    for (ValueSet set : ChartValueMatrix.random(manifestGen.definitions())) {
      assertSame(set);
    }
  }

  private void assertSame(ValueSet set) throws Exception {
    Path file = Files.createTempFile(dir, "values", ".yaml");
    Files.writeString(file, YamlWriter.toYaml(set.values()) + "\n");
    RealHelm.Result helm = RealHelm.template(chart, set.release(), set.namespace(), file);
    ManifestGenRendering.Outcome ours = manifestGen.render(file, set.release(), set.namespace());
    String context = set.name() + "\nvalues:\n" + YamlWriter.toYaml(set.values()) + "\n";
    if (ours.refused() || !helm.ok()) {
      if (!ours.refused() || helm.ok()) {
        fail(context + "only one refused.\nmanifest-gen: " + (ours.refused() ? ours.refusal() : "rendered")
            + "\nhelm: " + (helm.ok() ? "rendered" : helm.error()));
      }
      return;
    }
    String diff = SameObjects.diff(ours.objects(), "manifest-gen", Manifests.parse(helm.output()), "helm template");
    assertEquals("", diff, context);
  }
}
