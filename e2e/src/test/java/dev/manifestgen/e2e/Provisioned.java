package dev.manifestgen.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real binaries e2e/provision.sh provides (built or fetched once, then cached): the control plane,
 * the clients (helm is v3, helm4 v4), the Go elector (client-go's leader election) and controller-gen
 * v0.4.0 and a current release (the oracle of ControllerGenOracleTest).
 */
record Provisioned(Path kubeApiserver, Path etcd, Path helm, Path kubectl, Path helm4, Path elector,
    Path controllerGen040, Path controllerGen040Go, Path controllerGenCurrent) {
  // A cold provision builds kube-apiserver: a few minutes on 2 cores.
  private static final Duration PROVISION_TIMEOUT = Duration.ofMinutes(12);

  /** Everything: the control plane and the clients. */
  static Provisioned run(Path projectRoot) {
    return provision(projectRoot, List.of());
  }

  /** The clients only, for a cluster given by KUBECONFIG (kube-apiserver and etcd are then null). */
  static Provisioned clients(Path projectRoot) {
    return provision(projectRoot, List.of("--clients-only"));
  }

  private static Provisioned provision(Path projectRoot, List<String> options) {
    List<String> command = new java.util.ArrayList<>(List.of(projectRoot.resolve("e2e/provision.sh").toString()));
    command.addAll(options);
    // Its progress goes straight to the build log: a cold provision compiles for minutes.
    Processes.Result result = Processes.run(command, Map.of(), PROVISION_TIMEOUT, true);
    if (!result.ok()) {
      throw new IllegalStateException("e2e/provision.sh failed:\n" + result.describe());
    }
    Map<String, String> env = new HashMap<>();
    result.stdout().lines().filter(line -> line.contains("=")).forEach(line -> {
      int eq = line.indexOf('=');
      env.put(line.substring(0, eq), line.substring(eq + 1));
    });
    boolean clientsOnly = options.contains("--clients-only");
    return new Provisioned(clientsOnly ? null : path(env, "KUBE_APISERVER"), clientsOnly ? null : path(env, "ETCD"),
        path(env, "HELM"), path(env, "KUBECTL"), path(env, "HELM4"), path(env, "ELECTOR"),
        path(env, "CONTROLLER_GEN_040"), path(env, "CONTROLLER_GEN_040_GO"), path(env, "CONTROLLER_GEN_CURRENT"));
  }

  private static Path path(Map<String, String> env, String key) {
    String value = env.get(key);
    if (value == null) {
      throw new IllegalStateException("e2e/provision.sh printed no " + key);
    }
    return Path.of(value);
  }
}
