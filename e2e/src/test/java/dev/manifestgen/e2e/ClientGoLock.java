package dev.manifestgen.e2e;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;

/**
 * A lock object read and written the way client-go's resourcelock package does (the operator's
 * library): get, create, and update by PUT with the resourceVersion last read, so a concurrent
 * writer gets 409. fabric8's own locks renew with PATCH instead, which needs a `patch` grant the
 * operator never needs (the server refuses it with 403 under a Role that is right for client-go).
 */
abstract class ClientGoLock<T extends HasMetadata> implements Lock {
  private final String namespace;
  private final String name;
  private final String identity;
  private T lastRead;

  ClientGoLock(String namespace, String name, String identity) {
    this.namespace = namespace;
    this.name = name;
    this.identity = identity;
  }

  protected abstract Class<T> kind();

  /** The object carrying the record, keeping the metadata (resourceVersion included) given. */
  protected abstract T withRecord(ObjectMeta metadata, LeaderElectionRecord record);

  /** The record the object carries, null when it carries none. */
  protected abstract LeaderElectionRecord record(T object);

  @Override
  public synchronized LeaderElectionRecord get(KubernetesClient client) {
    lastRead = client.resources(kind()).inNamespace(namespace).withName(name).get();
    return lastRead == null ? null : record(lastRead);
  }

  @Override
  public synchronized void create(KubernetesClient client, LeaderElectionRecord record) {
    ObjectMeta metadata = new ObjectMetaBuilder().withNamespace(namespace).withName(name).build();
    lastRead = client.resource(withRecord(metadata, record)).create();
  }

  @Override
  public synchronized void update(KubernetesClient client, LeaderElectionRecord record) {
    if (lastRead == null) {
      throw new IllegalStateException("update of " + describe() + " before reading it");
    }
    lastRead = client.resource(withRecord(lastRead.getMetadata(), record)).update();
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public String describe() {
    return kind().getSimpleName() + " " + namespace + "/" + name;
  }
}
