package dev.manifestgen.cli;

import java.io.PrintWriter;

/**
 * The jar's entry point. The version and the top-level usage are answered here, by classes that name
 * no picocli type ({@link QuickAnswers}): loading {@link ManifestGen} alone would load picocli from a
 * jar late in the class path. So is a bare {@code check} or {@code validate} of a tree that passed
 * before ({@link RememberedRun}). Everything else is {@link ManifestGen#main}'s.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (QuickAnswers.answers(args)) {
      StandardOutput stdout = StandardOutput.open();
      PrintWriter out = stdout.writer();
      if (QuickAnswers.print(args, out)) {
        System.exit(stdout.exitStatus(out, new PrintWriter(System.err, true), ExitCodes.OK));
      }
    }
    if (args.length == 1 && (args[0].equals(CheckCommand.NAME) || args[0].equals(ValidateCommand.NAME))
        && remembered(args[0])) {
      return;
    }
    ManifestGen.main(args);
  }

  /**
   * A bare {@code check} or {@code validate} of a tree a full run passed before is answered here, before
   * picocli: exit 0 once printed; false when it must run in full (or the project cannot be found, which
   * picocli's run reports).
   */
  private static boolean remembered(String command) {
    try {
      RememberedRun memory = RememberedRun.of(command, Project.locate(), null);
      StandardOutput stdout = StandardOutput.open();
      PrintWriter out = stdout.writer();
      if (!memory.answer(out)) {
        return false;
      }
      System.exit(stdout.exitStatus(out, new PrintWriter(System.err, true), ExitCodes.OK));
      return true;
    } catch (UsageException | java.io.IOException e) {
      return false;
    }
  }
}
