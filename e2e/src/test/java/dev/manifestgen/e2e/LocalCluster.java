package dev.manifestgen.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * etcd and kube-apiserver on free loopback ports, with RBAC authorization and an admin token in
 * system:masters. Everything lives in one temp dir; {@link #close()} kills both and removes it.
 */
final class LocalCluster implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final String token;
  private final int apiPort;
  private final int etcdClient;
  private final int etcdPeer;
  private final int etcdMetrics;
  private Process etcd;
  private Process apiserver;
  private final Thread shutdownHook = new Thread(this::stop, "e2e-cluster-shutdown");

  private LocalCluster(Path dir) {
    this.dir = dir;
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    this.token = HexFormat.of().formatHex(random);
    int[] ports = FreePorts.distinct(4);
    this.apiPort = ports[0];
    this.etcdClient = ports[1];
    this.etcdPeer = ports[2];
    this.etcdMetrics = ports[3];
  }

  /**
   * Starts a cluster on ports free a moment ago. Another process may take one of them before etcd or the
   * apiserver binds it; then the start is tried again on new ports, three times at most.
   */
  static LocalCluster start(Provisioned binaries) throws IOException {
    for (int attempt = 1; ; attempt++) {
      LocalCluster cluster = new LocalCluster(Files.createTempDirectory("manifest-gen-e2e-cluster"));
      Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
      try {
        cluster.startProcesses(binaries);
        cluster.awaitReady();
        return cluster;
      } catch (RuntimeException | IOException e) {
        boolean portTaken = String.valueOf(e.getMessage()).contains("address already in use");
        cluster.close();
        if (!portTaken || attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void startProcesses(Provisioned binaries) throws IOException {
    String clientUrl = "http://127.0.0.1:" + etcdClient;
    String peerUrl = "http://127.0.0.1:" + etcdPeer;
    etcd = start(List.of(binaries.etcd().toString(),
        "--name=e2e", "--data-dir=" + dir.resolve("etcd"),
        "--listen-client-urls=" + clientUrl, "--advertise-client-urls=" + clientUrl,
        "--listen-peer-urls=" + peerUrl, "--initial-advertise-peer-urls=" + peerUrl,
        "--initial-cluster=e2e=" + peerUrl, "--listen-metrics-urls=http://127.0.0.1:" + etcdMetrics),
        "etcd.log");

    Path tokens = dir.resolve("tokens.csv");
    Files.writeString(tokens, token + ",e2e-admin,e2e-admin,system:masters\n");
    ServiceAccountKeys keys = ServiceAccountKeys.generate(dir);
    apiserver = start(List.of(binaries.kubeApiserver().toString(),
        "--etcd-servers=" + clientUrl,
        "--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--secure-port=" + apiPort,
        // 1.20 still serves an unauthenticated port (8080) unless told not to.
        "--insecure-port=0",
        "--cert-dir=" + dir.resolve("certs"),
        "--token-auth-file=" + tokens,
        "--authorization-mode=RBAC",
        "--service-account-key-file=" + keys.publicKey(),
        "--service-account-signing-key-file=" + keys.privateKey(),
        "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
        "--api-audiences=https://kubernetes.default.svc.cluster.local",
        "--service-cluster-ip-range=10.96.0.0/24",
        "--profiling=false"),
        "kube-apiserver.log");
  }

  private Process start(List<String> command, String logName) throws IOException {
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(logName).toFile()).start();
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().sslContext(trustingSelfSignedServingCert())
        .connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest readyz = HttpRequest.newBuilder(URI.create(server() + "/readyz"))
        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build();
    boolean ready = Poll.holdsWithin(READY_TIMEOUT, () -> {
      if (!apiserver.isAlive() || !etcd.isAlive()) {
        throw new IllegalStateException("the control plane exited during start-up:\n" + logs());
      }
      try {
        return http.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    });
    if (!ready) {
      throw new IllegalStateException("kube-apiserver not ready within " + READY_TIMEOUT + ":\n" + logs());
    }
  }

  String server() {
    return "https://127.0.0.1:" + apiPort;
  }

  /** A kubeconfig for the admin identity. The serving certificate is self-signed by the API server. */
  String kubeconfig() {
    return TokenKubeconfig.of(server(), "insecure-skip-tls-verify: true", "e2e-admin", token);
  }

  String logs() {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("etcd.log", "kube-apiserver.log")) {
      try {
        List<String> lines = Files.readAllLines(dir.resolve(name));
        out.append("--- ").append(name).append(" (last 40 lines)\n");
        lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> out.append(l).append('\n'));
      } catch (IOException e) {
        out.append("--- ").append(name).append(": ").append(e.getMessage()).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook itself is running.
    }
  }

  private synchronized void stop() {
    if (apiserver != null) {
      Processes.kill(apiserver);
    }
    if (etcd != null) {
      Processes.kill(etcd);
    }
    TempDirs.delete(dir);
  }

  private static SSLContext trustingSelfSignedServingCert() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new X509TrustManager() {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) {}
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
      }}, new SecureRandom());
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
