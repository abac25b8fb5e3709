package dev.manifestgen.e2e;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import java.time.Duration;

/** The coordination.k8s.io/v1 Lease lock, written as client-go does (spec fields, update by PUT). */
final class ClientGoLeaseLock extends ClientGoLock<Lease> {
  ClientGoLeaseLock(String namespace, String name, String identity) {
    super(namespace, name, identity);
  }

  @Override
  protected Class<Lease> kind() {
    return Lease.class;
  }

  @Override
  protected Lease withRecord(ObjectMeta metadata, LeaderElectionRecord record) {
    return new LeaseBuilder().withMetadata(metadata).withNewSpec()
        .withHolderIdentity(record.getHolderIdentity())
        .withLeaseDurationSeconds((int) record.getLeaseDuration().toSeconds())
        .withAcquireTime(record.getAcquireTime())
        .withRenewTime(record.getRenewTime())
        .withLeaseTransitions(record.getLeaderTransitions())
        .endSpec().build();
  }

  @Override
  protected LeaderElectionRecord record(Lease lease) {
    var spec = lease.getSpec();
    if (spec == null || spec.getHolderIdentity() == null || spec.getLeaseDurationSeconds() == null) {
      return null;
    }
    return new LeaderElectionRecord(spec.getHolderIdentity(), Duration.ofSeconds(spec.getLeaseDurationSeconds()),
        spec.getAcquireTime(), spec.getRenewTime(), spec.getLeaseTransitions() == null ? 0 : spec.getLeaseTransitions());
  }
}
