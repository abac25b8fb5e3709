package dev.manifestgen.cli;

import picocli.CommandLine;

/** Every command's usage, as picocli prints it, for the README. */
final class CommandsHelp {
  private CommandsHelp() {}

  static String markdown() {
    CommandLine cli = ManifestGen.commandLine(new ManifestGen());
    StringBuilder s = new StringBuilder("```\n").append(usage(cli));
    for (var sub : cli.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue;
      }
      s.append('\n').append(usage(sub.getValue()));
      for (CommandLine nested : sub.getValue().getSubcommands().values()) {
        s.append('\n').append(usage(nested));
      }
    }
    return s.append("```\n").toString();
  }

  private static String usage(CommandLine c) {
    c.setUsageHelpWidth(100);
    return c.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }
}
