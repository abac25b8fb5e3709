package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program's cobra command tree: the {@code cobra.Command} literals, which {@code AddCommand} makes children
 * of which, and for each command the code it runs (its scope): its literal (Run, RunE and the other hooks), the
 * function that builds it when that function builds no other command, and every function of the program those
 * reach, except the builders of other commands. A flag belongs to the command whose {@code Flags()} or
 * {@code PersistentFlags()} it is defined on, else to the commands whose scope defines it, else (package level,
 * init, flag sets filled by libraries) to every command.
 */
final class CobraCommands {
  private static final String COBRA = "github.com/spf13/cobra";
  private static final Set<String> FLAG_SETS = Set.of("Flags", "PersistentFlags", "LocalFlags", "LocalNonPersistentFlags");

  /** One command literal. */
  static final class Command {
    final GoFile file;
    final int open;
    final int close;
    final String name;
    /** Other words that choose it ({@code Aliases}), when constant. */
    final List<String> aliases = new ArrayList<>();
    final String variable;
    final GoDeclarations.Function builder;
    final List<Command> children = new ArrayList<>();
    Command parent;
    boolean runnable;
    /** Token ranges of the code the command runs, by file (identity). */
    final Map<GoFile, List<int[]>> scope = new IdentityHashMap<>();

    Command(GoFile file, int open, int close, String name, String variable, GoDeclarations.Function builder) {
      this.file = file;
      this.open = open;
      this.close = close;
      this.name = name;
      this.variable = variable;
      this.builder = builder;
    }

    /** The subcommand words that choose this command, from the root's first child down. */
    List<String> path() {
      List<String> out = new ArrayList<>();
      for (Command c = this; c.parent != null; c = c.parent) {
        out.add(0, c.name);
      }
      return out;
    }

    boolean covers(GoFile f, int index) {
      for (int[] r : scope.getOrDefault(f, List.of())) {
        if (r[0] <= index && index <= r[1]) {
          return true;
        }
      }
      return false;
    }
  }

  private final OperatorProgram program;
  private final GoDeclarations declarations;
  private final List<Command> commands = new ArrayList<>();
  private Command root;

  private CobraCommands(OperatorProgram program, GoDeclarations declarations) {
    this.program = program;
    this.declarations = declarations;
  }

  static CobraCommands find(OperatorProgram program, GoDeclarations declarations, GoConstants constants) {
    CobraCommands tree = new CobraCommands(program, declarations);
    tree.literals(constants);
    tree.link();
    for (Command c : tree.commands) {
      tree.reach(c);
    }
    return tree;
  }

  /** The runnable commands under the root (the root included), in tree order: the programs a container can start. */
  List<Command> programs() {
    List<Command> out = new ArrayList<>();
    if (root != null) {
      walk(root, out);
    }
    return out;
  }

  private static void walk(Command c, List<Command> out) {
    if (c.runnable) {
      out.add(c);
    }
    c.children.forEach(child -> walk(child, out));
  }

  /** The command flags at this definition belong to, and whether they are persistent; null: every command. */
  record Owner(List<Command> commands, boolean persistent) {}

  Owner owner(GoFlagCalls.Definition d) {
    if (d.call() == null || d.call().index() < 0) {
      return null;
    }
    GoCall call = d.call();
    List<GoToken> r = call.receiver();
    GoDeclarations.Function in = declarations.enclosing(call.file(), call.index());
    if (r.size() == 1 && r.get(0).isIdent() && in != null) {
      r = assignedIn(call.file(), in, r.get(0).text()); // fs := cmd.Flags(); fs.BoolVar(...)
    }
    if (r != null && r.size() == 5 && r.get(0).isIdent() && r.get(1).is(".") && FLAG_SETS.contains(r.get(2).text())
        && r.get(3).is("(") && r.get(4).is(")")) {
      Command c = byVariable(call.file(), in, r.get(0).text());
      if (c != null) {
        return new Owner(List.of(c), r.get(2).is("PersistentFlags"));
      }
    }
    List<Command> covering = commands.stream().filter(c -> c.covers(call.file(), call.index())).toList();
    return covering.isEmpty() ? null : new Owner(covering, false);
  }

  /** Whether a definition's flags reach {@code program}: its own, its ancestors' persistent ones, or every command's. */
  boolean reaches(GoFlagCalls.Definition d, Command program) {
    Owner o = owner(d);
    if (o == null || o.commands().contains(program)) {
      return true;
    }
    if (!o.persistent()) {
      return false;
    }
    for (Command a = program.parent; a != null; a = a.parent) {
      if (o.commands().contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code cobra.Command{...}} literal in a file: the index of its package name's token, of its opening
   * brace, and the variable it is assigned to ({@code cmd := &cobra.Command{...}}; null when none).
   */
  record CommandLiteral(int start, int brace, String variable) {}

  /** The cobra command literals of a file, in source order. */
  static List<CommandLiteral> commandLiterals(GoFile f) {
    List<CommandLiteral> found = new ArrayList<>();
    List<GoToken> t = f.tokens();
    for (int i = 0; i + 3 < t.size(); i++) {
      if (!t.get(i).isIdent() || !t.get(i + 1).is(".") || !t.get(i + 2).is("Command") || !t.get(i + 3).is("{")
          || !f.refersTo(t.get(i).text(), COBRA)) {
        continue;
      }
      int j = i > 0 && t.get(i - 1).is("&") ? i - 2 : i - 1;
      String variable = j > 0 && (t.get(j).is(":=") || t.get(j).is("=")) && t.get(j - 1).isIdent() ? t.get(j - 1).text() : null;
      found.add(new CommandLiteral(i, i + 3, variable));
    }
    return found;
  }

  private void literals(GoConstants constants) {
    for (GoFile f : ordered()) {
      List<GoToken> t = f.tokens();
      for (CommandLiteral literal : commandLiterals(f)) {
        int i = literal.start();
        int brace = literal.brace();
        List<GoToken> use = GoContractExtractor.field(t, brace, "Use");
        String name = use != null && GoExpressions.evaluate(f, use, constants) instanceof GoValue.Str s && !s.value().isBlank()
            ? s.value().trim().split("\\s+")[0] : null;
        Command c = new Command(f, brace, GoCall.matching(t, brace), name, literal.variable(), declarations.enclosing(f, i));
        List<GoToken> aliases = GoContractExtractor.field(t, brace, "Aliases");
        if (aliases != null && GoExpressions.evaluate(f, aliases, constants) instanceof GoValue.Slice list) {
          list.elements().stream().filter(e -> e instanceof GoValue.Str).forEach(e -> c.aliases.add(((GoValue.Str) e).value()));
        }
        for (String hook : List.of("Run", "RunE")) {
          List<GoToken> v = GoContractExtractor.field(t, brace, hook);
          c.runnable |= v != null && !(v.size() == 1 && v.get(0).is("nil"));
        }
        commands.add(c);
      }
      // cmd.RunE = run after the literal
      for (int i = 0; i + 3 < t.size(); i++) {
        if (t.get(i).isIdent() && t.get(i + 1).is(".") && (t.get(i + 2).is("Run") || t.get(i + 2).is("RunE")) && t.get(i + 3).is("=")
            && (i == 0 || !t.get(i - 1).is("."))) {
          Command c = byVariable(f, declarations.enclosing(f, i), t.get(i).text());
          if (c != null) {
            c.runnable |= !(i + 4 < t.size() && t.get(i + 4).is("nil"));
          }
        }
      }
    }
  }

  /** The main package's files first, so the root is its command. */
  private List<GoFile> ordered() {
    List<GoFile> out = new ArrayList<>(program.mainFiles());
    program.files().stream().filter(f -> !f.packagePath().equals(program.mainPackage())).forEach(out::add);
    return out;
  }

  private void link() {
    for (GoFile f : program.files()) {
      for (GoCall add : GoCall.find(f, Set.of("AddCommand"))) {
        GoDeclarations.Function in = declarations.enclosing(f, add.index());
        Command parent = add.receiver().size() == 1 && add.receiver().get(0).isIdent()
            ? byVariable(f, in, add.receiver().get(0).text()) : null;
        if (parent == null) {
          continue;
        }
        for (List<GoToken> arg : add.arguments()) {
          Command child = byHandle(f, in, GoContractExtractor.commandHandle(arg), qualifier(f, arg));
          if (child != null && child != parent && child.parent == null) {
            child.parent = parent;
            parent.children.add(child);
          }
        }
      }
    }
    root = commands.stream().filter(c -> c.parent == null && !c.children.isEmpty()).findFirst()
        .orElse(commands.stream().filter(c -> c.parent == null).findFirst().orElse(null));
  }

  /** The command a variable holds, seen from a function: one built there, else in the file, else the program's only one. */
  private Command byVariable(GoFile f, GoDeclarations.Function in, String variable) {
    List<Command> named = commands.stream().filter(c -> variable.equals(c.variable)).toList();
    for (Command c : named) {
      if (in != null && c.builder == in) {
        return c;
      }
    }
    List<Command> inFile = named.stream().filter(c -> c.file == f && c.builder == null).toList();
    if (inFile.size() == 1) {
      return inFile.get(0);
    }
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * What an AddCommand argument names: a command variable, or the function that builds (only) that command,
   * in the imported package {@code path} when the call is qualified ({@code controller.NewCmd()}, where every
   * subcommand's package has its own {@code NewCmd}).
   */
  private Command byHandle(GoFile f, GoDeclarations.Function in, String handle, String path) {
    Command byVar = path == null ? byVariable(f, in, handle) : null;
    if (byVar != null) {
      return byVar;
    }
    List<Command> built = commands.stream().filter(c -> c.builder != null && c.builder.name().equals(handle)
        && (path == null || c.builder.file().packagePath().equals(path)) && exclusive(c.builder)).toList();
    return built.size() == 1 ? built.get(0) : null;
  }

  /** The import path of the package an AddCommand argument's builder is called from ({@code pkg.NewCmd()}); null when unqualified. */
  private static String qualifier(GoFile f, List<GoToken> arg) {
    int end = arg.size();
    if (end >= 5 && arg.get(0).isIdent() && arg.get(1).is(".") && arg.get(2).isIdent() && arg.get(3).is("(")
        && arg.get(end - 1).is(")") && GoCall.matching(arg, 3) == end - 1) {
      return f.importPathOf(arg.get(0).text());
    }
    return null;
  }

  /** Whether the function builds exactly one command. */
  private boolean exclusive(GoDeclarations.Function f) {
    return commands.stream().filter(c -> c.builder == f).count() == 1;
  }

  /** The assigned value of {@code variable} in the function's body ({@code v := expr}); null when none. */
  private static List<GoToken> assignedIn(GoFile f, GoDeclarations.Function in, String variable) {
    List<GoToken> t = f.tokens();
    for (int i = in.bodyStart(); i + 2 < in.bodyEnd(); i++) {
      if (t.get(i).is(variable) && (t.get(i + 1).is(":=") || t.get(i + 1).is("=")) && !t.get(i - 1).is(".")) {
        return t.subList(i + 2, GoCall.topLevelEnd(t, i + 2, ";", "}"));
      }
    }
    return null;
  }

  /** The command's scope: its literal, its own builder, and the program's functions they reach (not other commands' builders). */
  private void reach(Command c) {
    Deque<Object[]> work = new ArrayDeque<>();
    Set<GoDeclarations.Function> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    work.add(new Object[] {c.file, new int[] {c.open, c.close}});
    if (c.builder != null && exclusive(c.builder)) {
      seen.add(c.builder);
      work.add(new Object[] {c.file, new int[] {c.builder.bodyStart(), c.builder.bodyEnd()}});
    }
    Set<GoDeclarations.Function> otherBuilders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    commands.stream().filter(o -> o != c && o.builder != null && exclusive(o.builder)).forEach(o -> otherBuilders.add(o.builder));
    while (!work.isEmpty()) {
      Object[] item = work.poll();
      GoFile f = (GoFile) item[0];
      int[] range = (int[]) item[1];
      c.scope.computeIfAbsent(f, x -> new ArrayList<>()).add(range);
      List<GoToken> t = f.tokens();
      for (int k = range[0]; k <= range[1] && k < t.size(); k++) {
        if (!t.get(k).isIdent()) {
          continue;
        }
        for (GoDeclarations.Function fn : referenced(f, t, k)) {
          if (fn.bodyStart() >= 0 && !otherBuilders.contains(fn) && !fn.name().equals("main") && seen.add(fn)) {
            work.add(new Object[] {fn.file(), new int[] {fn.bodyStart(), fn.bodyEnd()}});
          }
        }
      }
    }
  }

  /** The program's functions (or, for {@code x.M(}, methods) an identifier may name. */
  private List<GoDeclarations.Function> referenced(GoFile f, List<GoToken> t, int k) {
    String name = t.get(k).text();
    boolean selected = k > 0 && t.get(k - 1).is(".");
    if (!selected) {
      return declarations.functions(f.packagePath(), name);
    }
    String qualifier = k > 1 && t.get(k - 2).isIdent() ? t.get(k - 2).text() : null;
    String path = qualifier == null ? null : f.importPathOf(qualifier);
    if (path != null) {
      return declarations.functions(path, name);
    }
    return declarations.methods(name); // o.run( or a method value: RunE: o.run
  }

  /** Whether token {@code index} of the file is inside some command's literal. */
  boolean insideLiteral(GoFile f, int index) {
    return commands.stream().anyMatch(c -> c.file == f && c.open <= index && index <= c.close);
  }

  /** Every command, for notes. */
  List<Command> all() {
    return commands;
  }

  static Set<String> names(List<Command> commands) {
    Set<String> out = new LinkedHashSet<>();
    commands.forEach(c -> out.add(String.join(" ", c.path())));
    return out;
  }
}
