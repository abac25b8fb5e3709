package dev.manifestgen.cli;

import java.io.PrintWriter;

/**
 * The jar's entry point. The version and the top-level usage are answered here, by classes that name
 * no picocli type ({@link QuickAnswers}): loading {@link ManifestGen} alone would load picocli from a
 * jar late in the class path. So is a bare {@code check} of a tree that passed before ({@link RememberedCheck}).
 * Everything else is {@link ManifestGen#main}'s.
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
    if (args.length == 1 && args[0].equals("check") && rememberedCheck()) {
      return;
    }
    ManifestGen.main(args);
  }

  /**
   * A bare {@code check} of a tree a full check passed before is answered here, before picocli:
   * exit 0 once printed; false when it must run in full (or the project cannot be found, which
   * picocli's run reports).
   */
  private static boolean rememberedCheck() {
    try {
      RememberedCheck memory = RememberedCheck.of(Project.locate(), null);
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
