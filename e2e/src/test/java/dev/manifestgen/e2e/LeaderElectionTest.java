package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.OperatorContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenarios 2 and 5: as many Go electors (client-go's leaderelection) as the installed StatefulSet has
 * replicas, each as the installation's ServiceAccount, elect exactly one leader through each lock
 * type, and another takes over within the lease when the leader is killed.
 */
@ExtendWith(ClusterExtension.class)
class LeaderElectionTest {
  @TempDir static Path dir;

  @ParameterizedTest(name = "lock type {0}")
  @ValueSource(strings = {"configmaps", "leases", "configmapsleases"})
  void oneLeaderAtATimeAndATakeoverWithinTheLease(String lockType, Cluster cluster) {
    String namespace = Namespaces.unique("e2e-le");
    OperatorContract operator = ElectionScenario.contractWithLockFlags(cluster);
    RenderedInstallation installation = Installations.helmInstall(cluster,
        ElectionScenario.chartWithLockFlags(cluster, dir.resolve(lockType)), "eck-" + namespace, namespace,
        ElectionScenario.values(Installations.kubeVersion(cluster), lockType, 3));
    ElectionSettings settings = installation.election(operator);
    assertEquals(lockType, settings.lockType(), "the rendered config passes the lock type");
    assertEquals(Duration.ofSeconds(4), settings.leaseDuration(), "the rendered config passes the lease duration");

    try (ElectorProcesses electors = new ElectorProcesses(cluster)) {
      electors.start(installation, settings);
      assertEquals(3, electors.identities().size());

      Poll.until(ElectionScenario.settledElectionBound(settings), "a leader that every lock object names",
          () -> namedByEveryLockObject(electors.leaders(), cluster, settings));
      List<String> unsettled = electors.leadershipsStarted();
      if (unsettled.size() > 1) {
        // client-go 1.20's MultiLock ignores AlreadyExists on the ConfigMap when it creates the lock, so two
        // candidates starting at once can each create one object: the Lease's creator leads a term the
        // ConfigMap does not name (everyone else reads leaderelection.k8s.io/unknown), which ends when it
        // fails to renew; the next leader writes both objects.
        assertEquals("configmapsleases", lockType, () -> "only the multi-lock elects a leader its objects do not name: " + unsettled);
        assertTrue(electors.leadersSeen().contains("leaderelection.k8s.io/unknown"),
            () -> "a wasted term comes from lock objects that disagree; the electors saw " + electors.leadersSeen());
        System.err.printf("e2e: %s lock: the ConfigMap and the Lease named different holders after the first election; "
            + "%s led a term that ended unrenewed before %s was elected%n", lockType, unsettled.get(0), unsettled.get(unsettled.size() - 1));
      }
      // Longer than a lease: the leader renews rather than letting another take over.
      String first = observeOneLeaderFor(settings.leaseDuration().plus(settings.retryPeriod()), electors, cluster, settings);
      System.err.printf("e2e: %s lock: elected %s%n", lockType, electors.describe(first));
      List<String> leadershipsBefore = electors.leadershipsStarted();
      int transitionsBefore = transitions(cluster, settings);

      Instant killedAt = electors.kill(first);
      Duration bound = ElectionScenario.takeoverBound(settings);
      Poll.until(bound, "another replica to lead after " + first + " was killed",
          () -> electors.leaders().size() == 1 && !electors.leaders().contains(first));
      String second = electors.leaders().iterator().next();
      Duration takeover = Duration.between(killedAt, electors.leadingSince(second));
      System.err.printf("e2e: %s lock: %s took over %d ms after the leader was killed (lease %d ms, bound %d ms)%n",
          lockType, electors.describe(second), takeover.toMillis(), settings.leaseDuration().toMillis(), bound.toMillis());

      assertEquals(second, observeOneLeaderFor(settings.retryPeriod().multipliedBy(2), electors, cluster, settings));
      assertNotEquals(first, second);
      assertEquals(transitionsBefore + 1, transitions(cluster, settings), "leaderTransitions counts the takeover");
      assertEquals(1, electors.mostLeadersAtOnce(), "never two leaders at once");
      List<String> leaderships = new ArrayList<>(leadershipsBefore);
      leaderships.add(second);
      assertEquals(leaderships, electors.leadershipsStarted(), "one new leadership: the takeover");
      // client-go records each new leader as an Event on the lock object(s), through the ServiceAccount.
      for (String leader : List.of(first, second)) {
        Poll.until(Duration.ofSeconds(10), "the Event recording that " + leader + " became leader",
            () -> LockRecord.leaderEventKinds(cluster, settings, leader).equals(LockRecord.kinds(settings)));
      }
    }
  }

  /**
   * Watches for the given time: at every observation exactly one elector says it leads, and every
   * lock object names it. Returns the leader.
   */
  static String observeOneLeaderFor(Duration window, ElectorProcesses electors, Cluster cluster, ElectionSettings settings) {
    long end = System.nanoTime() + window.toNanos();
    String leader = null;
    do {
      Set<String> leaders = electors.leaders();
      assertEquals(1, leaders.size(), () -> "exactly one leader, saw " + leaders + "; client-go logged:\n" + electors.clientGoLog());
      String current = leaders.iterator().next();
      if (leader != null) {
        assertEquals(leader, current, "the leader stays while it renews");
      }
      leader = current;
      for (Optional<LockRecord> record : LockRecord.of(cluster, settings)) {
        assertTrue(record.isPresent(), "the lock object carries a leader record");
        assertEquals(current, record.get().holderIdentity(), "the lock names the leader");
        assertEquals(settings.leaseDuration().toSeconds(), record.get().leaseDurationSeconds());
        assertTrue(!record.get().acquireTime().isBlank() && !record.get().renewTime().isBlank());
      }
      Poll.pause(Duration.ofMillis(250));
    } while (System.nanoTime() - end < 0);
    return leader;
  }

  /** Whether exactly one elector leads and every lock object names it. */
  private static boolean namedByEveryLockObject(Set<String> leaders, Cluster cluster, ElectionSettings settings) {
    return leaders.size() == 1 && LockRecord.of(cluster, settings).stream()
        .allMatch(r -> r.isPresent() && r.get().holderIdentity().equals(leaders.iterator().next()));
  }

  static int transitions(Cluster cluster, ElectionSettings settings) {
    List<Integer> counts = LockRecord.of(cluster, settings).stream()
        .map(r -> r.orElseThrow(() -> new AssertionError("no lock record")).leaderTransitions()).distinct().toList();
    assertEquals(1, counts.size(), () -> "every lock object counts the same transitions: " + counts);
    return counts.get(0);
  }
}
