package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.manifestgen.testing.ThrowawayKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * `manifest-gen package --sign` of this checkout, made once per test run into a temp dir with a
 * throwaway key (public keyring beside it for helm verify), as `make release` makes dist/.
 */
record ReleasedDist(Path dist, Path archive, Path provenance, ThrowawayKey key, Instant sourceDate) {
  static final String VERSION = "1.3.0";
  static final String ARCHIVE = "eck-operator-" + VERSION + ".tgz";
  private static final long SOURCE_DATE_EPOCH = 1_764_000_000L;
  private static ReleasedDist made;

  static synchronized ReleasedDist of(Cluster cluster) throws IOException {
    if (made == null) {
      Path dir = Files.createTempDirectory("manifest-gen-e2e-release");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> TempDirs.delete(dir)));
      ThrowawayKey key = ThrowawayKey.generate(dir.resolve("keys"), "E2E Release (throwaway) <e2e@example.invalid>", null);
      Path dist = dir.resolve("dist");
      Processes.Result r = new ManifestGenCli(cluster.projectRoot()).run("package", "-d", dist.toString(),
          "--source-date-epoch", String.valueOf(SOURCE_DATE_EPOCH), "--sign", "--key", "E2E Release",
          "--keyring", key.secretKeyring().toString());
      if (!r.ok()) {
        throw new AssertionError(r.describe());
      }
      made = new ReleasedDist(dist, dist.resolve(ARCHIVE), dist.resolve(ARCHIVE + ".prov"), key,
          Instant.ofEpochSecond(SOURCE_DATE_EPOCH));
    }
    return made;
  }

  Path chartDir(Cluster cluster) {
    return cluster.projectRoot().resolve("charts/eck-operator");
  }

  /**
   * Installs {@code chart} (a repository's or a registry's reference, with {@code installArgs}) with
   * {@code --set replicas=2}, checks the StatefulSet got two replicas, then installs the chart directory the
   * same way: both installations must be the same objects. Each is uninstalled after.
   */
  void assertInstallsAsTheDirectory(Cluster cluster, HelmVersions helm, String from, String name, String namespace,
      String chart, String... installArgs) {
    List<String> args = new ArrayList<>(List.of(installArgs));
    args.addAll(List.of("-n", namespace, "--create-namespace", "--set", "replicas=2"));
    helm.install(name, chart, args.toArray(String[]::new));
    String installed = Installations.manifest(cluster, name, namespace);
    var statefulSet = cluster.admin().apps().statefulSets().inNamespace(namespace)
        .withName(RenderedInstallation.parse(installed).workloadName()).get();
    assertNotNull(statefulSet, helm.name() + ": the StatefulSet installed from the " + from);
    assertEquals(2, statefulSet.getSpec().getReplicas());
    helm.ok("uninstall", name, "-n", namespace, "--wait");

    helm.install(name, chartDir(cluster).toString(), "-n", namespace, "--set", "replicas=2");
    String fromDirectory = Installations.manifest(cluster, name, namespace);
    helm.ok("uninstall", name, "-n", namespace, "--wait");
    assertEquals(fromDirectory, installed, helm.name() + ": the objects installed from the " + from);
  }
}
