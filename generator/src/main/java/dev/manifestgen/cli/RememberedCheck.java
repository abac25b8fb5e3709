package dev.manifestgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A check's memory of the trees it passed ({@link PassedChecks}, keyed by {@link TreeDigest}): the
 * answer for a tree a full check passed before, and the record of one that has just passed. Nothing
 * of it loads a library: {@link Main} answers a bare {@code check} with it before picocli.
 */
final class RememberedCheck {
  private final PassedChecks passed;
  private final Project project;
  private final Path lastRelease;
  private final String digest;

  private RememberedCheck(PassedChecks passed, Project project, Path lastRelease, String digest) {
    this.passed = passed;
    this.project = project;
    this.lastRelease = lastRelease;
    this.digest = digest;
  }

  /** The tree as it is now; {@code lastRelease} null for the committed one, if any. */
  static RememberedCheck of(Project project, Path lastRelease) throws IOException {
    PassedChecks passed = PassedChecks.forUser();
    return new RememberedCheck(passed, project, lastRelease,
        passed == null ? null : TreeDigest.of(project, lastRelease));
  }

  /** Prints check's answer and returns true when a full check passed this same tree; else false. */
  boolean answer(PrintWriter out) {
    Integer files = digest == null ? null : passed.lookup(digest);
    if (files == null) {
      return false;
    }
    out.println("generated files are up to date (" + files + " checked; unchanged since a full check,"
        + " --full renders again)");
    return true;
  }

  /** Remembers that this tree passed, unless it changed while it was checked. */
  void remember(int files, List<Path> readOutside) throws IOException {
    if (digest != null && digest.equals(TreeDigest.of(project, lastRelease))) {
      passed.record(digest, files, readOutside);
    }
  }
}
