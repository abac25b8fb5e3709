package dev.manifestgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} and {@code validate} (of the committed outputs, with no options) remember of the
 * trees they passed ({@link PassedRuns}, keyed by {@link TreeDigest}): the answer for a tree that
 * passed before, and the record of one that has just passed. Nothing of it loads a library:
 * {@link Main} answers a bare {@code check} or {@code validate} with it before picocli.
 */
final class RememberedRun {
  private final PassedRuns passed;
  private final String command;
  private final Project project;
  private final Path lastRelease;
  private final String digest;

  private RememberedRun(PassedRuns passed, String command, Project project, Path lastRelease, String digest) {
    this.passed = passed;
    this.command = command;
    this.project = project;
    this.lastRelease = lastRelease;
    this.digest = digest;
  }

  /** The tree as {@code command} sees it now; {@code lastRelease} null for the committed one, if any. */
  static RememberedRun of(String command, Project project, Path lastRelease) throws IOException {
    PassedRuns passed = PassedRuns.forUser();
    return new RememberedRun(passed, command, project, lastRelease,
        passed == null ? null : TreeDigest.of(command, project, lastRelease));
  }

  /** Prints the remembered answer and returns true when a full run passed this same tree; else false. */
  boolean answer(PrintWriter out) {
    String text = digest == null ? null : passed.lookup(digest);
    if (text == null) {
      return false;
    }
    out.print(text);
    out.flush();
    return true;
  }

  /**
   * Remembers that this tree passed, with {@code text}, what a later run of the same tree prints, unless the
   * tree changed while it was run.
   */
  void remember(String text, List<Path> readOutside) throws IOException {
    if (digest != null && digest.equals(TreeDigest.of(command, project, lastRelease))) {
      passed.record(digest, text, readOutside);
    }
  }

  /** The note a remembered answer carries, so that nobody takes it for a fresh run. */
  static String note(String command) {
    return "unchanged since a full " + command + ", --full runs it again";
  }
}
