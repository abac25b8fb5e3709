package dev.manifestgen.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A chart archive as {@code helm package} writes it (Helm's chartutil.Save): one regular file
 * entry per chart file under {@code <name>/}, no directory entries, mode 0644, owner 0:0 without
 * names, in Helm's order: Chart.yaml (re-marshalled, see {@link HelmChartYaml}), values.yaml,
 * values.schema.json, the templates, then every other file, each group in the order Go's
 * filepath.Walk visits the directory (names sorted per directory, depth first).
 *
 * <p>Unlike Helm (time.Now() in Helm 3, each file's mtime in Helm 4) every entry's mtime is the one
 * given instant, so the archive does not depend on when or where it is made.
 */
public record ChartArchive(String chartName, List<Entry> entries) {
  public record Entry(String name, byte[] content) {}

  static final int FILE_MODE = 0644;
  /** Gzip's "unknown" operating system, as Go's gzip writer records it. */
  private static final int OS_UNKNOWN = 255;

  public ChartArchive {
    entries = List.copyOf(entries);
  }

  /** The chart directory's files in Helm's archive order; Chart.yaml is re-marshalled as Helm does. */
  public static ChartArchive of(Path chartDir) throws IOException, dev.manifestgen.yaml.YamlException {
    Path chartYaml = chartDir.resolve("Chart.yaml");
    Map<String, Object> metadata = HelmChartYaml.metadata(Files.readString(chartYaml), chartYaml.toString());
    String name = String.valueOf(metadata.get("name"));
    List<String> walk = new ArrayList<>();
    walk(chartDir, "", walk);
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(name + "/Chart.yaml", HelmChartYaml.marshal(metadata).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    for (String special : List.of("values.yaml", "values.schema.json")) {
      if (walk.contains(special)) {
        entries.add(new Entry(name + "/" + special, Files.readAllBytes(chartDir.resolve(special))));
      }
    }
    for (String path : walk) {
      if (path.startsWith("templates/")) {
        entries.add(new Entry(name + "/" + path, Files.readAllBytes(chartDir.resolve(path))));
      }
    }
    for (String path : walk) {
      if (!path.startsWith("templates/") && !List.of("Chart.yaml", "values.yaml", "values.schema.json").contains(path)) {
        entries.add(new Entry(name + "/" + path, Files.readAllBytes(chartDir.resolve(path))));
      }
    }
    return new ChartArchive(name, entries);
  }

  /** Go's filepath.Walk order: a directory's names sorted bytewise, each subdirectory where its name falls. */
  private static void walk(Path dir, String prefix, List<String> out) throws IOException {
    List<Path> children;
    try (var list = Files.list(dir)) {
      children = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    }
    for (Path child : children) {
      String relative = prefix + child.getFileName();
      if (Files.isSymbolicLink(child)) {
        throw new IOException(child + ": a symbolic link; a released chart holds only regular files");
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, relative + "/", out);
      } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
        out.add(relative);
      } else {
        throw new IOException(child + ": not a regular file");
      }
    }
  }

  /** The archive's bytes: the same for the same entries and instant, on any machine. */
  public byte[] write(Instant modified) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GzipParameters gzip = new GzipParameters();
    gzip.setModificationTime(0); // Go's gzip writer, as Helm uses it, records no time
    gzip.setOperatingSystem(OS_UNKNOWN);
    gzip.setComment("Helm");
    try (OutputStream gz = new GzipCompressorOutputStream(bytes, gzip);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gz, 512, "UTF-8")) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Entry e : entries) {
        TarArchiveEntry entry = new TarArchiveEntry(e.name(), true);
        entry.setMode(FILE_MODE);
        entry.setIds(0, 0);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setModTime(java.nio.file.attribute.FileTime.from(modified));
        entry.setSize(e.content().length);
        tar.putArchiveEntry(entry);
        tar.write(e.content());
        tar.closeArchiveEntry();
      }
      tar.finish();
    }
    return bytes.toByteArray();
  }

  /** The regular files of a chart archive, in archive order, with their tar headers' facts. */
  public static List<ArchivedFile> read(byte[] archive) throws IOException {
    List<ArchivedFile> files = new ArrayList<>();
    try (InputStream gz = new GzipCompressorInputStream(new ByteArrayInputStream(archive));
        TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        files.add(new ArchivedFile(e.getName(), e.isFile(), e.getMode(), e.getLongUserId(), e.getLongGroupId(),
            e.getUserName(), e.getGroupName(), e.getModTime().toInstant(), tar.readAllBytes()));
      }
    }
    return files;
  }

  /** One tar entry as read back. */
  public record ArchivedFile(String name, boolean regular, int mode, long uid, long gid, String userName,
      String groupName, Instant modified, byte[] content) {
    /** Everything but the mtime, for comparing with an archive made at another time. */
    public String describe() {
      return name + (regular ? "" : " (not a regular file)") + " mode " + Integer.toOctalString(mode) + " owner "
          + uid + ":" + gid + (userName.isEmpty() && groupName.isEmpty() ? "" : " (" + userName + ":" + groupName + ")")
          + " " + content.length + " bytes sha256 " + Digests.sha256(content);
    }
  }
}
