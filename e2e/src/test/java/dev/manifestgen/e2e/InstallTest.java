package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Scenario 1: the chart installs with helm, the manifest applies with kubectl, every profile passes a server dry run. */
@ExtendWith(ClusterExtension.class)
class InstallTest {
  @Test
  void helmInstallsTheChartWithTwoReplicas(Cluster cluster) {
    String namespace = Namespaces.unique("e2e-helm");
    RenderedInstallation installed = Installations.helmInstall(cluster, "eck-" + namespace, namespace,
        List.of("--set", "replicas=2"));

    assertEquals(2, installed.replicas());
    var statefulSet = cluster.admin().apps().statefulSets().inNamespace(namespace).withName(installed.workloadName()).get();
    assertNotNull(statefulSet, "the StatefulSet exists on the server");
    assertEquals(2, statefulSet.getSpec().getReplicas());
    // Two replicas bring a PodDisruptionBudget, in the API version this server serves (Helm's .Capabilities):
    // policy/v1 from Kubernetes 1.21 on, policy/v1beta1 before (1.20, the local server).
    String[] version = Installations.kubeVersion(cluster).split("\\.");
    boolean policyV1 = Integer.parseInt(version[0]) > 1 || Integer.parseInt(version[1]) >= 21;
    assertEquals(1, cluster.admin().genericKubernetesResources(policyV1 ? "policy/v1" : "policy/v1beta1",
        "PodDisruptionBudget").inNamespace(namespace).list().getItems().size());
  }

  @Test
  void kubectlAppliesTheAllInOneManifest(Cluster cluster) {
    Processes.Result apply = cluster.kubectl("apply", "-f", cluster.projectRoot().resolve("config/all-in-one.yaml").toString());
    assertTrue(apply.ok(), apply::describe);
    assertNotNull(cluster.admin().apps().statefulSets().inNamespace("elastic-system").withName("elastic-operator").get());
  }

  @Test
  void everyProfileOutputPassesAServerSideDryRun(Cluster cluster, @TempDir Path dir) throws IOException {
    ManifestGenCli manifestGen = new ManifestGenCli(cluster.projectRoot());
    List<String> profiles = profiles(cluster.projectRoot());
    assertTrue(profiles.size() >= 3, "profiles found: " + profiles);
    for (String profile : profiles) {
      Path manifest = manifestGen.generate(dir.resolve(profile + ".yaml"), "--profile", profile,
          "--set", "kubeVersion=" + Installations.kubeVersion(cluster));
      // A dry run creates nothing, so the namespaces the objects live in must already exist.
      Namespaces.ensureAllOf(cluster, Files.readString(manifest));
      Processes.Result dryRun = cluster.kubectl("apply", "--dry-run=server", "-f", manifest.toString());
      assertTrue(dryRun.ok() && !dryRun.stderr().toLowerCase().contains("error"), () -> "profile " + profile + ": " + dryRun.describe());
    }
  }

  private static List<String> profiles(Path root) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("config/profiles"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
    }
  }
}
