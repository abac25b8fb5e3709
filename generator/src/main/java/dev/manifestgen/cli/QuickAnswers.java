package dev.manifestgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Help.Ansi;

/**
 * The answers that need no command model: {@code --version}, and the top-level usage ({@code -h},
 * {@code --help}, no arguments). Building picocli's model of every command costs most of a cold start
 * (about 250 ms of reflection and annotation parsing), far more than the answer itself. The usage is
 * the text picocli renders, written by {@link UsageText} when the jar is built, plain and with ANSI
 * styles; picocli's own rule ({@code Ansi.AUTO}: a terminal, NO_COLOR, picocli.ansi) picks which, unless
 * its answer is certain to be plain ({@link #surelyPlain}).
 */
final class QuickAnswers {
  static final String PLAIN_USAGE = "usage.txt";
  static final String STYLED_USAGE = "usage-ansi.txt";

  private QuickAnswers() {}

  /** Whether {@code args} ask only for the version or the top-level usage. */
  static boolean answers(String[] args) {
    if (args.length == 0) {
      return true;
    }
    return args.length == 1 && switch (args[0]) {
      case "-h", "--help", "-V", "--version" -> true;
      default -> false;
    };
  }

  /**
   * Prints the answer and returns true; false when this build has no rendered usage (classes run
   * from an IDE without the build's process-classes step), and picocli must answer.
   */
  static boolean print(String[] args, PrintWriter out) {
    if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
      for (String line : ToolVersion.lines(null)) {
        out.println(line);
      }
      out.flush();
      return true;
    }
    String usage = usage(!surelyPlain() && Ansi.AUTO.enabled());
    if (usage == null) {
      return false;
    }
    out.print(usage);
    out.flush();
    return true;
  }

  /**
   * Whether picocli's {@code Ansi.AUTO} is certain to choose plain text, without loading picocli (its
   * classes are Java 5 class files that no class-data archive holds): on Linux with standard input or
   * output not a terminal ({@code System.console()} null), no {@code picocli.ansi} property and no
   * {@code CLICOLOR_FORCE}, its rule ends in "not a TTY". Anything else is picocli's to decide.
   */
  static boolean surelyPlain() {
    String force = System.getenv("CLICOLOR_FORCE");
    return System.getProperty("picocli.ansi") == null && (force == null || force.equals("0"))
        && System.console() == null && !System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win");
  }

  /** The rendered top-level usage, or null when the build did not render it. */
  static String usage(boolean styled) {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(styled ? STYLED_USAGE : PLAIN_USAGE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
