package dev.manifestgen.e2e;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The operator contracts the scenarios run the electors under. */
final class Contracts {
  private static final String LOCK_NAME = "leader-election-id";
  private static final String LOCK_TYPE = "leader-election-resource-lock";
  private static final String LEASE_DURATION = "leader-election-lease-duration";
  private static final String RENEW_DEADLINE = "leader-election-renew-deadline";
  private static final String RETRY_PERIOD = "leader-election-retry-period";

  private Contracts() {}

  /** The committed contract: the Elastic operator 1.3.0, which fixes its lock's name, type and timings in code. */
  static OperatorContract committed(Path projectRoot) {
    try {
      return ContractYaml.readFile(projectRoot.resolve("config/operator-contract.yaml"), "config/operator-contract.yaml");
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /**
   * The committed contract as an operator that takes every leader-election setting as a flag would
   * have it (controller-runtime-style flag names; what the review of the leader-election change asked
   * for), so the scenarios can choose the lock type and short timings.
   */
  static OperatorContract withElectionFlags(OperatorContract c) {
    LeaderElection le = c.leaderElection();
    LeaderElection.Timings t = le.timings();
    List<Flag> flags = new ArrayList<>(c.flags());
    flags.add(new Flag(LOCK_NAME, FlagType.STRING, le.id(), false));
    flags.add(new Flag(LOCK_TYPE, FlagType.STRING, le.lockType(), false));
    flags.add(new Flag(LEASE_DURATION, FlagType.DURATION, t.leaseDuration(), false));
    flags.add(new Flag(RENEW_DEADLINE, FlagType.DURATION, t.renewDeadline(), false));
    flags.add(new Flag(RETRY_PERIOD, FlagType.DURATION, t.retryPeriod(), false));
    flags.sort(Comparator.comparing(Flag::name));
    LeaderElection withFlags = new LeaderElection(le.id(), LOCK_NAME, le.lockType(), LOCK_TYPE,
        "the default of its flag " + LOCK_TYPE, le.enabledFlag(), new LeaderElection.Timings(t.leaseDuration(),
        LEASE_DURATION, t.renewDeadline(), RENEW_DEADLINE, t.retryPeriod(), RETRY_PERIOD));
    return new OperatorContract(c.operator(), c.source() + " with leader-election flags", c.configFlag(),
        c.namespacesFlag(), flags, c.env(), c.environment(), withFlags, c.permissions());
  }

  /** manifest-gen/helm --set arguments that make an installation pass the contract's leader-election flags. */
  static List<String> flagValues(OperatorContract c) {
    LeaderElection le = c.leaderElection();
    List<String> sets = new ArrayList<>();
    add(sets, "lockName", le.idFlag());
    add(sets, "lockType", le.lockTypeFlag());
    add(sets, "leaseDuration", le.timings().leaseDurationFlag());
    add(sets, "renewDeadline", le.timings().renewDeadlineFlag());
    add(sets, "retryPeriod", le.timings().retryPeriodFlag());
    return sets;
  }

  private static void add(List<String> sets, String key, String flag) {
    if (flag != null) {
      sets.add("--set");
      sets.add("leaderElection.flags." + key + "=" + flag);
    }
  }
}
