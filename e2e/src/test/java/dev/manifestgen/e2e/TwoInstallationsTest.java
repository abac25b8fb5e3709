package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4: two Helm releases in one namespace under the committed contract (ECK 1.3.0 fixes the
 * lock at elastic-operator-leader): both compete for one lock, so exactly one operator leads across
 * the two installations, and the validator flags the pair.
 */
@ExtendWith(ClusterExtension.class)
class TwoInstallationsTest {
  @Test
  void twoReleasesInOneNamespaceShareOneLock(Cluster cluster, @TempDir Path dir) throws IOException {
    String namespace = Namespaces.unique("e2e-two");
    List<String> values = List.of("--set", "replicas=2", "--set", "kubeVersion=" + Installations.kubeVersion(cluster));
    RenderedInstallation a = Installations.helmInstall(cluster, "eck-a-" + namespace, namespace, values);
    RenderedInstallation b = Installations.helmInstall(cluster, "eck-b-" + namespace, namespace, values);
    ElectionSettings settingsA = a.election(Contracts.committed(cluster.projectRoot()));
    ElectionSettings settingsB = b.election(Contracts.committed(cluster.projectRoot()));
    assertEquals(settingsA, settingsB, "both installations' operators use the same lock");

    try (ElectorProcesses electors = new ElectorProcesses(cluster)) {
      electors.start(a, settingsA);
      electors.start(b, settingsB);
      assertEquals(4, electors.identities().size());
      Poll.until(ElectionScenario.firstElectionBound(settingsA), "a first leader", () -> electors.leaders().size() == 1);
      String leader = LeaderElectionTest.observeOneLeaderFor(settingsA.retryPeriod().multipliedBy(3), electors, cluster, settingsA);
      assertEquals(1, electors.mostLeadersAtOnce(), "one leader across both installations");
      System.err.printf("e2e: two installations in %s: one leader, %s%n", namespace, electors.describe(leader));
      assertEquals(List.of(leader), electors.leadersSeen(), "every elector of both installations sees the one leader");
    }

    Path fileA = dir.resolve("a.yaml");
    Path fileB = dir.resolve("b.yaml");
    Files.writeString(fileA, Installations.manifest(cluster, "eck-a-" + namespace, namespace));
    Files.writeString(fileB, Installations.manifest(cluster, "eck-b-" + namespace, namespace));
    Processes.Result validation = new ManifestGenCli(cluster.projectRoot()).run("validate", fileA.toString(), fileB.toString());
    assertEquals(1, validation.exitCode(), validation::describe);
    assertTrue((validation.stdout() + validation.stderr()).contains(settingsA.lockName()),
        () -> "the validator names the shared lock: " + validation.describe());
  }
}
