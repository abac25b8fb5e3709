package dev.manifestgen.e2e;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster the scenarios run against: the one $KUBECONFIG names, or a {@link LocalCluster}
 * started for this run. Also runs the real helm and kubectl against it.
 */
final class Cluster implements AutoCloseable {
  private static final Duration CLI_TIMEOUT = Duration.ofMinutes(2);

  private final Path projectRoot;
  private final Path clientHome;
  private final Path kubeconfig;
  private final Provisioned binaries;
  private final LocalCluster local;
  private final KubernetesClient admin;

  private Cluster(Path projectRoot, Path clientHome, Path kubeconfig, Provisioned binaries, LocalCluster local) {
    this.projectRoot = projectRoot;
    this.clientHome = clientHome;
    this.kubeconfig = kubeconfig;
    this.binaries = binaries;
    this.local = local;
    this.admin = new KubernetesClientBuilder().withConfig(config()).build();
  }

  static Cluster open(Path projectRoot) throws IOException {
    // helm's cache, config and data dirs, and the local cluster's kubeconfig: removed by close().
    Path clientHome = Files.createTempDirectory("manifest-gen-e2e-clients");
    String external = System.getenv("KUBECONFIG");
    if (external != null && !external.isBlank()) {
      return new Cluster(projectRoot, clientHome, Path.of(external), Provisioned.clients(projectRoot), null);
    }
    Provisioned binaries = Provisioned.run(projectRoot);
    LocalCluster local = LocalCluster.start(binaries);
    Path kubeconfig = clientHome.resolve("kubeconfig");
    Files.writeString(kubeconfig, local.kubeconfig());
    return new Cluster(projectRoot, clientHome, kubeconfig, binaries, local);
  }

  Path projectRoot() {
    return projectRoot;
  }

  KubernetesClient admin() {
    return admin;
  }

  /** A client whose requests the server authorizes as the ServiceAccount (impersonated by the admin). */
  KubernetesClient as(String namespace, String serviceAccount) {
    Config config = config();
    config.setImpersonateUsername("system:serviceaccount:" + namespace + ":" + serviceAccount);
    config.setImpersonateGroups("system:serviceaccounts", "system:serviceaccounts:" + namespace, "system:authenticated");
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private Config config() {
    try {
      Config config = Config.fromKubeconfig(Files.readString(kubeconfig));
      config.setRequestRetryBackoffLimit(0);
      return config;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + kubeconfig, e);
    }
  }

  /** The Go elector binary (e2e/elector), built against the server's client-go. */
  Path elector() {
    return binaries.elector();
  }

  Processes.Result helm(String... args) {
    return cli(binaries.helm(), args);
  }

  /** The same, with helm v4. */
  Processes.Result helm4(String... args) {
    return cli(binaries.helm4(), args);
  }

  Processes.Result kubectl(String... args) {
    return cli(binaries.kubectl(), args);
  }

  private Processes.Result cli(Path binary, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of(args));
    // helm keeps a cache and config under the user's home; keep this run's apart.
    return Processes.run(command, Map.of("KUBECONFIG", kubeconfig.toString(),
        "HELM_CACHE_HOME", clientHome.resolve("helm/cache").toString(),
        "HELM_CONFIG_HOME", clientHome.resolve("helm/config").toString(),
        "HELM_DATA_HOME", clientHome.resolve("helm/data").toString()), CLI_TIMEOUT);
  }

  String describe() {
    return local != null ? "local kube-apiserver at " + local.server() : "cluster of KUBECONFIG=" + kubeconfig;
  }

  String logs() {
    return local != null ? local.logs() : "";
  }

  @Override
  public void close() {
    admin.close();
    if (local != null) {
      local.close();
      System.err.println("e2e: stopped the " + describe());
    }
    TempDirs.delete(clientHome);
  }
}
