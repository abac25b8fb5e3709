package dev.manifestgen.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every difference of an oracle run, descriptions included, appended to target/oracle-diffs.md
 * (or -Doracle.report=FILE): the failure message lists only what fails.
 */
final class OracleNotes {
  private static final Path FILE = Path.of(System.getProperty("oracle.report", "target/oracle-diffs.md"));
  private static boolean started;

  private OracleNotes() {}

  static synchronized void record(String label, CrdComparison comparison) {
    StringBuilder text = new StringBuilder("\n## " + label + ": " + comparison.summary() + "\n\n");
    comparison.differences().forEach(d -> text.append("- ").append(d).append('\n'));
    if (!comparison.descriptions().isEmpty()) {
      text.append("\nDescriptions (not failed on):\n\n");
      comparison.descriptions().forEach(d -> text.append("- ").append(d).append('\n'));
    }
    try {
      Files.createDirectories(FILE.toAbsolutePath().getParent());
      if (!started) {
        Files.writeString(FILE, "# controller-gen oracle: every difference\n");
        started = true;
      }
      Files.writeString(FILE, text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
