package dev.manifestgen.e2e;

import dev.manifestgen.contract.OperatorContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Values shared by the leader-election scenarios: short lock timings, passed to the operator as flags. */
final class ElectionScenario {
  static final String LEASE_DURATION = "4s";
  static final String RENEW_DEADLINE = "3s";
  static final String RETRY_PERIOD = "1s";

  private ElectionScenario() {}

  /**
   * The contract the scenarios that choose the lock type and timings render and read with: the Elastic
   * operator 1.3.0 fixes them in code (generate and the chart refuse other values), so these scenarios
   * run an operator variant that takes them as flags, with a chart compiled for it.
   */
  static OperatorContract contractWithLockFlags(Cluster cluster) {
    return Contracts.lockFlags(cluster.projectRoot());
  }

  /** The chart compiled for the lock-flags operator (its flags receive the values), written under dir. */
  static Path chartWithLockFlags(Cluster cluster, Path dir) {
    Path chart = dir.resolve("eck-operator");
    Processes.Result r = new ManifestGenCli(cluster.projectRoot()).run("chart", "--contract",
        cluster.projectRoot().resolve(Contracts.LOCK_FLAGS).toString(), "-o", chart.toString());
    if (!r.ok()) {
      throw new AssertionError(r.describe());
    }
    return chart;
  }

  /** helm/manifest-gen --set arguments: the lock type and short timings (the contract's flags carry them). */
  static List<String> values(String kubeVersion, String lockType, int replicas) {
    List<String> sets = new ArrayList<>(List.of(
        "--set", "replicas=" + replicas,
        "--set", "kubeVersion=" + kubeVersion,
        "--set", "leaderElection.lockType=" + lockType,
        "--set", "leaderElection.leaseDuration=" + LEASE_DURATION,
        "--set", "leaderElection.renewDeadline=" + RENEW_DEADLINE,
        "--set", "leaderElection.retryPeriod=" + RETRY_PERIOD));
    return sets;
  }

  /**
   * How long a takeover may take after the leader stops: the lease must expire (client-go counts it
   * from when a candidate last saw the record change), then a candidate's next attempt comes within
   * the retry period stretched by client-go's 1.2 jitter factor; two more seconds cover request
   * latency on a loaded 2-core machine.
   */
  static Duration takeoverBound(ElectionSettings settings) {
    return settings.leaseDuration().plus(settings.retryPeriod().multipliedBy(22).dividedBy(10)).plusSeconds(2);
  }

  /**
   * A first election that may take a wasted term: a leader whose lock objects disagree (client-go's
   * multi-lock, see LeaderElectionTest) fails to renew, and the next one waits for the lease to expire.
   */
  static Duration settledElectionBound(ElectionSettings settings) {
    return firstElectionBound(settings).plus(takeoverBound(settings));
  }

  /** First election: nobody holds the lock, so the first attempt (within a jittered retry period) wins. */
  static Duration firstElectionBound(ElectionSettings settings) {
    return settings.retryPeriod().multipliedBy(22).dividedBy(10).plusSeconds(5);
  }
}
