package dev.manifestgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trees a full {@code check} found up to date, one small file each, named by the tree's
 * {@link TreeDigest}, under {@code $XDG_CACHE_HOME/manifest-gen/checks} (default
 * {@code ~/.cache/manifest-gen/checks}). A check of a tree with a record answers from it without
 * rendering: nothing it depends on has changed. A record holds how many files that check compared
 * and the directories outside the project it read (packages in the Go module cache, which are
 * immutable there but may be deleted; the record counts only while they are all still there).
 *
 * <p>It is a cache: anything wrong with it (unreadable, unwritable, a damaged record) means a full
 * check, never a failed one. The newest {@link #KEPT} records are kept.
 */
final class PassedChecks {
  static final int KEPT = 64;
  private static final String FILES = "files ";
  private static final String DIRECTORY = "read ";

  private final Path dir;

  PassedChecks(Path dir) {
    this.dir = dir;
  }

  /** The user's cache; null when neither XDG_CACHE_HOME nor HOME says where it is. */
  static PassedChecks forUser() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getenv("HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
        : home != null && !home.isEmpty() ? Path.of(home, ".cache") : null;
    return base == null || !base.isAbsolute() ? null : new PassedChecks(base.resolve("manifest-gen").resolve("checks"));
  }

  /** How many files the check of this tree compared, if a full check passed it; else null. */
  Integer lookup(String digest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(digest), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // no record (or none readable)
    }
    if (lines.isEmpty() || !lines.get(0).startsWith(FILES)) {
      return null;
    }
    for (String line : lines.subList(1, lines.size())) {
      if (!line.startsWith(DIRECTORY) || !Files.isDirectory(Path.of(line.substring(DIRECTORY.length())))) {
        return null;
      }
    }
    try {
      return Integer.valueOf(lines.get(0).substring(FILES.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Remembers that a full check passed this tree; quietly does nothing when the cache cannot be written. */
  void record(String digest, int files, List<Path> readOutside) {
    StringBuilder text = new StringBuilder(FILES).append(files).append('\n');
    for (Path p : readOutside) {
      text.append(DIRECTORY).append(p.toAbsolutePath()).append('\n');
    }
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".record-", ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, dir.resolve(digest), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      // a cache: the next check renders
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }
  }

  /** All but the newest {@link #KEPT} records go. */
  private void prune() throws IOException {
    List<Path> records = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(records::add);
    }
    if (records.size() <= KEPT) {
      return;
    }
    records.sort(Comparator.comparing((Path p) -> {
      try {
        return Files.getLastModifiedTime(p).toMillis();
      } catch (IOException e) {
        return 0L;
      }
    }).reversed());
    for (Path old : records.subList(KEPT, records.size())) {
      Files.deleteIfExists(old);
    }
  }
}
