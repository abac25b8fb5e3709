package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.release.ChartArchive;
import dev.manifestgen.testing.Repo;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The released archive against what the real helm 3 and helm 4 CLIs package from the chart directory. */
@ExtendWith(ClusterExtension.class)
class HelmPackageTest {
  /** The numeric fields of a ustar header (offset, length): mode, uid, gid, size, mtime, chksum, devmajor, devminor. */
  private static final int[][] NUMERIC_FIELDS = {{100, 8}, {108, 8}, {116, 8}, {124, 12}, {136, 12}, {148, 8},
      {329, 8}, {337, 8}};

  @Test
  void helm3And4PackageTheSameEntriesInTheSameOrder(Cluster cluster, @TempDir Path dir) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    List<String> ours = describe(Files.readAllBytes(release.archive()));
    for (HelmVersions helm : HelmVersions.of(cluster)) {
      Path out = Files.createDirectories(dir.resolve(helm.name()));
      helm.ok("package", release.chartDir(cluster).toString(), "-d", out.toString());
      assertEquals(describe(Files.readAllBytes(out.resolve(ReleasedDist.ARCHIVE))), ours, helm.name() + " package");
    }
  }

  /**
   * Helm 4 stamps each entry with its file's mtime, so with the files' mtimes set to the release's
   * source date its output is reproducible, and its tar stream can be compared byte for byte with
   * ours: the same length and content; the bytes differ only inside header number fields, which Go
   * ends with NUL and Commons Compress with a space (both valid ustar), and in the checksums that
   * follow from that. (The gzip layers differ: Go's deflate is not zlib's.)
   */
  @Test
  void helm4sTarStreamIsOursButForHowHeaderNumbersEnd(Cluster cluster, @TempDir Path dir) throws Exception {
    ReleasedDist release = ReleasedDist.of(cluster);
    Path chart = dir.resolve("eck-operator");
    Repo.copyTree(release.chartDir(cluster), chart);
    try (Stream<Path> files = Files.walk(chart)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, FileTime.from(release.sourceDate()));
      }
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    cluster.helm4("package", chart.toString(), "-d", out.toString());
    byte[] helms = tar(Files.readAllBytes(out.resolve(ReleasedDist.ARCHIVE)));
    byte[] ours = tar(Files.readAllBytes(release.archive()));
    assertEquals(helms.length, ours.length, "tar stream length");
    List<Integer> headers = headerOffsets(Files.readAllBytes(release.archive()));
    List<String> elsewhere = new ArrayList<>();
    int differing = 0;
    for (int i = 0; i < ours.length; i++) {
      if (ours[i] != helms[i]) {
        differing++;
        if (!inNumericField(headers, i)) {
          elsewhere.add("offset " + i + ": helm " + helms[i] + ", ours " + ours[i]);
        }
      }
    }
    assertTrue(elsewhere.isEmpty(), "bytes differing outside header number fields: " + elsewhere);
    System.err.println("e2e: helm 4's tar stream and ours: " + ours.length + " bytes, " + differing
        + " differ, all in header number fields");
  }

  private static boolean inNumericField(List<Integer> headers, int offset) {
    for (int header : headers) {
      for (int[] field : NUMERIC_FIELDS) {
        if (offset >= header + field[0] && offset < header + field[0] + field[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Integer> headerOffsets(byte[] archive) throws Exception {
    List<Integer> offsets = new ArrayList<>();
    int offset = 0;
    for (ChartArchive.ArchivedFile f : ChartArchive.read(archive)) {
      offsets.add(offset);
      offset += 512 + (f.content().length + 511) / 512 * 512;
    }
    return offsets;
  }

  private static byte[] tar(byte[] gzip) throws Exception {
    try (GzipCompressorInputStream in = new GzipCompressorInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }

  private static List<String> describe(byte[] archive) throws Exception {
    return ChartArchive.read(archive).stream().map(ChartArchive.ArchivedFile::describe).toList();
  }
}
