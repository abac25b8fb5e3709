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
 * The runs of {@code check} and {@code validate} that passed, one small file each, named by the
 * {@link TreeDigest} of the command and the tree, under {@code $XDG_CACHE_HOME/manifest-gen/passed}
 * (default {@code ~/.cache/manifest-gen/passed}). A record holds what the command prints when it
 * answers from the record, and the directories outside the project the run read (packages in the Go
 * module cache, which are immutable there but may be deleted; the record counts only while they are
 * all still there).
 *
 * <p>It is a cache: anything wrong with it (unreadable, unwritable, a damaged record) means a full
 * run, never a failed one. The newest {@link #KEPT} records are kept.
 */
final class PassedRuns {
  static final int KEPT = 64;
  private static final String DIRECTORY = "read ";
  private static final String TEXT = "text";

  private final Path dir;

  PassedRuns(Path dir) {
    this.dir = dir;
  }

  /** The user's cache; null when neither XDG_CACHE_HOME nor HOME says where it is. */
  static PassedRuns forUser() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getenv("HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
        : home != null && !home.isEmpty() ? Path.of(home, ".cache") : null;
    return base == null || !base.isAbsolute() ? null : new PassedRuns(base.resolve("manifest-gen").resolve("passed"));
  }

  /** What to print for a run with this digest that passed before; null when there is no usable record. */
  String lookup(String digest) {
    String record;
    try {
      record = Files.readString(dir.resolve(digest), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null; // no record (or none readable)
    }
    int at = 0;
    while (at < record.length()) {
      int end = record.indexOf('\n', at);
      if (end < 0) {
        return null;
      }
      String line = record.substring(at, end);
      at = end + 1;
      if (line.equals(TEXT)) {
        return record.substring(at);
      }
      if (!line.startsWith(DIRECTORY) || !Files.isDirectory(Path.of(line.substring(DIRECTORY.length())))) {
        return null;
      }
    }
    return null;
  }

  /** Remembers that a run with this digest passed; quietly does nothing when the cache cannot be written. */
  void record(String digest, String text, List<Path> readOutside) {
    StringBuilder record = new StringBuilder();
    for (Path p : readOutside) {
      record.append(DIRECTORY).append(p.toAbsolutePath()).append('\n');
    }
    record.append(TEXT).append('\n').append(text);
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, ".record-", ".tmp");
      Files.writeString(temp, record, StandardCharsets.UTF_8);
      Files.move(temp, dir.resolve(digest), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      prune();
    } catch (IOException | RuntimeException e) {
      // a cache: the next run is a full one
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
