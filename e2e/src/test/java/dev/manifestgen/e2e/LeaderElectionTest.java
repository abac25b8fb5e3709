package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.OperatorContract;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenarios 2 and 5: as many electors as the installed StatefulSet has replicas, each as the
 * installation's ServiceAccount, elect exactly one leader through each lock type, and hand over
 * within the lease when the leader stops.
 */
@ExtendWith(ClusterExtension.class)
class LeaderElectionTest {
  @ParameterizedTest(name = "lock type {0}")
  @ValueSource(strings = {"configmaps", "leases", "configmapsleases"})
  void oneLeaderAtATimeAndATakeoverWithinTheLease(String lockType, Cluster cluster) {
    String namespace = Namespaces.unique("e2e-le");
    OperatorContract operator = Contracts.withElectionFlags(Contracts.committed(cluster.projectRoot()));
    RenderedInstallation installation = Installations.helmInstall(cluster, "eck-" + namespace, namespace,
        ElectionScenario.values(Installations.kubeVersion(cluster), lockType, 3, operator));
    ElectionSettings settings = installation.election(operator);
    assertEquals(lockType, settings.lockType(), "the rendered config passes the lock type");
    assertEquals(Duration.ofSeconds(4), settings.leaseDuration(), "the rendered config passes the lease duration");

    try (Electors electors = new Electors()) {
      electors.start(cluster, installation, settings);
      assertEquals(3, electors.replicas().size());

      Poll.until(ElectionScenario.firstElectionBound(settings), "a first leader", () -> electors.leaders().size() == 1);
      // Longer than a lease: the leader renews rather than letting another take over.
      String first = observeOneLeaderFor(settings.leaseDuration().plus(settings.retryPeriod()), electors, cluster, settings);
      int transitionsBefore = transitions(cluster, settings);

      long stoppedAt = System.nanoTime();
      electors.stop(first);
      Duration bound = ElectionScenario.takeoverBound(settings);
      Poll.until(bound, "another replica to lead after " + first + " stopped",
          () -> electors.leaders().size() == 1 && !electors.leaders().contains(first));
      Duration takeover = Duration.ofNanos(System.nanoTime() - stoppedAt);
      System.err.printf("e2e: %s lock: takeover after %d ms (bound %d ms)%n", lockType, takeover.toMillis(), bound.toMillis());

      String second = observeOneLeaderFor(settings.retryPeriod().multipliedBy(2), electors, cluster, settings);
      assertNotEquals(first, second);
      assertEquals(transitionsBefore + 1, transitions(cluster, settings), "leaderTransitions counts the takeover");
      assertEquals(1, electors.mostLeadersAtOnce(), "never two leaders at once");
      assertEquals(List.of(first, second), electors.leadershipsStarted());
    }
  }

  /**
   * Watches for the given time: at every observation exactly one replica leads, and every lock
   * object names it. Returns the leader.
   */
  static String observeOneLeaderFor(Duration window, Electors electors, Cluster cluster, ElectionSettings settings) {
    long end = System.nanoTime() + window.toNanos();
    String leader = null;
    do {
      Set<String> leaders = electors.leaders();
      assertEquals(1, leaders.size(), () -> "exactly one leader, saw " + leaders + "; refused:\n" + electors.failures());
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

  static int transitions(Cluster cluster, ElectionSettings settings) {
    List<Integer> counts = LockRecord.of(cluster, settings).stream()
        .map(r -> r.orElseThrow(() -> new AssertionError("no lock record")).leaderTransitions()).distinct().toList();
    assertEquals(1, counts.size(), () -> "every lock object counts the same transitions: " + counts);
    return counts.get(0);
  }
}
