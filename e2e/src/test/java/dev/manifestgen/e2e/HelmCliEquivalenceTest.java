package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.testing.ChartValueMatrix;
import dev.manifestgen.testing.ChartValueMatrix.ValueSet;
import dev.manifestgen.testing.ManifestGenRendering;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.SameObjects;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed chart under the helm CLIs users run, v3.17 and v4.1: over the value matrix of the
 * helm-java tests, {@code helm template} gives manifest-gen's objects (or both refuse the values)
 * and {@code helm lint --strict} accepts what manifest-gen accepts and refuses values manifest-gen
 * refuses; Helm 4 prints the same bytes as Helm 3; and Helm 4's {@code install --dry-run=server} passes the API server with manifest-gen's
 * objects.
 */
@ExtendWith(ClusterExtension.class)
class HelmCliEquivalenceTest {
  static final int RANDOM_SETS = 100;
  static ManifestGenRendering manifestGen;

  @BeforeAll
  static void loadProject() throws Exception {
    manifestGen = new ManifestGenRendering(ClusterExtension.projectRoot());
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (int helm : new int[] {3, 4}) {
      ChartValueMatrix.fixed(ClusterExtension.projectRoot()).forEach(set -> cases.add(Arguments.of(helm, set)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "helm {0}: {1}")
  @MethodSource("matrix")
  void templateAndLintAgreeWithManifestGen(int helm, ValueSet set, Cluster cluster, @TempDir Path dir) throws Exception {
    Path values = valuesFile(dir, set);
    ManifestGenRendering.Outcome ours = assertTemplateAgrees(cluster, helm, set, values);
    List<String> lintArgs = new ArrayList<>(List.of("lint", "--strict", chart(cluster).toString(), "-f", values.toString()));
    if (set.values().get("kubeVersion") instanceof String kubeVersion && !kubeVersion.isEmpty()) {
      // lint for the Kubernetes the values target, as a user would: its deprecation warnings are relative to it
      lintArgs.addAll(List.of("--kube-version", kubeVersion));
    }
    Processes.Result lint = helm(cluster, helm, lintArgs.toArray(String[]::new));
    if (!ours.refused()) {
      assertTrue(lint.ok(), () -> context(set) + "manifest-gen renders these values, helm lint --strict refuses them:\n"
          + lint.describe());
    } else if (ours.valuesRefused()) {
      assertFalse(lint.ok(), () -> context(set) + "manifest-gen refuses these values (" + ours.refusal()
          + "), helm lint --strict passes them:\n" + lint.describe());
    } else {
      // A template's fail(): lint renders the templates and must at least report it (the cross-value
      // rules that values.schema.json states make lint fail outright).
      String message = failMessage(ours.refusal());
      assertTrue(!lint.ok() || (lint.stdout() + lint.stderr()).contains(message),
          () -> context(set) + "helm lint --strict neither fails nor reports \"" + message + "\":\n" + lint.describe());
    }
  }

  static Stream<ValueSet> fixedMatrix() {
    return ChartValueMatrix.fixed(ClusterExtension.projectRoot()).stream();
  }

  /** Helm 4 prints the chart byte for byte as Helm 3 does (GitOps tools and kubectl diff compare bytes). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixedMatrix")
  void helm3AndHelm4PrintTheSameBytes(ValueSet set, Cluster cluster, @TempDir Path dir) throws Exception {
    Path values = valuesFile(dir, set);
    String[] args = {"template", set.release(), chart(cluster).toString(), "-n", set.namespace(), "-f", values.toString()};
    Processes.Result helm3 = cluster.helm(args);
    Processes.Result helm4 = cluster.helm4(args);
    assertEquals(helm3.ok(), helm4.ok(), () -> context(set) + helm3.describe() + "\n" + helm4.describe());
    if (helm3.ok()) {
      assertEquals(helm3.stdout(), helm4.stdout(), () -> context(set));
    }
  }

  /** The first RANDOM_SETS of the helm-java test's random sets (all 200 cost a minute of CI per helm). */
  @ParameterizedTest(name = "helm {0}")
  @ValueSource(ints = {3, 4})
  void templateAgreesWithManifestGenForRandomValueSets(int helm, Cluster cluster, @TempDir Path dir) throws Exception {
    for (ValueSet set : ChartValueMatrix.random(manifestGen.definitions()).subList(0, RANDOM_SETS)) {
      assertTemplateAgrees(cluster, helm, set, valuesFile(dir, set));
    }
  }

  /**
   * The cross-value rule a CI that only lints would otherwise miss: {@code helm lint --strict} refuses two
   * replicas without leader election, under both CLIs, and its message names both keys.
   */
  @ParameterizedTest(name = "helm {0}")
  @ValueSource(ints = {3, 4})
  void lintStrictRefusesTwoReplicasWithoutLeaderElection(int helm, Cluster cluster) throws Exception {
    Processes.Result lint = helm(cluster, helm, "lint", "--strict", chart(cluster).toString(),
        "--set", "replicas=2", "--set", "leaderElection.enabled=false");
    assertFalse(lint.ok(), lint::describe);
    String out = lint.stdout() + lint.stderr();
    // helm 3 spells the key leaderElection.enabled, helm 4 /leaderElection/enabled
    assertTrue(out.contains("replicas") && out.matches("(?s).*leaderElection[./]enabled.*"), lint::describe);
  }

  /** {@code helm install --dry-run=server} with Helm 4: the API server accepts every object, and they are manifest-gen's. */
  @Test
  void helm4InstallDryRunServerPassesWithManifestGensObjects(Cluster cluster, @TempDir Path dir) throws Exception {
    String namespace = Namespaces.unique("e2e-helm4");
    String release = "eck-" + namespace;
    Namespaces.ensure(cluster, namespace); // a dry run creates nothing, the namespace included
    Processes.Result install = cluster.helm4("install", release, chart(cluster).toString(), "-n", namespace,
        "--dry-run=server", "--set", "replicas=2", "-o", "json");
    assertTrue(install.ok(), install::describe);
    String manifest = (String) new ObjectMapper().readValue(install.stdout(), Map.class).get("manifest");
    ValueSet expected = new ValueSet("replicas 2 on this server", Map.of("replicas", 2L,
        "kubeVersion", Installations.kubeVersion(cluster)), release, namespace);
    ManifestGenRendering.Outcome ours = manifestGen.render(valuesFile(dir, expected), release, namespace);
    assertFalse(ours.refused(), ours::refusal);
    assertEquals("", SameObjects.diff(ours.objects(), "manifest-gen", Manifests.parse(manifest), "helm 4 install"));
  }

  private ManifestGenRendering.Outcome assertTemplateAgrees(Cluster cluster, int helm, ValueSet set, Path values)
      throws Exception {
    Processes.Result template = helm(cluster, helm, "template", set.release(), chart(cluster).toString(),
        "-n", set.namespace(), "-f", values.toString());
    ManifestGenRendering.Outcome ours = manifestGen.render(values, set.release(), set.namespace());
    if (ours.refused() || !template.ok()) {
      if (!ours.refused() || template.ok()) {
        fail(context(set) + "only one refused.\nmanifest-gen: " + (ours.refused() ? ours.refusal() : "rendered")
            + "\nhelm " + helm + ": " + (template.ok() ? "rendered" : template.stderr()));
      }
      return ours;
    }
    String diff = SameObjects.diff(ours.objects(), "manifest-gen", Manifests.parse(template.stdout()),
        "helm " + helm + " template");
    assertEquals("", diff, () -> context(set));
    return ours;
  }

  /** The message of a template's fail() in manifest-gen's refusal ("templates/F:LINE: MESSAGE", then details). */
  private static String failMessage(String refusal) {
    String first = refusal.lines().findFirst().orElse("");
    int colon = first.indexOf(": ");
    return colon < 0 ? first : first.substring(colon + 2);
  }

  private static Processes.Result helm(Cluster cluster, int version, String... args) {
    return version == 4 ? cluster.helm4(args) : cluster.helm(args);
  }

  private static Path chart(Cluster cluster) {
    return cluster.projectRoot().resolve("charts/eck-operator");
  }

  private static Path valuesFile(Path dir, ValueSet set) throws Exception {
    Path file = Files.createTempFile(dir, "values", ".yaml");
    Files.writeString(file, YamlWriter.toYaml(set.values()) + "\n");
    return file;
  }

  private static String context(ValueSet set) {
    return set.name() + " (release " + set.release() + ", namespace " + set.namespace() + ")\nvalues:\n"
        + YamlWriter.toYaml(set.values()) + "\n";
  }
}
