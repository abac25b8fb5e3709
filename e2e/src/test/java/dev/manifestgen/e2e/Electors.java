package dev.manifestgen.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.Lock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Operator replicas reduced to their leader election: one fabric8 LeaderElector per replica, each
 * with its own client sending requests as the installation's ServiceAccount. Watches, every 20 ms
 * and at every callback, that no two of them believe they lead at once.
 */
final class Electors implements AutoCloseable {
  /** One replica: its identity (pod name + random suffix, like client-go's), lock and running election. */
  record Replica(String identity, ElectionSettings settings, ObservedLock lock, KubernetesClient client,
      CompletableFuture<?> election) {}

  private final Map<String, Replica> replicas = new LinkedHashMap<>();
  private final Set<String> leading = ConcurrentHashMap.newKeySet();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final List<String> startedLeading = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "e2e-leader-monitor");
    t.setDaemon(true);
    return t;
  });

  Electors() {
    monitor.scheduleAtFixedRate(this::observe, 0, 20, TimeUnit.MILLISECONDS);
  }

  /** Starts one elector per replica of the installation, as its pods would. */
  List<Replica> start(Cluster cluster, RenderedInstallation installation, ElectionSettings settings) {
    List<Replica> started = new ArrayList<>();
    for (int i = 0; i < installation.replicas(); i++) {
      String identity = installation.workloadName() + "-" + i + "_" + UUID.randomUUID().toString().substring(0, 8);
      KubernetesClient client = cluster.as(installation.namespace(), installation.serviceAccount());
      ObservedLock lock = new ObservedLock(lock(settings, identity));
      var config = new LeaderElectionConfigBuilder()
          .withName(identity)
          .withLock(lock)
          .withLeaseDuration(settings.leaseDuration())
          .withRenewDeadline(settings.renewDeadline())
          .withRetryPeriod(settings.retryPeriod())
          // A stopped operator does not hand over: the next one waits for the lease to expire.
          .withReleaseOnCancel(false)
          .withLeaderCallbacks(new LeaderCallbacks(() -> startLeading(identity), () -> stopLeading(identity), leader -> {}))
          .build();
      CompletableFuture<?> election = client.leaderElector().withConfig(config).build().start();
      Replica replica = new Replica(identity, settings, lock, client, election);
      replicas.put(identity, replica);
      started.add(replica);
    }
    return started;
  }

  private static Lock lock(ElectionSettings settings, String identity) {
    return switch (settings.lockType()) {
      case "configmaps" -> new ClientGoConfigMapLock(settings.namespace(), settings.lockName(), identity);
      case "leases" -> new ClientGoLeaseLock(settings.namespace(), settings.lockName(), identity);
      case "configmapsleases" -> new ConfigMapsLeasesLock(settings.namespace(), settings.lockName(), identity);
      default -> throw new AssertionError("unknown lock type " + settings.lockType());
    };
  }

  private void startLeading(String identity) {
    leading.add(identity);
    startedLeading.add(identity);
    observe();
  }

  private void stopLeading(String identity) {
    leading.remove(identity);
  }

  private void observe() {
    mostAtOnce.accumulateAndGet(leading.size(), Math::max);
  }

  /** Who believes they lead now. */
  Set<String> leaders() {
    return Set.copyOf(leading);
  }

  /** The most replicas that believed they led at the same time, over the whole run. */
  int mostLeadersAtOnce() {
    observe();
    return mostAtOnce.get();
  }

  /** Every time a replica started leading, in order. */
  List<String> leadershipsStarted() {
    return List.copyOf(startedLeading);
  }

  /** The lock requests the server refused, per replica: what a failing scenario reports. */
  String failures() {
    StringBuilder out = new StringBuilder();
    replicas.values().forEach(r -> r.lock().failures().stream().distinct().limit(3)
        .forEach(f -> out.append(r.identity()).append(' ').append(f).append('\n')));
    return out.toString();
  }

  List<Replica> replicas() {
    return List.copyOf(replicas.values());
  }

  /** Stops a replica as a crash would: it stops renewing and does not release the lock. */
  void stop(String identity) {
    Replica replica = replicas.remove(identity);
    replica.election().cancel(true);
    Poll.until(java.time.Duration.ofSeconds(5), identity + " to stop leading", () -> !leading.contains(identity));
    replica.client().close();
  }

  @Override
  public void close() {
    new ArrayList<>(replicas.keySet()).forEach(id -> {
      Replica replica = replicas.remove(id);
      replica.election().cancel(true);
      replica.client().close();
    });
    monitor.shutdownNow();
  }
}
