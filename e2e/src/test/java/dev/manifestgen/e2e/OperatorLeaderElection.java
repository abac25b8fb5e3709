package dev.manifestgen.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * What an operator build does about leader election: each setting is fixed in its code, or read
 * from a flag (which the installation sets in the operator's config file, /conf/eck.yaml).
 */
record OperatorLeaderElection(Setting lockName, Setting lockType, Setting leaseDuration, Setting renewDeadline,
    Setting retryPeriod) {

  /** A built-in value, overridable by a flag when {@code flag} is not null. */
  record Setting(String builtIn, String flag) {}

  /** The committed contract: ECK 1.3.0 fixes every setting in code (controller-runtime 0.6: a ConfigMap lock). */
  static final OperatorLeaderElection ECK_1_3_0 = new OperatorLeaderElection(
      new Setting("elastic-operator-leader", null), new Setting("configmaps", null),
      new Setting("15s", null), new Setting("10s", null), new Setting("2s", null));

  /**
   * An operator that takes every setting as a flag (what the review of the leader-election change asked
   * for), with controller-runtime's flag names; lets scenarios choose lock type and short timings.
   */
  static final OperatorLeaderElection WITH_FLAGS = new OperatorLeaderElection(
      new Setting("elastic-operator-leader", "leader-election-id"),
      new Setting("configmaps", "leader-election-resource-lock"),
      new Setting("15s", "leader-election-lease-duration"),
      new Setting("10s", "leader-election-renew-deadline"),
      new Setting("2s", "leader-election-retry-period"));

  /** The manifest-gen values that make the installation pass these flags (none for fixed settings). */
  List<String> flagValues() {
    List<String> sets = new ArrayList<>();
    add(sets, "lockName", lockName);
    add(sets, "lockType", lockType);
    add(sets, "leaseDuration", leaseDuration);
    add(sets, "renewDeadline", renewDeadline);
    add(sets, "retryPeriod", retryPeriod);
    return sets;
  }

  private static void add(List<String> sets, String key, Setting setting) {
    if (setting.flag() != null) {
      sets.add("--set");
      sets.add("leaderElection.flags." + key + "=" + setting.flag());
    }
  }
}
