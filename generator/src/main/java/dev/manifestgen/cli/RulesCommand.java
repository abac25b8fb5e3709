package dev.manifestgen.cli;

import dev.manifestgen.validate.Rule;
import dev.manifestgen.validate.Validator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = "List every validation rule: id, severity, what it checks.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(table());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The rules as a Markdown table (also README's generated section). */
  static String table() {
    StringBuilder s = new StringBuilder("| Rule | Severity | Checks |\n|---|---|---|\n");
    for (Rule r : Validator.rules()) {
      s.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ")
          .append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return s.toString();
  }
}
