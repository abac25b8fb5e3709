package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 3: the lock Role without {@code update}. The real authorizer answers 403 to client-go's
 * update of the lock (the Go electors' log shows it), so no leader is ever elected, and the validator
 * flags the same manifest.
 */
@ExtendWith(ClusterExtension.class)
class BrokenRbacTest {
  @Test
  void withoutUpdateOnTheLockNoLeaderIsElected(Cluster cluster, @TempDir Path dir) throws IOException {
    String namespace = Namespaces.unique("e2e-rbac");
    ManifestGenCli manifestGen = new ManifestGenCli(cluster.projectRoot());
    // The restricted profile: the default one also grants configmaps update cluster-wide (the operator
    // manages ConfigMaps everywhere), which covers the lock whatever its Role says.
    Path good = manifestGen.generate(dir.resolve("good.yaml"), "--profile", "restricted", "-n", namespace,
        "--name", "eck-" + namespace,
        "--set", "replicas=2", "--set", "kubeVersion=" + Installations.kubeVersion(cluster));
    RenderedInstallation installation = RenderedInstallation.parse(Files.readString(good));
    ElectionSettings settings = installation.election(Contracts.committed(cluster.projectRoot()));
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Manifests.withoutVerbOnLock(Files.readString(good), settings.lockName(), "update"));

    Namespaces.ensureAllOf(cluster, Files.readString(broken));
    Processes.Result apply = cluster.kubectl("apply", "-f", broken.toString());
    assertTrue(apply.ok(), apply::describe);
    // The lock exists from an earlier operator whose lease has long expired (an upgrade): taking it
    // over needs update. (On a fresh namespace `create` alone would win a first, unrenewable term.)
    cluster.admin().configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
        .withNewMetadata().withName(settings.lockName()).withNamespace(namespace)
        .addToAnnotations(LockRecord.ANNOTATION, "{\"holderIdentity\":\"previous-operator\",\"leaseDurationSeconds\":15,"
            + "\"acquireTime\":\"2020-01-01T00:00:00Z\",\"renewTime\":\"2020-01-01T00:00:00Z\",\"leaderTransitions\":0}")
        .endMetadata().build()).create();

    try (ElectorProcesses electors = new ElectorProcesses(cluster)) {
      electors.start(installation, settings);
      String refusal = "User \"system:serviceaccount:" + namespace + ":" + installation.serviceAccount()
          + "\" cannot update resource \"configmaps\"";
      // client-go counts a lease from when it first sees the record, not from the record's renewTime:
      // the electors try to take over an expired lock only a lease after they start.
      Poll.until(ElectionScenario.takeoverBound(settings), "client-go to log the server's 403 to every elector's update of the lock",
          () -> electors.everyLogged(refusal));
      // Each elector tries again within a jittered retry period, and is refused again.
      var window = settings.retryPeriod().multipliedBy(22).dividedBy(10);
      assertFalse(Poll.holdsWithin(window, () -> !electors.leaders().isEmpty()), "no replica may lead");
      assertEquals(0, electors.mostLeadersAtOnce());
      assertEquals(List.of("previous-operator"), electors.leadersSeen(), "the electors see the old leader, and only it");
      assertEquals("previous-operator", LockRecord.ofConfigMap(cluster, settings).orElseThrow().holderIdentity());
      System.err.printf("e2e: broken RBAC: no leader; the server refused the electors %d times, e.g.%n  %s%n",
          electors.forbidden().size(), electors.forbidden().get(0));
    }

    // The static check must catch what the server just showed (rule MG402).
    Processes.Result validation = manifestGen.run("validate", broken.toString());
    assertEquals(1, validation.exitCode(), validation::describe);
    assertTrue((validation.stdout() + validation.stderr()).contains(settings.lockName()),
        () -> "the validator names the lock: " + validation.describe());
  }
}
