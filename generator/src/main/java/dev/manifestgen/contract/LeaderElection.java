package dev.manifestgen.contract;

/**
 * The lock an operator elects its leader through.
 *
 * @param id the lock name it passes to the manager (LeaderElectionID)
 * @param idFlag the flag that overrides the lock name; null when the name is fixed in code
 * @param lockType {@code configmaps}, {@code leases} or {@code configmapsleases} (a lock type flag's default)
 * @param lockTypeFlag the flag that overrides the lock type; null when the type is fixed in code
 * @param lockTypeSource why that type: set in code, or the default of the controller-runtime version in go.mod
 * @param enabledFlag the flag that turns leader election on; null when always on
 * @param timings the lease timings and, for each, the flag that sets it (null when fixed in code)
 * @param idComputed when the lock name is computed in code and cannot be folded to a constant, where
 *     ({@code file:line: expression}); id is then null and the rules that need the name say they cannot check it
 */
public record LeaderElection(String id, String idFlag, String lockType, String lockTypeFlag, String lockTypeSource,
    String enabledFlag, Timings timings, String idComputed) {

  public LeaderElection {
    timings = timings == null ? Timings.CONTROLLER_RUNTIME_DEFAULTS : timings;
  }

  public LeaderElection(String id, String idFlag, String lockType, String lockTypeFlag, String lockTypeSource,
      String enabledFlag, Timings timings) {
    this(id, idFlag, lockType, lockTypeFlag, lockTypeSource, enabledFlag, timings, null);
  }

  /** With timings fixed at controller-runtime's defaults. */
  public LeaderElection(String id, String idFlag, String lockType, String lockTypeSource, String enabledFlag) {
    this(id, idFlag, lockType, null, lockTypeSource, enabledFlag, Timings.CONTROLLER_RUNTIME_DEFAULTS);
  }

  /**
   * Durations as Go writes them ({@code 15s}), and the flags that override them.
   * controller-runtime's defaults are 15s, 10s and 2s.
   */
  public record Timings(String leaseDuration, String leaseDurationFlag, String renewDeadline, String renewDeadlineFlag,
      String retryPeriod, String retryPeriodFlag) {
    public static final Timings CONTROLLER_RUNTIME_DEFAULTS = new Timings("15s", null, "10s", null, "2s", null);
  }
}
