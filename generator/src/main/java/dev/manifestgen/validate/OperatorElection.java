package dev.manifestgen.validate;

import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an operator workload of a manifest will elect its leader, as the manifest's settings and the
 * operator's contract decide it: for tools and tests that act as the operator's replicas (the
 * end-to-end electors), so they use exactly what the rules check.
 *
 * @param leaseDuration the timings as Go durations ({@code 15s})
 */
public record OperatorElection(String namespace, String workload, String serviceAccount, int replicas,
    String lockName, String lockType, String leaseDuration, String renewDeadline, String retryPeriod) {

  /** One entry per operator container with leader election on, in manifest order. */
  public static List<OperatorElection> find(ManifestSet set, OperatorContract contract) {
    List<OperatorElection> out = new ArrayList<>();
    for (OperatorInstance op : OperatorInstance.find(set, contract)) {
      Optional<OperatorLock> lock = OperatorLock.of(contract, op);
      if (lock.isEmpty()) {
        continue;
      }
      LeaderElection.Timings t = contract.leaderElection().timings();
      out.add(new OperatorElection(op.namespace(), op.workload().name(), op.serviceAccount(), op.owner().replicas(),
          lock.get().name(), lock.get().type(),
          OperatorLock.timing(contract, op, t.leaseDuration(), t.leaseDurationFlag()),
          OperatorLock.timing(contract, op, t.renewDeadline(), t.renewDeadlineFlag()),
          OperatorLock.timing(contract, op, t.retryPeriod(), t.retryPeriodFlag())));
    }
    return out;
  }
}
