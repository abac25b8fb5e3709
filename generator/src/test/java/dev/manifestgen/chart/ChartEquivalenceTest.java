package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.testing.ChartValueMatrix;
import dev.manifestgen.testing.ChartValueMatrix.ValueSet;
import dev.manifestgen.testing.ManifestGenRendering;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.testing.SameObjects;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  /** The chart and manifest-gen's rendering for one operator. */
  record Build(String name, ManifestGenRendering manifestGen, Path chart) {}

  /** The Elastic operator 1.3.0 (lock, timings and port fixed in code), and an operator with flags for them all. */
  static List<Build> builds;
  @TempDir static Path dir;

  @BeforeAll
  static void compileCharts() throws Exception {
    builds = new java.util.ArrayList<>();
    for (Map.Entry<String, Path> c : Map.of("eck-1.3.0", Contracts.ECK_130, "lock-flags", Contracts.LOCK_FLAGS).entrySet()) {
      ManifestGenRendering m = new ManifestGenRendering(Repo.root(), c.getValue());
      builds.add(new Build(c.getKey(), m, m.compileChart(dir.resolve(c.getKey()))));
    }
    builds.sort(java.util.Comparator.comparing(Build::name));
  }

  static Stream<ValueSet> matrix() {
    return ChartValueMatrix.fixed(Repo.root()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void helmAndManifestGenAgree(ValueSet set) throws Exception {
    for (Build build : builds) {
      assertSame(build, set);
    }
  }

  @Test
  void helmAndManifestGenAgreeForRandomValueSets() throws Exception {
    for (Build build : builds) {
      for (ValueSet set : ChartValueMatrix.random(build.manifestGen().definitions())) {
        assertSame(build, set);
      }
    }
  }

  private void assertSame(Build build, ValueSet set) throws Exception {
    ManifestGenRendering manifestGen = build.manifestGen();
    Path chart = build.chart();
    Path file = Files.createTempFile(dir, "values", ".yaml");
    Files.writeString(file, YamlWriter.toYaml(set.values()) + "\n");
    RealHelm.Result helm = RealHelm.template(chart, set.release(), set.namespace(), file);
    ManifestGenRendering.Outcome ours = manifestGen.render(file, set.release(), set.namespace());
    String context = set.name() + " (operator: " + build.name() + ")\nvalues:\n" + YamlWriter.toYaml(set.values()) + "\n";
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
