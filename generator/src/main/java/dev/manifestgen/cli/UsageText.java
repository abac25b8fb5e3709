package dev.manifestgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Run when the jar is built (generator/pom.xml, process-classes): writes the top-level usage as
 * picocli renders it, plain and with ANSI styles, next to {@link QuickAnswers}, which prints it
 * without building the command model.
 */
public final class UsageText {
  private UsageText() {}

  /** The top-level usage as picocli prints it for {@code manifest-gen --help}. */
  static String render(Ansi ansi) {
    CommandLine cli = ManifestGen.commandLine(new ManifestGen());
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    StringWriter text = new StringWriter();
    cli.usage(new PrintWriter(text, true));
    return text.toString();
  }

  /** Writes both renderings into the package directory under {@code args[0]} (target/classes). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(UsageText.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(QuickAnswers.PLAIN_USAGE), render(Ansi.OFF), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(QuickAnswers.STYLED_USAGE), render(Ansi.ON), StandardCharsets.UTF_8);
  }
}
