package dev.manifestgen.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;

/**
 * The "configmapsleases" lock: client-go's MultiLock with a ConfigMap as primary and a Lease as
 * secondary (the migration lock of controller-runtime 0.7 to 0.11). fabric8 has no multi-lock, so
 * this follows client-go's resourcelock/multilock.go: both objects are written; the ConfigMap decides.
 */
final class ConfigMapsLeasesLock implements Lock {
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;
  private static final String UNKNOWN_LEADER = "leaderelection.k8s.io/unknown";

  private final ClientGoConfigMapLock primary;
  private final ClientGoLeaseLock secondary;

  ConfigMapsLeasesLock(String namespace, String name, String identity) {
    this.primary = new ClientGoConfigMapLock(namespace, name, identity);
    this.secondary = new ClientGoLeaseLock(namespace, name, identity);
  }

  @Override
  public LeaderElectionRecord get(KubernetesClient client) {
    LeaderElectionRecord record = primary.get(client);
    if (record == null) {
      return null;
    }
    LeaderElectionRecord lease = secondary.get(client);
    if (lease == null) {
      // Held by an old client that only knows the ConfigMap lock (or our own Lease is not yet written).
      return record;
    }
    if (!lease.getHolderIdentity().equals(record.getHolderIdentity())) {
      // The two disagree: nobody can be sure who leads until the lease expires.
      return record.toBuilder().holderIdentity(UNKNOWN_LEADER).build();
    }
    return record;
  }

  @Override
  public void create(KubernetesClient client, LeaderElectionRecord record) {
    primary.create(client, record);
    try {
      secondary.create(client, record);
    } catch (KubernetesClientException e) {
      if (e.getCode() != CONFLICT) {
        throw e;
      }
    }
  }

  @Override
  public void update(KubernetesClient client, LeaderElectionRecord record) {
    primary.update(client, record);
    if (secondary.get(client) == null) {
      secondary.create(client, record);
    } else {
      secondary.update(client, record);
    }
  }

  @Override
  public String identity() {
    return primary.identity();
  }

  @Override
  public String describe() {
    return primary.describe() + "+" + secondary.describe();
  }
}
