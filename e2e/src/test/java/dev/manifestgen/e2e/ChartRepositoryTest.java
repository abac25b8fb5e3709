package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release's dist/ served as a real chart repository (Python's http.server on loopback): helm 3
 * and helm 4 add it, find the chart, verify and install it; kubectl applies the released
 * all-in-one.yaml by URL.
 */
@ExtendWith(ClusterExtension.class)
class ChartRepositoryTest {

  @Test
  void helm3And4InstallFromTheRepositoryWhatTheDirectoryInstalls(Cluster cluster) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    try (LoopbackServer repository = LoopbackServer.http(release.dist())) {
      for (HelmVersions helm : HelmVersions.of(cluster)) {
        String repo = "eck-" + helm.name();
        helm.ok("repo", "add", repo, repository.url());
        Processes.Result search = helm.ok("search", "repo", repo + "/eck-operator");
        assertTrue(search.stdout().lines().anyMatch(l -> l.matches(repo + "/eck-operator\\s+1\\.3\\.0\\s+1\\.3\\.0\\s+.*")),
            helm.name() + ": " + search.stdout());

        String namespace = Namespaces.unique("e2e-repo-" + helm.name());
        release.assertInstallsAsTheDirectory(cluster, helm, "repository", "rel-" + helm.name(), namespace,
            repo + "/eck-operator", "--version", ReleasedDist.VERSION, "--verify",
            "--keyring", release.key().publicKeyring().toString());
      }
    }
  }

  @Test
  void kubectlAppliesTheReleasedAllInOneByUrl(Cluster cluster) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    try (LoopbackServer site = LoopbackServer.http(release.dist())) {
      Processes.Result apply = cluster.kubectl("apply", "-f", site.url() + "/all-in-one.yaml");
      assertTrue(apply.ok(), apply::describe);
      assertTrue(apply.stdout().contains("statefulset.apps/elastic-operator"), apply.stdout());
      assertNotNull(cluster.admin().apps().statefulSets().inNamespace("elastic-system").withName("elastic-operator").get());
      assertNotNull(cluster.admin().apiextensions().v1().customResourceDefinitions()
          .withName("elasticsearches.elasticsearch.k8s.elastic.co").get());
    }
  }

  @Test
  void helmVerifiesTheProvenanceAndRefusesATamperedArchive(Cluster cluster, @TempDir Path dir) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    Path tampered = dir.resolve(ReleasedDist.ARCHIVE);
    byte[] bytes = Files.readAllBytes(release.archive());
    bytes[bytes.length / 2] ^= 1;
    Files.write(tampered, bytes);
    Files.copy(release.provenance(), dir.resolve(ReleasedDist.ARCHIVE + ".prov"));
    String keyring = release.key().publicKeyring().toString();
    for (HelmVersions helm : HelmVersions.of(cluster)) {
      Processes.Result verified = helm.ok("verify", "--keyring", keyring, release.archive().toString());
      assertTrue(verified.stdout().contains("Signed by: E2E Release (throwaway) <e2e@example.invalid>"), verified.stdout());
      Processes.Result refused = helm.run("verify", "--keyring", keyring, tampered.toString());
      assertFalse(refused.ok(), helm.name() + " accepted a tampered archive: " + refused.describe());
      assertTrue(refused.stderr().contains("sha256 sum does not match"), refused.describe());
    }
  }

  @Test
  void helmLintsAndShowsTheArchiveAsTheDirectory(Cluster cluster) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    String archive = release.archive().toString();
    String directory = release.chartDir(cluster).toString();
    for (HelmVersions helm : HelmVersions.of(cluster)) {
      Processes.Result lintArchive = helm.ok("lint", "--strict", archive);
      Processes.Result lintDirectory = helm.ok("lint", "--strict", directory);
      assertEquals(lintDirectory.stdout().replace(directory, "CHART"), lintArchive.stdout().replace(archive, "CHART"),
          helm.name() + " lint");
      for (String what : List.of("chart", "values", "readme", "crds")) {
        assertEquals(helm.ok("show", what, directory).stdout(), helm.ok("show", what, archive).stdout(),
            helm.name() + " show " + what);
      }
    }
  }

  @Test
  void helmRepoIndexWritesOurIndexButForItsClockTimes(Cluster cluster, @TempDir Path dir) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    Files.copy(release.archive(), dir.resolve(ReleasedDist.ARCHIVE));
    String ours = Files.readString(release.dist().resolve("index.yaml"));
    for (HelmVersions helm : HelmVersions.of(cluster)) {
      helm.ok("repo", "index", dir.toString());
      String helms = Files.readString(dir.resolve("index.yaml"));
      assertEquals(withoutTimes(ours), withoutTimes(helms), helm.name() + " repo index");
      assertTrue(ours.contains("    created: \"2025-11-24T16:00:00Z\"\n") && ours.endsWith("generated: \"2025-11-24T16:00:00Z\"\n"),
          ours);
    }
  }

  private static String withoutTimes(String index) {
    return index.replaceAll("(?m)^(\\s*(created|generated): ).*$", "$1TIME");
  }
}
