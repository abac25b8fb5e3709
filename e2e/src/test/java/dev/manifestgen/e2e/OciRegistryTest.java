package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The released archive in a real OCI registry (Debian's docker-registry, the CNCF distribution
 * registry, on loopback): helm 3 and helm 4 push it with its provenance, pull it with --verify and
 * install it by oci:// reference; the objects are those the chart directory installs.
 */
@ExtendWith(ClusterExtension.class)
class OciRegistryTest {
  private static final Duration PROVISION_TIMEOUT = Duration.ofMinutes(5);

  @Test
  void helm3And4PushVerifyAndInstallFromTheRegistry(Cluster cluster, @TempDir Path dir) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    try (LoopbackServer registry = LoopbackServer.ociRegistry(registryBinary(cluster), dir.resolve("registry"))) {
      for (HelmVersions helm : HelmVersions.of(cluster)) {
        String repository = "oci://" + registry.hostPort() + "/" + helm.name();
        Processes.Result push = helm.ok("push", release.archive().toString(), repository, "--plain-http");
        assertTrue((push.stdout() + push.stderr()).contains("Pushed: " + registry.hostPort() + "/" + helm.name()
            + "/eck-operator:1.3.0"), push.describe());

        Path pulled = Files.createDirectories(dir.resolve("pulled-" + helm.name()));
        Processes.Result pull = helm.ok("pull", repository + "/eck-operator", "--version", ReleasedDist.VERSION,
            "--plain-http", "--verify", "--keyring", release.key().publicKeyring().toString(), "-d", pulled.toString());
        assertTrue(pull.stdout().contains("Chart Hash Verified: sha256:"), pull.describe());
        assertArrayEquals(Files.readAllBytes(release.archive()), Files.readAllBytes(pulled.resolve(ReleasedDist.ARCHIVE)));
        assertArrayEquals(Files.readAllBytes(release.provenance()),
            Files.readAllBytes(pulled.resolve(ReleasedDist.ARCHIVE + ".prov")));

        String namespace = Namespaces.unique("e2e-oci-" + helm.name());
        release.assertInstallsAsTheDirectory(cluster, helm, "registry", "oci-" + helm.name(), namespace,
            repository + "/eck-operator", "--version", ReleasedDist.VERSION, "--plain-http");
      }
    }
  }

  /** e2e/docker-registry.sh: unpacked once from the machine's apt sources, then cached. */
  private static Path registryBinary(Cluster cluster) {
    Processes.Result r = Processes.run(List.of(cluster.projectRoot().resolve("e2e/docker-registry.sh").toString()),
        Map.of(), PROVISION_TIMEOUT, true);
    if (!r.ok()) {
      throw new IllegalStateException("e2e/docker-registry.sh failed:\n" + r.describe());
    }
    return Path.of(r.stdout().strip());
  }
}
