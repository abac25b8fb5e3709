package dev.manifestgen.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart archive against what real Helm (helm-java) packages, lints and shows. */
class ChartArchiveTest {
  private static final Instant SOURCE_DATE = Instant.ofEpochSecond(1_764_000_000L);
  private static final Path CHART = Repo.root().resolve("charts/eck-operator");

  @Test
  void theSameChartGivesTheSameBytesWhateverTheFilesTimesAndModes(@TempDir Path dir) throws Exception {
    byte[] first = ChartArchive.of(CHART).write(SOURCE_DATE);
    Path copy = dir.resolve("eck-operator");
    Repo.copyTree(CHART, copy);
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2031-02-03T04:05:06Z")));
        f.toFile().setExecutable(true);
      }
    }
    assertArrayEquals(first, ChartArchive.of(copy).write(SOURCE_DATE));
  }

  @Test
  void theEntriesAreThoseHelmPackageWritesInItsOrder(@TempDir Path dir) throws Exception {
    new Helm(CHART).packageIt().withDestination(dir).call();
    List<ChartArchive.ArchivedFile> helm = ChartArchive.read(Files.readAllBytes(dir.resolve("eck-operator-1.3.0.tgz")));
    List<ChartArchive.ArchivedFile> ours = ChartArchive.read(ChartArchive.of(CHART).write(SOURCE_DATE));
    assertEquals(helm.stream().map(ChartArchive.ArchivedFile::describe).toList(),
        ours.stream().map(ChartArchive.ArchivedFile::describe).toList());
    for (ChartArchive.ArchivedFile f : ours) {
      assertEquals(SOURCE_DATE, f.modified(), f.name());
    }
  }

  @Test
  void helmLintsAndShowsTheArchiveAsItDoesTheDirectory(@TempDir Path dir) throws Exception {
    Path archive = dir.resolve("eck-operator-1.3.0.tgz");
    Files.write(archive, ChartArchive.of(CHART).write(SOURCE_DATE));
    LintResult lintDir = new Helm(CHART).lint().strict().call();
    LintResult lintArchive = new Helm(archive).lint().strict().call();
    assertFalse(lintArchive.isFailed(), String.join("\n", lintArchive.getMessages()));
    assertEquals(lintDir.getMessages(), lintArchive.getMessages());
    assertEquals(new Helm(CHART).show().chart().call(), new Helm(archive).show().chart().call());
    assertEquals(new Helm(CHART).show().values().call(), new Helm(archive).show().values().call());
    assertEquals(new Helm(CHART).show().readme().call(), new Helm(archive).show().readme().call());
    assertEquals(new Helm(CHART).show().crds().call(), new Helm(archive).show().crds().call());
  }
}
