package dev.manifestgen.e2e;

import java.util.List;
import java.util.function.Function;

/** helm 3 and helm 4, for scenarios that must hold with both. */
record HelmVersions(String name, Function<String[], Processes.Result> cli) {
  static List<HelmVersions> of(Cluster cluster) {
    return List.of(new HelmVersions("helm3", cluster::helm), new HelmVersions("helm4", cluster::helm4));
  }

  /**
   * Flags every install takes. Helm 4 applies server-side by default, and a 1.20 API server's
   * structured merge refuses what ECK 1.3.0's objects write and newer servers take: a port without its
   * list-map key {@code protocol} ("associative list with keys has an element that omits key field
   * protocol") and a quantity written as a number ({@code limits.cpu: 1}: "expected string").
   * Against the local 1.20 server, Helm 4 installs client-side.
   */
  List<String> installFlags() {
    return name.equals("helm4") ? List.of("--server-side=false") : List.of();
  }

  /** helm install NAME CHART with the version's install flags, then the given arguments. */
  Processes.Result install(String release, String chart, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("install", release, chart));
    all.addAll(installFlags());
    all.addAll(List.of(args));
    return ok(all.toArray(String[]::new));
  }

  Processes.Result run(String... args) {
    return cli.apply(args);
  }

  /** Runs and fails the test (with the command and its output) unless it succeeds. */
  Processes.Result ok(String... args) {
    Processes.Result r = run(args);
    if (!r.ok()) {
      throw new AssertionError(name + ": " + r.describe());
    }
    return r;
  }
}
