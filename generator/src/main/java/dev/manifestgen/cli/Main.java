package dev.manifestgen.cli;

import java.io.PrintWriter;

/**
 * The jar's entry point. The version and the top-level usage are answered here, by classes that name
 * no picocli type ({@link QuickAnswers}): loading {@link ManifestGen} alone would load picocli from a
 * jar late in the class path. Everything else is {@link ManifestGen#main}'s.
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
    ManifestGen.main(args);
  }
}
