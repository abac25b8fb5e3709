package dev.manifestgen.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the harness's temp dirs, reported rather than thrown: cleanup must not hide a failure. */
final class TempDirs {
  private TempDirs() {}

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("e2e: could not remove " + dir + ": " + e.getMessage());
    }
  }
}
