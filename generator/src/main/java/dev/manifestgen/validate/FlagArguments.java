package dev.manifestgen.validate;

import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.OperatorContract;
import java.util.List;

/**
 * A container's arguments read as the operator's flag library reads them: {@code --name=value},
 * {@code --name value} and a bare {@code --name} for a bool. A word with one dash is, when the contract
 * lists shorthands (pflag), read by pflag's shorthand rules: {@code -l} (a bool, or taking the next word),
 * {@code -l=value}, {@code -lvalue}, and bool shorthands grouped as {@code -abc}, the first letter that is
 * not a bool taking the rest of the word as its value; otherwise as Go's flag package reads
 * {@code -name}. {@code --} ends the flags.
 */
final class FlagArguments {
  /** Ends the {@code written} of a flag that takes a value but is the last word: the library refuses it (MG502). */
  static final String NO_VALUE = " (last word, no value)";

  private FlagArguments() {}

  /** Adds one setting per flag the arguments at {@code field} (a path such as {@code ...containers[0].args}) set. */
  static void read(ManifestObject o, List<String> args, String field, OperatorContract contract, List<OperatorInstance.Setting> out) {
    boolean shorthands = contract.flags().stream().anyMatch(f -> f.shorthand() != null);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        continue;
      }
      String argPath = field + "[" + i + "]";
      if (shorthands && !arg.startsWith("--")) {
        i += shorthand(o, args, i, argPath, contract, out);
        continue;
      }
      String body = arg.substring(arg.startsWith("--") ? 2 : 1);
      int eq = body.indexOf('=');
      if (eq >= 0) {
        out.add(new OperatorInstance.Setting(body.substring(0, eq), body.substring(eq + 1), OperatorInstance.Source.ARGUMENT, o,
            argPath, o.lineOf(argPath)));
      } else if (!isBool(contract, body)) {
        // pflag and Go's flag package take the next word as the value, whatever it is; none: they refuse
        boolean next = i + 1 < args.size();
        out.add(new OperatorInstance.Setting(body, next ? args.get(i + 1) : null, OperatorInstance.Source.ARGUMENT, o, argPath,
            o.lineOf(argPath), next ? null : arg + NO_VALUE));
        i += next ? 1 : 0;
      } else {
        out.add(new OperatorInstance.Setting(body, "true", OperatorInstance.Source.ARGUMENT, o, argPath, o.lineOf(argPath)));
      }
    }
  }

  /**
   * pflag's parseShortArg: letter by letter; a bool takes "true" (or the value after {@code =}) and lets the next
   * letter go on; any other flag takes the rest of the word, or else the next word. Returns how many following
   * words were taken as a value (0 or 1). An unknown letter is a setting named {@code -x}: pflag refuses it.
   */
  private static int shorthand(ManifestObject o, List<String> args, int i, String argPath, OperatorContract contract,
      List<OperatorInstance.Setting> out) {
    String letters = args.get(i).substring(1);
    int line = o.lineOf(argPath);
    while (!letters.isEmpty()) {
      String c = letters.substring(0, letters.offsetByCodePoints(0, 1));
      String rest = letters.substring(c.length());
      Flag flag = contract.flags().stream().filter(f -> c.equals(f.shorthand()) && !f.envOnly()).findFirst().orElse(null);
      String written = "-" + c + " (in " + args.get(i) + ")";
      if (flag == null) {
        out.add(new OperatorInstance.Setting("-" + c, "true", OperatorInstance.Source.ARGUMENT, o, argPath, line,
            args.get(i).length() == 2 ? args.get(i) : written));
        return 0;
      }
      if (args.get(i).length() == 2) {
        written = args.get(i);
      }
      if (rest.length() > 1 && rest.startsWith("=")) {
        out.add(new OperatorInstance.Setting(flag.name(), rest.substring(1), OperatorInstance.Source.ARGUMENT, o, argPath, line, written));
        return 0;
      }
      if (flag.type() == FlagType.BOOL) {
        out.add(new OperatorInstance.Setting(flag.name(), "true", OperatorInstance.Source.ARGUMENT, o, argPath, line, written));
        letters = rest;
        continue;
      }
      if (!rest.isEmpty()) {
        out.add(new OperatorInstance.Setting(flag.name(), rest, OperatorInstance.Source.ARGUMENT, o, argPath, line, written));
        return 0;
      }
      if (i + 1 < args.size()) {
        out.add(new OperatorInstance.Setting(flag.name(), args.get(i + 1), OperatorInstance.Source.ARGUMENT, o, argPath, line, written));
        return 1;
      }
      out.add(new OperatorInstance.Setting(flag.name(), null, OperatorInstance.Source.ARGUMENT, o, argPath, line, written + NO_VALUE));
      return 0;
    }
    return 0;
  }

  /** pflag gives a bool flag no separate value word; an unknown flag is treated the same way. */
  static boolean isBool(OperatorContract contract, String name) {
    return contract.flag(name).map(f -> f.type() == FlagType.BOOL).orElse(true);
  }
}
