package dev.manifestgen.contract;

/**
 * The lock an operator elects its leader through.
 *
 * @param id the lock name it passes to the manager (LeaderElectionID)
 * @param idFlag the flag that overrides the lock name; null when the name is fixed in code
 * @param lockType {@code configmaps}, {@code leases} or {@code configmapsleases}
 * @param lockTypeSource why that type: set in code, or the default of the controller-runtime version in go.mod
 * @param enabledFlag the flag that turns leader election on; null when always on
 */
public record LeaderElection(String id, String idFlag, String lockType, String lockTypeSource, String enabledFlag) {}
