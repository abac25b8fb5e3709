package dev.manifestgen.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A lock that remembers the HTTP status of every failed write, so a test can see the server's 403. */
final class ObservedLock implements Lock {
  record Failure(String operation, int code, String message) {}

  private final Lock delegate;
  private final List<Failure> failures = new CopyOnWriteArrayList<>();

  ObservedLock(Lock delegate) {
    this.delegate = delegate;
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  @Override
  public LeaderElectionRecord get(KubernetesClient client) {
    return record("get", () -> delegate.get(client));
  }

  @Override
  public void create(KubernetesClient client, LeaderElectionRecord record) {
    record("create", () -> {
      delegate.create(client, record);
      return null;
    });
  }

  @Override
  public void update(KubernetesClient client, LeaderElectionRecord record) {
    record("update", () -> {
      delegate.update(client, record);
      return null;
    });
  }

  private <T> T record(String operation, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (KubernetesClientException e) {
      failures.add(new Failure(operation, e.getCode(), e.getMessage()));
      throw e;
    }
  }

  @Override
  public String identity() {
    return delegate.identity();
  }

  @Override
  public String describe() {
    return delegate.describe();
  }
}
