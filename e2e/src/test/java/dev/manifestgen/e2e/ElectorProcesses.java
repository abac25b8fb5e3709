package dev.manifestgen.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Operator replicas reduced to their leader election: one process of the Go elector (e2e/elector,
 * client-go's leaderelection as controller-runtime 0.6 runs it) per replica, each connecting as the
 * installation's ServiceAccount. Follows what each prints: who leads, when, and what the server refused.
 * Everything they print is echoed to the test log, prefixed with the replica's name.
 */
final class ElectorProcesses implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

  /** One line of an elector's report: "TIME IDENTITY EVENT[ DETAIL]". */
  record Line(Instant time, String identity, String event, String detail) {
    static Optional<Line> parse(String text) {
      String[] parts = text.split(" ", 4);
      if (parts.length < 3) {
        return Optional.empty();
      }
      try {
        return Optional.of(new Line(Instant.parse(parts[0]), parts[1], parts[2], parts.length == 4 ? parts[3] : ""));
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /** One running elector: the replica it stands for, its process, and everything it printed. */
  static final class Elector {
    final String replica;
    final String username;
    final Process process;
    volatile String identity;
    volatile Instant exitedAt;
    final List<String> stderr = new CopyOnWriteArrayList<>();
    final List<Thread> readers = new ArrayList<>();

    Elector(String replica, String username, Process process) {
      this.replica = replica;
      this.username = username;
      this.process = process;
    }
  }

  private final Cluster cluster;
  private final Path dir;
  private final List<Elector> electors = new CopyOnWriteArrayList<>();
  private final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Set<String> leading = ConcurrentHashMap.newKeySet();

  ElectorProcesses(Cluster cluster) {
    this.cluster = cluster;
    try {
      this.dir = Files.createTempDirectory("manifest-gen-e2e-electors");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts one elector per replica of the installation, with the lock and timings of the settings,
   * each as the installation's ServiceAccount. Returns once each has reported its identity.
   */
  List<Elector> start(RenderedInstallation installation, ElectionSettings settings) {
    ServiceAccountCredentials credentials = ServiceAccountCredentials.issue(cluster, installation.namespace(),
        installation.serviceAccount(), dir.resolve(installation.namespace() + "-" + installation.workloadName() + ".kubeconfig"));
    System.err.printf("e2e: %d electors of %s/%s (client-go's leaderelection) compete for %s %s/%s as %s%n",
        installation.replicas(), installation.namespace(), installation.workloadName(), settings.lockType(),
        settings.namespace(), settings.lockName(), credentials.username());
    List<Elector> started = new ArrayList<>();
    for (int i = 0; i < installation.replicas(); i++) {
      started.add(start(installation.workloadName() + "-" + i, credentials, settings));
    }
    Poll.until(START_TIMEOUT, "every elector to report its identity", () -> started.stream().allMatch(e -> {
      if (e.identity == null && !e.process.isAlive()) {
        throw new AssertionError(e.replica + "'s elector exited " + e.process.exitValue() + ":\n" + String.join("\n", e.stderr));
      }
      return e.identity != null;
    }));
    return started;
  }

  private Elector start(String replica, ServiceAccountCredentials credentials, ElectionSettings settings) {
    List<String> command = List.of(cluster.elector().toString(),
        "--kubeconfig=" + credentials.kubeconfig(),
        "--lock-type=" + settings.lockType(),
        "--lock-namespace=" + settings.namespace(),
        "--lock-name=" + settings.lockName(),
        "--lease-duration=" + goDuration(settings.leaseDuration()),
        "--renew-deadline=" + goDuration(settings.renewDeadline()),
        "--retry-period=" + goDuration(settings.retryPeriod()));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    Elector elector = new Elector(replica, credentials.username(), process);
    electors.add(elector);
    elector.readers.add(read(process.getInputStream(), replica, text -> {
      Line.parse(text).ifPresent(line -> observe(elector, line));
    }));
    elector.readers.add(read(process.getErrorStream(), replica + " client-go", elector.stderr::add));
    return elector;
  }

  private void observe(Elector elector, Line line) {
    switch (line.event()) {
      case "started" -> elector.identity = line.identity();
      case "leading" -> leading.add(line.identity());
      case "stopped-leading" -> leading.remove(line.identity());
      default -> { }
    }
    lines.add(line);
  }

  private static Thread read(InputStream stream, String prefix, Consumer<String> sink) {
    Thread thread = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
          System.err.println("elector " + prefix + ": " + text);
          sink.accept(text);
        }
      } catch (IOException e) {
        System.err.println("elector " + prefix + ": output unreadable: " + e.getMessage());
      }
    }, "e2e-elector-" + prefix);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static String goDuration(Duration duration) {
    return duration.toMillis() + "ms";
  }

  /** The identities of the electors started and not killed, in start order. */
  List<String> identities() {
    return electors.stream().filter(e -> e.exitedAt == null).map(e -> e.identity).toList();
  }

  /** Who says it leads now (and has not been killed since). */
  Set<String> leaders() {
    return Set.copyOf(leading);
  }

  /** Every time an elector reported it started leading, in order. */
  List<String> leadershipsStarted() {
    return lines.stream().filter(l -> l.event().equals("leading")).sorted(Comparator.comparing(Line::time))
        .map(Line::identity).toList();
  }

  /** When the given elector said it started leading (the last time). */
  Instant leadingSince(String identity) {
    return lines.stream().filter(l -> l.event().equals("leading") && l.identity().equals(identity))
        .map(Line::time).max(Comparator.naturalOrder())
        .orElseThrow(() -> new AssertionError(identity + " never led"));
  }

  /** The leaders the electors saw in the lock (client-go's OnNewLeader), in order. */
  List<String> leadersSeen() {
    return lines.stream().filter(l -> l.event().equals("new-leader")).map(Line::detail).distinct().toList();
  }

  /**
   * The most electors that led at the same moment over the whole run, by the times they printed:
   * a leadership lasts from "leading" to "stopped-leading", or to the process's exit.
   */
  int mostLeadersAtOnce() {
    record Edge(Instant time, int delta) {}
    List<Edge> edges = new ArrayList<>();
    Map<String, Instant> exits = new java.util.HashMap<>();
    electors.forEach(e -> {
      if (e.identity != null && e.exitedAt != null) {
        exits.put(e.identity, e.exitedAt);
      }
    });
    Map<String, Boolean> open = new java.util.HashMap<>();
    for (Line line : lines.stream().sorted(Comparator.comparing(Line::time)).toList()) {
      if (line.event().equals("leading")) {
        edges.add(new Edge(line.time(), 1));
        open.put(line.identity(), true);
      } else if (line.event().equals("stopped-leading") && open.remove(line.identity()) != null) {
        edges.add(new Edge(line.time(), -1));
      }
    }
    open.keySet().forEach(id -> {
      if (exits.containsKey(id)) {
        edges.add(new Edge(exits.get(id), -1));
      }
    });
    // At equal times an end comes before a start: a handover at one instant is not an overlap.
    edges.sort(Comparator.comparing(Edge::time).thenComparingInt(Edge::delta));
    int now = 0;
    int most = 0;
    for (Edge edge : edges) {
      now += edge.delta();
      most = Math.max(most, now);
    }
    return most;
  }

  /** What client-go logged about requests the server refused as forbidden (HTTP 403), every elector. */
  List<String> forbidden() {
    return electors.stream().flatMap(e -> e.stderr.stream()).filter(l -> l.contains("forbidden")).toList();
  }

  /** Whether client-go logged a line containing the text in every elector started and not killed. */
  boolean everyLogged(String text) {
    return electors.stream().filter(e -> e.exitedAt == null)
        .allMatch(e -> e.stderr.stream().anyMatch(line -> line.contains(text)));
  }

  /** Everything the electors printed on stderr (client-go's log), for a failing scenario's message. */
  String clientGoLog() {
    StringBuilder out = new StringBuilder();
    electors.forEach(e -> e.stderr.forEach(l -> out.append(e.replica).append(": ").append(l).append('\n')));
    return out.toString();
  }

  /** Which replica the elector stands for and as whom the server knows it. */
  String describe(String identity) {
    Elector elector = electors.stream().filter(e -> identity.equals(e.identity)).findFirst()
        .orElseThrow(() -> new AssertionError("no elector " + identity));
    return identity + " (" + elector.replica + ", as " + elector.username + ")";
  }

  /** Kills an elector as a crash would (SIGKILL): it stops renewing and does not release the lock. */
  Instant kill(String identity) {
    Elector elector = electors.stream().filter(e -> identity.equals(e.identity)).findFirst()
        .orElseThrow(() -> new AssertionError("no elector " + identity));
    // Through the handle: Process.destroy would also close the streams before the last lines are read.
    elector.process.toHandle().destroyForcibly();
    awaitExit(elector);
    leading.remove(identity);
    return elector.exitedAt;
  }

  private static void awaitExit(Elector elector) {
    try {
      if (!elector.process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(elector.replica + "'s elector did not exit within " + EXIT_TIMEOUT);
      }
      elector.exitedAt = Instant.now();
      for (Thread reader : elector.readers) {
        reader.join(EXIT_TIMEOUT.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops the electors that still run as the kubelet would (SIGTERM), forcibly after a grace period. */
  @Override
  public void close() {
    electors.stream().filter(e -> e.exitedAt == null).forEach(e -> e.process.toHandle().destroy());
    for (Elector elector : electors) {
      if (elector.exitedAt == null) {
        try {
          awaitExit(elector);
        } catch (AssertionError e) {
          elector.process.toHandle().destroyForcibly();
        }
      }
    }
    TempDirs.delete(dir);
  }
}
