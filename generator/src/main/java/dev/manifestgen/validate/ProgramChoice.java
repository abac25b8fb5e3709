package dev.manifestgen.validate;

import dev.manifestgen.contract.ContractProgram;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.OperatorContract;
import io.fabric8.kubernetes.api.model.Container;
import java.util.ArrayList;
import java.util.List;

/**
 * Which program of a binary that holds several a container starts, found as cobra finds the command: the
 * words of the command line ({@code command} after the executable, then {@code args}) with flags taken out
 * (a flag that is not a bool, or that no program has, takes the next word as its value, unless written with
 * {@code =}), then subcommand words matched one by one against the programs' command paths and aliases, up to
 * the first that matches none. The program is the one whose path that is; when there is none, the container
 * names no program: cobra refuses an unknown subcommand of the root, and a command without Run only prints help.
 *
 * @param program the program started; null when the arguments name none
 * @param words the subcommand words matched
 * @param unmatched the first word that matched no subcommand; null when none was left over
 */
record ProgramChoice(ContractProgram program, List<String> words, String unmatched) {

  /** The choice for a container; null when the container shows no sign of running the binary (no flag, no subcommand of it). */
  static ProgramChoice of(OperatorContract binary, Container c) {
    List<String> argv = new ArrayList<>();
    if (c.getCommand() != null && !c.getCommand().isEmpty()) {
      argv.addAll(c.getCommand().subList(1, c.getCommand().size()));
    }
    if (c.getArgs() != null) {
      argv.addAll(c.getArgs());
    }
    boolean namesFlag = false;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String s = argv.get(i);
      if (s.equals("--")) {
        break;
      }
      if (s.startsWith("-") && s.length() > 1) {
        String name = s.startsWith("--") ? s.substring(2) : s.substring(1);
        boolean eq = name.contains("=");
        name = eq ? name.substring(0, name.indexOf('=')) : name;
        Flag flag = flag(binary, name, !s.startsWith("--"));
        namesFlag |= flag != null || name.equals(configFlag(binary));
        boolean longValue = s.startsWith("--") && !eq;
        boolean shortValue = !s.startsWith("--") && !eq && s.length() == 2;
        if ((longValue || shortValue) && (flag == null || flag.type() != FlagType.BOOL)) {
          i++; // '--flag value': cobra takes the next word as the value
        }
        continue;
      }
      if (!s.isEmpty()) {
        positional.add(s);
      }
    }
    List<String> words = new ArrayList<>();
    String unmatched = null;
    for (String word : positional) {
      List<String> next = next(binary, words, word);
      if (next == null) {
        unmatched = word;
        break;
      }
      words = next;
    }
    if (!namesFlag && words.isEmpty() && !(unmatched != null && mistypedCommand(binary, unmatched))) {
      return null;
    }
    List<String> path = words;
    ContractProgram program = binary.programs().stream().filter(p -> p.command().equals(path)).findFirst().orElse(null);
    // cobra accepts extra words after a subcommand (they are its arguments), not after the root
    if (program != null && program.command().isEmpty() && unmatched != null && binary.programs().size() > 1) {
      program = null;
    }
    return new ProgramChoice(program, words, unmatched);
  }

  /**
   * Whether {@code word}, the arguments' only evidence, is a near miss of one of the binary's top-level
   * commands ({@code webhok}): then the container is taken for the operator, so that MG507 says so, rather
   * than for another program whose arguments validate cannot read.
   */
  private static boolean mistypedCommand(OperatorContract binary, String word) {
    List<String> first = new ArrayList<>();
    for (ContractProgram p : binary.programs()) {
      if (p.command().size() == 1) {
        first.add(p.command().get(0));
        first.addAll(p.aliases());
      }
    }
    return dev.manifestgen.values.Suggestions.closest(word, first) != null;
  }

  /** The subcommand path extended by {@code word} (a command word or an alias of the program it ends); null when no program goes on so. */
  private static List<String> next(OperatorContract binary, List<String> words, String word) {
    int depth = words.size();
    for (ContractProgram p : binary.programs()) {
      if (p.command().size() > depth && p.command().subList(0, depth).equals(words)) {
        String own = p.command().get(depth);
        boolean alias = p.command().size() == depth + 1 && p.aliases().contains(word);
        if (own.equals(word) || alias) {
          List<String> out = new ArrayList<>(words);
          out.add(own);
          return out;
        }
      }
    }
    return null;
  }

  private static Flag flag(OperatorContract binary, String name, boolean shorthand) {
    for (ContractProgram p : binary.programs()) {
      for (Flag f : p.contract().flags()) {
        if (!f.envOnly() && (shorthand ? name.equals(f.shorthand()) || name.equals(f.name()) : name.equals(f.name()))) {
          return f;
        }
      }
    }
    return null;
  }

  private static String configFlag(OperatorContract binary) {
    return binary.programs().stream().map(p -> p.contract().configFlag()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }
}
