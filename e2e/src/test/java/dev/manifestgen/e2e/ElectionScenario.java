package dev.manifestgen.e2e;

import dev.manifestgen.contract.OperatorContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Values shared by the leader-election scenarios: short lock timings, passed to the operator as flags. */
final class ElectionScenario {
  static final String LEASE_DURATION = "4s";
  static final String RENEW_DEADLINE = "3s";
  static final String RETRY_PERIOD = "1s";

  private ElectionScenario() {}

  /** helm/manifest-gen --set arguments: the lock type, short timings and the flags that carry them. */
  static List<String> values(String kubeVersion, String lockType, int replicas, OperatorContract operator) {
    List<String> sets = new ArrayList<>(List.of(
        "--set", "replicas=" + replicas,
        "--set", "kubeVersion=" + kubeVersion,
        "--set", "leaderElection.lockType=" + lockType,
        "--set", "leaderElection.leaseDuration=" + LEASE_DURATION,
        "--set", "leaderElection.renewDeadline=" + RENEW_DEADLINE,
        "--set", "leaderElection.retryPeriod=" + RETRY_PERIOD));
    sets.addAll(Contracts.flagValues(operator));
    return sets;
  }

  /**
   * How long a takeover may take after the leader stops: the lease must expire, then a candidate's
   * next attempt comes within the retry period stretched by client-go's (and fabric8's) 1.2 jitter
   * factor; two more seconds cover request latency on a loaded 2-core machine.
   */
  static Duration takeoverBound(ElectionSettings settings) {
    return settings.leaseDuration().plus(settings.retryPeriod().multipliedBy(22).dividedBy(10)).plusSeconds(2);
  }

  /** First election: nobody holds the lock, so the first attempt (within a jittered retry period) wins. */
  static Duration firstElectionBound(ElectionSettings settings) {
    return settings.retryPeriod().multipliedBy(22).dividedBy(10).plusSeconds(5);
  }
}
