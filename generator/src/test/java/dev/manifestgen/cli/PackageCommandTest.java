package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.release.Digests;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.testing.ThrowawayKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest-gen package and check --last-release, on the repository and on throw-away copies. */
class PackageCommandTest {
  private static final String DATE = "1764000000";

  @Test
  void twoRunsAtDifferentTimesInTwoCopiesWriteTheSameFiles(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Cli.Result a = Cli.run(Repo.root(), "package", "-d", first.toString(), "--source-date-epoch", DATE);
    assertEquals(0, a.exit(), a.toString());
    Path clone = Repo.copyTo(dir.resolve("clone"));
    Cli.Result b = Cli.run(clone, "package", "-d", second.toString(), "--source-date-epoch", DATE);
    assertEquals(0, b.exit(), b.toString());
    List<String> names = List.of("SHA256SUMS", "all-in-one.yaml", "crds.yaml", "eck-operator-1.3.0.tgz", "index.yaml");
    assertEquals(names, list(first));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
    // SHA256SUMS is sha256sum's format over the other files, and is what package prints.
    String sums = Files.readString(first.resolve("SHA256SUMS"));
    assertEquals(sums, a.out());
    for (String name : names.subList(1, names.size())) {
      assertTrue(sums.contains(Digests.sha256(Files.readAllBytes(first.resolve(name))) + "  " + name + "\n"), name);
    }
    assertArrayEquals(Files.readAllBytes(Repo.root().resolve("config/all-in-one.yaml")),
        Files.readAllBytes(first.resolve("all-in-one.yaml")));
    assertTrue(Files.readString(first.resolve("index.yaml")).contains("    created: \"2025-11-24T16:00:00Z\"\n"));
  }

  @Test
  void aSignedReleaseHasItsProvenanceAndAnUnsignedOneDropsAStaleOne(@TempDir Path dir) throws Exception {
    ThrowawayKey key = ThrowawayKey.generate(dir.resolve("keys"), "Packager <packager@example.invalid>", null);
    Path dist = dir.resolve("dist");
    Cli.Result signed = Cli.run(Repo.root(), "package", "-d", dist.toString(), "--source-date-epoch", DATE, "--sign",
        "--key", "Packager", "--keyring", key.secretKeyring().toString());
    assertEquals(0, signed.exit(), signed.toString());
    assertTrue(signed.out().contains("  eck-operator-1.3.0.tgz.prov\n"), signed.out());
    assertTrue(Files.readString(dist.resolve("eck-operator-1.3.0.tgz.prov")).contains("\n...\nfiles:\n"));
    Cli.Result unsigned = Cli.run(Repo.root(), "package", "-d", dist.toString(), "--source-date-epoch", DATE);
    assertEquals(0, unsigned.exit(), unsigned.toString());
    assertFalse(Files.exists(dist.resolve("eck-operator-1.3.0.tgz.prov")));
  }

  @Test
  void withoutASourceDateOrWithAStaleChartNothingIsWritten(@TempDir Path dir) throws Exception {
    Path dist = dir.resolve("dist");
    Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH is set in this environment");
    Cli.Result noDate = Cli.run(Repo.root(), "package", "-d", dist.toString());
    assertEquals(2, noDate.exit(), noDate.toString());
    assertTrue(noDate.err().startsWith("error: SOURCE_DATE_EPOCH is not set"), noDate.err());
    Cli.Result badDate = Cli.run(Repo.root(), "package", "-d", dist.toString(), "--source-date-epoch", "yesterday");
    assertEquals(2, badDate.exit(), badDate.toString());

    Path project = Repo.copyTo(dir.resolve("project"));
    Path values = project.resolve("charts/eck-operator/values.yaml");
    Files.writeString(values, Files.readString(values) + "# edited by hand\n");
    Cli.Result stale = Cli.run(project, "package", "-d", dist.toString(), "--source-date-epoch", DATE);
    assertEquals(2, stale.exit(), stale.toString());
    assertEquals("error: charts/eck-operator/values.yaml: differs from a fresh generation; run `make generate-manifests`"
        + " first (bin/manifest-gen check shows the difference)\n", stale.err());
    assertFalse(Files.exists(dist));
  }

  @Test
  void checkFailsWhenTheChartChangedSinceTheLastReleaseButItsVersionDidNot(@TempDir Path dir) throws Exception {
    Path released = dir.resolve("released");
    assertEquals(0, Cli.run(Repo.root(), "package", "-d", released.toString(), "--source-date-epoch", DATE).exit());
    String last = released.resolve("eck-operator-1.3.0.tgz").toString();
    Path project = Repo.copyTo(dir.resolve("project"));
    assertEquals(0, Cli.run(project, "check", "--last-release", last).exit(), "the same chart, the same version");

    Path template = project.resolve("templates/statefulset.yaml.j2");
    Files.writeString(template, Files.readString(template).replace("terminationGracePeriodSeconds: 10",
        "terminationGracePeriodSeconds: 20"));
    assertEquals(0, Cli.run(project, "generate", "--all").exit());
    Cli.Result unbumped = Cli.run(project, "check", "--last-release", last);
    assertEquals(1, unbumped.exit(), unbumped.toString());
    assertTrue(unbumped.out().startsWith("config/chart.yaml: version 1.3.0 is already released (" + last
        + ") but the chart changed: eck-operator/templates/statefulset.yaml changed; bump version in config/chart.yaml\n"),
        unbumped.out());

    // Committed as release/last-release.tgz, the archive is checked without the option.
    Files.createDirectories(project.resolve("release"));
    Files.copy(Path.of(last), project.resolve("release/last-release.tgz"));
    assertEquals(1, Cli.run(project, "check").exit());

    Path chart = project.resolve("config/chart.yaml");
    Files.writeString(chart, Files.readString(chart).replace("version: 1.3.0", "version: 1.3.1"));
    assertEquals(0, Cli.run(project, "generate", "--all").exit());
    Cli.Result bumped = Cli.run(project, "check");
    assertEquals(0, bumped.exit(), bumped.toString());

    Files.writeString(chart, Files.readString(chart).replace("version: 1.3.1", "version: 1.2.9"));
    assertEquals(0, Cli.run(project, "generate", "--all").exit());
    Cli.Result lower = Cli.run(project, "check");
    assertEquals(1, lower.exit(), lower.toString());
    assertTrue(lower.out().startsWith("config/chart.yaml: version 1.2.9 is lower than the last release's 1.3.0"), lower.out());
  }

  private static List<String> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
