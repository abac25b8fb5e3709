package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Release;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.EckLogHint;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.HelmMerge;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed chart, as real Helm sees it: lint, install, template, refusals. */
class HelmChartTest {
  static final Path CHART = Repo.root().resolve("charts/eck-operator");
  @TempDir Path dir;

  @Test
  void lintStrictPassesWithDefaultValues() {
    assertNull(RealHelm.lintStrict(CHART));
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-in-one", "restricted", "ha"})
  @SuppressWarnings("unchecked")
  void lintStrictPassesWithEveryProfile(String profile) throws Exception {
    // helm-java's lint takes no -f: lint a copy whose values.yaml is the defaults with the profile on top.
    Path copy = dir.resolve("eck-operator");
    Repo.copyTree(CHART, copy);
    ValueDefinitions definitions = ValueDefinitions.load(Repo.root().resolve("config/values.yaml"), "values.yaml");
    Map<String, Object> layer = (Map<String, Object>) YamlReader.readFile(copy.resolve("profile-" + profile + ".yaml"), profile).root();
    Files.writeString(copy.resolve("values.yaml"), YamlWriter.toYaml(HelmMerge.coalesce(layer, definitions.defaults())) + "\n");
    assertNull(RealHelm.lintStrict(copy), profile);
  }

  @Test
  void installWithTwoReplicasReportsThemAndLeaderElectionInItsNotes() {
    Release release = RealHelm.installDryRun(CHART, "eck", "elastic-system", "replicas=2");
    String out = release.getOutput();
    assertTrue(out.contains("STATUS: pending-install"), out);
    assertTrue(out.contains("Replicas: 2"), out);
    assertTrue(out.contains("Leader election: on, through the configmaps lock \"elastic-operator-leader\""), out);
    assertTrue(out.contains("Who leads: kubectl get configmap elastic-operator-leader -n elastic-system -o yaml"), out);
  }

  /** A chart compiled for the operator that takes its lock type from a flag. */
  private Path lockFlagsChart() {
    Path chart = dir.resolve("lock-flags-chart");
    var r = dev.manifestgen.testing.Cli.run("chart", "--contract", Contracts.LOCK_FLAGS.toString(), "-o", chart.toString());
    assertEquals(0, r.exit(), r.toString());
    return chart;
  }

  @Test
  void installNotesNameTheLeaseForTheLeaseLock() {
    String out = RealHelm.installDryRun(lockFlagsChart(), "eck", "ops", "replicas=2", "leaderElection.lockType=leases")
        .getOutput();
    assertTrue(out.contains("Who leads: kubectl get lease elastic-operator-leader -n ops -o yaml"), out);
  }

  @Test
  void theChartForAnOperatorWithoutALockTypeFlagRefusesALeaseLock() {
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> RealHelm.installDryRun(CHART, "eck", "ops", "replicas=2", "leaderElection.lockType=leases"));
    assertTrue(e.getMessage().contains("at '/leaderElection/lockType': value must be 'configmaps'"), e.getMessage());
  }

  @Test
  void templateWithTwoReplicasRendersTheStatefulSetAndTheLeaderElectionConfig() throws Exception {
    Path values = dir.resolve("v.yaml");
    Files.writeString(values, "replicas: 2\n");
    RealHelm.Result r = RealHelm.template(CHART, "eck", "elastic-system", values);
    assertTrue(r.ok(), r.error());
    List<Map<String, Object>> objects = Manifests.parse(r.output());
    Map<String, Object> sts = Manifests.one(objects, "StatefulSet", "eck-elastic-operator");
    assertEquals(2L, Manifests.get(sts, "spec.replicas"));
    Map<String, Object> cm = Manifests.one(objects, "ConfigMap", "eck-elastic-operator");
    Map<String, Object> config = Manifests.parse((String) ((Map<?, ?>) cm.get("data")).get("eck.yaml")).get(0);
    assertEquals(true, config.get("enable-leader-election"));
    Map<String, Object> role = Manifests.one(objects, "Role", "eck-elastic-operator-leader-election");
    assertEquals(List.of("elastic-operator-leader"), Manifests.get(role, "rules[0].resourceNames"));
    assertFalse(Manifests.ofKind(objects, "PodDisruptionBudget").isEmpty());
  }

  @Test
  void templatePrintsEck130sLogHintByteForByte() {
    RealHelm.Result r = RealHelm.template(CHART, "elastic-operator", "elastic-system", null);
    assertTrue(r.ok(), r.error());
    assertTrue(r.output().contains(EckLogHint.INDENTED), "the StatefulSet's pod annotation, as ECK 1.3.0 ships it");
  }

  @ParameterizedTest
  @ValueSource(strings = {"replicas: abc", "replicas: -1", "leaderElection:\n  lockType: lease", "replica: 2",
      "replicas: 2\nleaderElection:\n  enabled: false", "leaderElection:\n  leaseDuration: 15", "podAnnotations:\n  a: 1",
      "managedNamespaces: [Not_A_Namespace]", "image: null"})
  void helmRefusesWhatManifestGenRefuses(String values) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, values + "\n");
    RealHelm.Result r = RealHelm.template(CHART, "eck", "elastic-system", file);
    assertFalse(r.ok(), "helm accepted:\n" + values);
    var cli = dev.manifestgen.testing.Cli.run("generate", "-f", file.toString());
    assertEquals(2, cli.exit(), cli.toString());
  }

  /** helm lint --strict of a copy of the chart whose values.yaml is the defaults with {@code layer} on top. */
  @SuppressWarnings("unchecked")
  private String lintWith(String layer) throws Exception {
    Path copy = dir.resolve("lint");
    Repo.copyTree(CHART, copy);
    ValueDefinitions definitions = ValueDefinitions.load(Repo.root().resolve("config/values.yaml"), "values.yaml");
    Map<String, Object> top = (Map<String, Object>) YamlReader.read(layer, "layer").root();
    Files.writeString(copy.resolve("values.yaml"), YamlWriter.toYaml(HelmMerge.coalesce(top, definitions.defaults())) + "\n");
    return RealHelm.lintStrict(copy);
  }

  @Test
  void lintStrictRefusesReplicasWithoutLeaderElectionNamingBothKeys() throws Exception {
    String messages = lintWith("replicas: 2\nleaderElection:\n  enabled: false");
    assertTrue(messages != null && messages.contains("at '/leaderElection/enabled': value must be true")
        && messages.contains("at '/replicas': maximum: got 2, want 1"), String.valueOf(messages));
  }

  @Test
  void lintStrictRefusesALockTheOperatorDoesNotUse() throws Exception {
    String messages = lintWith("leaderElection:\n  lockName: custom");
    assertTrue(messages != null && messages.contains("at '/leaderElection/lockName': value must be 'elastic-operator-leader'"),
        String.valueOf(messages));
  }
}
