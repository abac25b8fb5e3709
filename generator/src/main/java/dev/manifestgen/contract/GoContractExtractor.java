package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoModule;
import dev.manifestgen.golang.GoSourceException;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an operator's contract from its Go source, without a Go toolchain: the module is tokenized
 * and the extractor matches the patterns operators use. Only the operator's program is read (see
 * {@link OperatorProgram}): the main package that builds the manager and the module's packages it
 * imports; helper binaries, tools and e2e programs in the same module are not the contract.
 *
 * <ul>
 *   <li>Flags: pflag and Go {@code flag} definitions (see {@link GoFlagCalls}) whose receiver
 *       {@link GoFlagSets} finds to be a flag set, names and defaults evaluated through the module's
 *       constants, also across packages and aliased imports; {@code MarkHidden(name)} marks one hidden.
 *       A default that is not a constant is null. Flags a library outside the module registers
 *       ({@code klog.InitFlags}, zap's {@code BindFlags}) are not seen. Go {@code flag} definitions
 *       count whether they reach cobra through {@code AddGoFlagSet} or not.
 *   <li>Env: {@code viper.AutomaticEnv()} with {@code SetEnvKeyReplacer(strings.NewReplacer(...))} and
 *       {@code SetEnvPrefix}; the config flag from {@code viper.SetConfigFile(x)} where x is
 *       {@code viper.GetString(flag)}, a variable assigned from it, or a variable the flag is bound to;
 *       failing that, a flag named {@code config} when the code calls {@code viper.ReadInConfig()}.
 *       Variables read with {@code os.Getenv} and {@code os.LookupEnv}.
 *   <li>Leader election: the {@code LeaderElectionID}, {@code LeaderElectionResourceLock} and
 *       {@code LeaderElection} fields of the manager options (a constant, {@code viper.GetString(flag)}
 *       directly or through a local, or a variable or options field a flag is bound to); without a lock
 *       type in code, the default of the controller-runtime version go.mod requires (or replaces it with).
 *   <li>Permissions: {@code // +kubebuilder:rbac:groups=...,resources=...,verbs=...} markers, lists
 *       separated by {@code ;}, {@code core} meaning the core group, in file order.
 *   <li>Webhooks ({@link WebhookMarkers}), the webhook server's port (the {@code Port} of the manager's
 *       or webhook server's options), and served kinds ({@link KindMarkers}).
 *   <li>Several programs: when two or more cobra commands run ({@link CobraCommands}), one contract per
 *       command, its flags, lock, port, namespaces and config flag read from its own code
 *       ({@link ContractProgram}); shorthands of pflag's P forms ({@link Flag#shorthand()}).
 *   <li>Typed config files ({@link ConfigFileKeys}): which key of the file fixes the lock name, election,
 *       webhook port and metrics address ({@link OperatorContract#configKeys()}).
 * </ul>
 *
 * <p>What the extractor cannot resolve (a receiver from another module, a flag name or lock name that
 * is not a constant, a marker the contract cannot hold) is left out or unknown (null) and described in
 * {@link Result#notes()}; only input errors (no module, Go it cannot tokenize, no or several operator
 * programs) are exceptions.
 *
 * <p>Markers cannot say that a permission is only needed when a flag is on (the webhook configurations
 * only with {@code enable-webhook}). This project's marker extension says it: a comment
 * {@code // +manifest-gen:rbac:when=FLAG} right above a {@code +kubebuilder:rbac} marker (no other
 * marker in between) gives that permission {@code when: FLAG}. controller-gen ignores markers it does
 * not know, so the extension does not disturb it. FLAG must be a bool flag of the operator.
 *
 * <p>The operator's name is the {@code Use} of its program's root cobra command, else its main
 * package's directory (see {@link #operatorName()}); the source is the module path, with the content
 * of the root's VERSION file when there is one.
 */
public final class GoContractExtractor {
  private static final String VIPER = "github.com/spf13/viper";
  private static final Set<String> WEBHOOK_OPTION_PACKAGES = Set.of("sigs.k8s.io/controller-runtime",
      "sigs.k8s.io/controller-runtime/pkg/manager", "sigs.k8s.io/controller-runtime/pkg/webhook");
  private static final int CONTROLLER_RUNTIME_WEBHOOK_PORT = 9443;
  private static final String CONTROLLER_RUNTIME = "sigs.k8s.io/controller-runtime";
  private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+).*");
  private static final Map<String, String> LOCK_CONSTANTS = Map.of("ConfigMapsResourceLock", "configmaps",
      "LeasesResourceLock", "leases", "ConfigMapsLeasesResourceLock", "configmapsleases",
      "EndpointsResourceLock", "endpoints", "EndpointsLeasesResourceLock", "endpointsleases");

  private final GoModule module;
  private final OperatorProgram program;
  private final GoConstants constants;
  private final GoDeclarations declarations;
  private final GoFlagSets flagSets;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, GoFlagCalls.Definition> flags = new TreeMap<>();
  private static final String AMBIGUOUS = "";
  /** Go variables holding a flag's value, to the flag; {@link #AMBIGUOUS} when bound to several. */
  private final Map<String, String> flagVariables = new HashMap<>();
  private final Set<String> hidden = new TreeSet<>();
  /** Which key of a typed config file fixes which contract fact, for the program being read ({@link ConfigFileKeys}). */
  private final Map<String, String> configKeys = new TreeMap<>();
  private List<ConfigFileKeys.Decoded> decoded = List.of();
  private CobraCommands commands;
  /** The command whose program is being read; null for the whole binary. */
  private CobraCommands.Command scope;
  /** What other libraries say of a flag (its env variables, the library that registers it), by name. */
  private final Map<String, Flag> libraryFlags = new HashMap<>();
  /** The ways the program declares flags that the extractor could not read ({@link Result#unread()}). */
  private final List<String> unread = new ArrayList<>();

  private GoContractExtractor(GoModule module, OperatorProgram program) {
    this.module = module;
    this.program = program;
    this.constants = new GoConstants(module);
    this.declarations = new GoDeclarations(program.files());
    this.flagSets = new GoFlagSets(declarations);
  }

  /**
   * What extraction found besides the contract.
   *
   * @param program the operator's main package (relative to the module root)
   * @param notes calls and markers that were skipped and why, in file order (what {@code --verbose} prints)
   */
  public record Result(OperatorContract contract, String program, List<String> notes, List<String> unread) {
    public Result {
      notes = List.copyOf(notes);
      unread = List.copyOf(unread);
    }

    /** Whether the extractor could read every way the program declares its flags. */
    public boolean complete() {
      return unread.isEmpty();
    }
  }

  /**
   * Command-line and configuration libraries whose declarations the extractor does not read: a program
   * that imports one has flags the contract would not list.
   */
  private static final List<String> UNREAD_LIBRARIES = List.of("github.com/jessevdk/go-flags", "gopkg.in/alecthomas/kingpin.v2",
      "github.com/alecthomas/kingpin/v2", "github.com/alecthomas/kingpin", "github.com/peterbourgon/ff",
      "github.com/peterbourgon/ff/v3", "github.com/peterbourgon/ff/v4", "github.com/namsral/flag", "github.com/integrii/flaggy",
      "github.com/docopt/docopt-go", "github.com/sethvargo/go-envconfig", "github.com/ilyakaznacheev/cleanenv",
      "github.com/knadh/koanf", "github.com/knadh/koanf/v2", "github.com/octago/sflags", "github.com/mkideal/cli");

  /** Extracts the contract of the operator program of the Go module in {@code root}. */
  public static OperatorContract extract(Path root) throws GoSourceException {
    return extract(root, null).contract();
  }

  /**
   * Extracts the contract of the Go module in {@code root}, reading only the operator's program: {@code main}
   * (a main package's import path or directory) when given, else the one main package that builds an operator.
   */
  public static Result extract(Path root, String main) throws GoSourceException {
    List<GoSourceException> unreadable = new ArrayList<>();
    GoModule module = GoModule.read(root, unreadable::add);
    OperatorProgram program = OperatorProgram.find(module, main);
    // A file the tokenizer refuses matters only when it belongs to the operator's program.
    for (GoSourceException problem : unreadable) {
      String file = problem.getMessage().substring(0, Math.max(0, problem.getMessage().indexOf(':')));
      String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
      if (program.packages().contains(dir.isEmpty() ? module.path() : module.path() + "/" + dir)) {
        throw problem;
      }
    }
    GoContractExtractor e = new GoContractExtractor(module, program);
    unreadable.forEach(problem -> e.notes.add(problem.getMessage() + " (not part of the operator's program)"));
    OperatorContract contract = e.extract();
    return new Result(contract, e.program.display(), List.copyOf(new java.util.LinkedHashSet<>(e.notes)), e.unread);
  }

  private OperatorContract extract() throws GoSourceException {
    List<GoFlagCalls.Skipped> skipped = new ArrayList<>();
    Set<String> unreferenced = unreferencedFunctions();
    List<GoFlagCalls.Definition> own = new ArrayList<>();
    for (GoFile f : program.files()) {
      for (GoFlagCalls.Definition d : GoFlagCalls.find(f, constants, flagSets, skipped)) {
        GoDeclarations.Function in = enclosingAt(f, d.line());
        if (in != null && unreferenced.contains(in.name())) {
          notes.add(d.file() + ":" + d.line() + ": flag " + d.name() + " is defined in " + in.name()
              + ", which nothing in the program calls or refers to; not a flag");
          continue;
        }
        own.add(d);
      }
    }
    skipped.forEach(s -> notes.add(s.toString()));
    List<GoFlagCalls.Definition> all = new ArrayList<>(own);
    all.addAll(otherLibraries());
    List<Flag> flagList = bind(all, null);
    List<Webhook> webhooks = WebhookMarkers.find(program.files(), notes::add);
    CobraCommands tree = CobraCommands.find(program, declarations, constants);
    commands = tree;
    List<CobraCommands.Command> programs = tree.programs();
    String name = operatorName();
    EnvBinding env = env();
    List<String> environment = environment();
    List<Permission> permissions = RbacMarkers.read(program.files(), flags, notes);
    List<ServedKind> kinds = KindMarkers.find(program.files());
    if (programs.size() < 2) {
      return contract(name, flagList, env, environment, permissions, !webhooks.isEmpty(), webhooks, kinds);
    }
    List<ContractProgram> contracts = new ArrayList<>();
    for (CobraCommands.Command p : programs) {
      List<GoFlagCalls.Definition> its = all.stream().filter(d -> tree.reaches(d, p)).toList();
      List<Flag> programFlags = bind(its, p);
      String programName = p.path().isEmpty() ? name : name + " " + String.join(" ", p.path());
      contracts.add(new ContractProgram(p.path(), p.aliases, contract(programName, programFlags, env, environment, permissions, false,
          webhooks, kinds)));
    }
    scope = null;
    return new OperatorContract(name, source(), null, null, List.of(), env, environment, null, permissions, null, webhooks,
        kinds, contracts);
  }

  /**
   * Takes these definitions as the flags (for one program: {@code scope} is its command; null for the whole binary):
   * the bound variables, UnmarshalKey targets and MarkHidden calls that go with them; returns the flags, by name.
   */
  private List<Flag> bind(List<GoFlagCalls.Definition> definitions, CobraCommands.Command scope) {
    this.scope = scope;
    flags.clear();
    flagVariables.clear();
    hidden.clear();
    configKeys.clear();
    definitions.forEach(this::addFlag);
    // viper.UnmarshalKey(flag, &v): v holds the flag's value as much as a variable a flag is bound to
    for (GoCall c : viperCalls("UnmarshalKey")) {
      String target = c.arguments().size() >= 2 ? pointerTarget(c.arguments().get(1)) : null;
      String flag = target == null ? null : flagName(c, c.arguments().get(0));
      if (flag != null) {
        String bound = flagVariables.get(target);
        flagVariables.put(target, bound == null || bound.equals(flag) ? flag : AMBIGUOUS);
      }
    }
    // the whole program's MarkHidden: a parent command hides its persistent flags where it defines them
    for (GoCall c : callIndex("MarkHidden")) {
      if (c.arguments().size() != 1) {
        continue;
      }
      GoValue name = GoExpressions.evaluate(c.file(), c.arguments().get(0), constants);
      if (!(name instanceof GoValue.Str s)) {
        notes.add(c.file().display() + ":" + c.line() + ": MarkHidden(" + GoToken.joined(c.arguments().get(0)) + "): not a flag name the"
            + " extractor can resolve");
      } else if (flags.containsKey(s.value())) {
        hidden.add(s.value());
      } else if (scope == null) {
        notes.add(c.file().display() + ":" + c.line() + ": MarkHidden(\"" + s.value() + "\"): no such flag");
      }
    }
    decoded = ConfigFileKeys.find(program.files(), declarations, this::boundVariable).stream()
        .filter(d -> flags.containsKey(d.flag()) && (scope == null || d.componentConfig() || inScopeFile(d.file()))).toList();
    List<Flag> flagList = new ArrayList<>();
    for (GoFlagCalls.Definition d : flags.values()) {
      Flag other = libraryFlags.get(d.name());
      flagList.add(other == null ? new Flag(d.name(), d.type(), d.defaultValue(), hidden.contains(d.name()), List.of(), null,
          false, d.shorthand())
          : new Flag(d.name(), d.type(), d.defaultValue(), hidden.contains(d.name()) || other.hidden(), other.env(),
              other.library(), other.envOnly(), d.shorthand()));
    }
    return flagList;
  }

  /** Whether some code of the file is the program being read's. */
  private boolean inScopeFile(GoFile f) {
    return scope == null || scope.scope.containsKey(f);
  }

  /** Whether the program reads controller-runtime's ComponentConfig file. */
  private boolean componentConfig() {
    return decoded.stream().anyMatch(ConfigFileKeys.Decoded::componentConfig);
  }

  /** Records that a typed config file's key fixes a fact, when the expression reads one; whether it does. */
  private boolean configKey(String fact, GoFile file, List<GoToken> value) {
    String key = ConfigFileKeys.keyOf(decoded, declarations, file, value);
    if (key != null) {
      configKeys.put(fact, key);
    }
    return key != null;
  }

  /** The program's contract from the flags bound last ({@link #bind}): config file, lock, port, namespaces. */
  private OperatorContract contract(String name, List<Flag> flagList, EnvBinding env, List<String> environment, List<Permission> permissions,
      boolean marked, List<Webhook> webhooks, List<ServedKind> kinds) throws GoSourceException {
    LeaderElection le = leaderElection();
    WebhookServer server = webhookServer(marked);
    metrics();
    return new OperatorContract(name, source(), configFlag(), namespacesFlag(), flagList, env, environment, le, permissions, server,
        webhooks, kinds, List.of(), Map.copyOf(configKeys));
  }

  /** The metrics address, recorded only when a typed config file sets it (the contract has no metrics facts of its own). */
  private void metrics() {
    List<Field> set = fields("MetricsBindAddress");
    for (Field f : set) {
      configKey("metrics.bindAddress", f.file(), f.value());
    }
    if (set.isEmpty() && componentConfig()) {
      configKeys.put("metrics.bindAddress", ConfigFileKeys.COMPONENT_CONFIG.get("metrics.bindAddress"));
    }
  }

  /** Whether token {@code index} of the file is code of the program being read: package level, or in its command's scope. */
  private boolean inScope(GoFile f, int index) {
    if (scope == null || index < 0 || scope.covers(f, index)) {
      return true;
    }
    // package level is every program's, except inside a command literal (var rootCmd = &cobra.Command{RunE: func...})
    return declarations.enclosing(f, index) == null && !commands.insideLiteral(f, index);
  }

  /**
   * Flags declared through other libraries: struct tags (kong, go-arg, envconfig, caarlos0/env), urfave/cli
   * literals, and flag sets a library fills (klog, controller-runtime's zap); and the imports of libraries
   * the extractor does not read, which make the contract partial.
   */
  private List<GoFlagCalls.Definition> otherLibraries() {
    List<StructTagFlags.Unread> missed = new ArrayList<>();
    StructTagFlags.Result tagged = StructTagFlags.find(program.files(), declarations, constants);
    List<StructTagFlags.Found> found = new ArrayList<>(tagged.flags());
    missed.addAll(tagged.unread());
    for (GoFile f : program.files()) {
      found.addAll(UrfaveCliFlags.find(f, constants, missed));
      for (LibraryFlags.Registered r : LibraryFlags.find(f, constants)) {
        r.flags().forEach(flag -> found.add(new StructTagFlags.Found(flag, null, r.file(), r.line())));
      }
      missed.addAll(LibraryFlags.unreadRegistrations(f, declarations));
      for (String path : f.importPaths().keySet()) {
        if (UNREAD_LIBRARIES.contains(path)) {
          int line = f.tokens().stream().filter(t -> t.kind() == GoToken.Kind.STRING && t.value().equals(path)).findFirst()
              .map(GoToken::line).orElse(1);
          missed.add(new StructTagFlags.Unread(f.display(), line, "import \"" + path + "\"",
              "the extractor does not read flags declared with this library"));
        }
      }
    }
    List<GoFlagCalls.Definition> definitions = new ArrayList<>();
    for (StructTagFlags.Found x : found) {
      Flag flag = x.flag();
      definitions.add(new GoFlagCalls.Definition(flag.name(), flag.type(), flag.defaultValue(), x.variable(), x.file(), x.line()));
      libraryFlags.putIfAbsent(flag.name(), flag);
    }
    missed.forEach(m -> unread.add(m.toString()));
    String init = LibraryFlags.initFlagsNote(program.files());
    if (init != null) {
      notes.add(init);
    }
    return definitions;
  }

  /**
   * Functions (not methods) whose name occurs nowhere in the program but in their declaration: nothing
   * calls them (nor passes them as a value, such as a cobra RunE), so the flags they define are not the
   * program's.
   */
  private Set<String> unreferencedFunctions() {
    Map<String, Integer> occurrences = new HashMap<>();
    Set<String> declared = new HashSet<>();
    for (GoFile f : program.files()) {
      List<GoToken> t = f.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).isIdent()) {
          occurrences.merge(t.get(i).text(), 1, Integer::sum);
        }
        // functions only: a method may be called through an interface by a library outside the program
        if (t.get(i).is("func") && i + 1 < t.size() && t.get(i + 1).isIdent()) {
          declared.add(t.get(i + 1).text());
        }
      }
    }
    Set<String> out = new HashSet<>();
    for (String name : declared) {
      if (!name.equals("main") && !name.equals("init") && occurrences.getOrDefault(name, 0) == 1) {
        out.add(name);
      }
    }
    return out;
  }

  /** The function whose body holds the first token on {@code line} of the file; null at package level. */
  private GoDeclarations.Function enclosingAt(GoFile f, int line) {
    List<GoToken> t = f.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).line() == line) {
        return declarations.enclosing(f, i);
      }
    }
    return null;
  }

  private void addFlag(GoFlagCalls.Definition d) {
    GoFlagCalls.Definition first = flags.get(d.name());
    if (first == null) {
      flags.put(d.name(), d);
    } else if (first.type() != d.type()) {
      notes.add(d.file() + ":" + d.line() + ": flag " + d.name() + " defined as " + d.type().yamlName() + ", but as "
          + first.type().yamlName() + " at " + first.file() + ":" + first.line() + "; the first definition is kept");
      return;
    } else if (!java.util.Objects.equals(first.defaultValue(), d.defaultValue())) {
      // Defined by two commands with different defaults: which one applies depends on the command.
      flags.put(d.name(), first.withDefault(null));
    }
    if (d.variable() != null) {
      String bound = flagVariables.get(d.variable());
      // A variable name bound to two flags (in different functions) tells nothing: forget it.
      flagVariables.put(d.variable(), bound == null || bound.equals(d.name()) ? d.name() : AMBIGUOUS);
    }
  }

  /** {@code &x} or {@code &pkg.x} gives x; null otherwise. */
  private static String pointerTarget(List<GoToken> arg) {
    return arg.size() >= 2 && arg.get(0).is("&") && arg.get(arg.size() - 1).isIdent() ? arg.get(arg.size() - 1).text() : null;
  }

  private String boundVariable(String variable) {
    String flag = flagVariables.get(variable);
    return flag == null || flag.equals(AMBIGUOUS) ? null : flag;
  }

  /** The flag a getter's constant argument names; null (and a note) when it is not a constant. */
  private String flagName(GoCall call, List<GoToken> argument) {
    GoValue v = GoExpressions.evaluate(call.file(), argument, constants);
    if (v instanceof GoValue.Str s) {
      return s.value();
    }
    notes.add(call.file().display() + ":" + call.line() + ": " + call.method() + "(" + GoToken.joined(argument)
        + "): not a flag name the extractor can resolve");
    return null;
  }

  /**
   * The binary's name: the {@code Use} of its root cobra command (a command literal in the program that no
   * {@code AddCommand} adds, the main package's first); without cobra, the main package's directory (the
   * module path's last element for a main package at the root or in cmd/).
   */
  private String operatorName() {
    Set<String> added = new HashSet<>();
    for (GoCall c : calls("AddCommand")) {
      for (List<GoToken> arg : c.arguments()) {
        added.add(commandHandle(arg));
      }
    }
    List<GoFile> ordered = new ArrayList<>(program.mainFiles());
    program.files().stream().filter(f -> !f.packagePath().equals(program.mainPackage())).forEach(ordered::add);
    for (GoFile f : ordered) {
      List<GoToken> t = f.tokens();
      for (CobraCommands.CommandLiteral literal : CobraCommands.commandLiterals(f)) {
        GoDeclarations.Function function = declarations.enclosing(f, literal.start());
        if (added.contains(literal.variable()) || function != null && added.contains(function.name())) {
          continue;
        }
        List<GoToken> use = field(t, literal.brace(), "Use");
        if (use != null && GoExpressions.evaluate(f, use, constants) instanceof GoValue.Str name && !name.value().isBlank()) {
          return name.value().trim().split("\\s+")[0];
        }
      }
    }
    String dir = GoModule.lastElement(program.mainPackage());
    return program.display().equals(".") || dir.equals("cmd") ? GoModule.lastElement(module.path()) : dir;
  }

  /** What an AddCommand argument names: a variable ({@code cmd}, {@code pkg.Cmd}) or the function that makes it. */
  static String commandHandle(List<GoToken> arg) {
    int end = arg.size();
    if (end > 0 && arg.get(end - 1).is(")")) {
      int depth = 0;
      for (int i = end - 1; i >= 0; i--) {
        depth += arg.get(i).is(")") ? 1 : arg.get(i).is("(") ? -1 : 0;
        if (depth == 0) {
          end = i;
          break;
        }
      }
    }
    for (int i = end - 1; i >= 0; i--) {
      if (arg.get(i).isIdent()) {
        return arg.get(i).text();
      }
    }
    return "";
  }

  /**
   * The port the webhook server listens on: a {@code Port} given to controller-runtime's manager, webhook
   * server or webhook options (a constant, or a flag through viper or a bound variable); controller-runtime's
   * default 9443 when webhooks are marked and no port is set; null when the operator serves no webhook.
   */
  private WebhookServer webhookServer(boolean marked) throws GoSourceException {
    for (GoFile f : program.files()) {
      List<GoToken> t = f.tokens();
      for (int i = 0; i + 3 < t.size(); i++) {
        List<GoToken> value = null;
        if (t.get(i).isIdent() && t.get(i + 1).is(".") && (t.get(i + 2).is("Options") || t.get(i + 2).is("Server"))
            && t.get(i + 3).is("{") && f.importPathOf(t.get(i).text()) != null
            && WEBHOOK_OPTION_PACKAGES.contains(f.importPathOf(t.get(i).text()))) {
          value = field(t, i + 3, "Port");
        } else if (t.get(i).is("GetWebhookServer") && t.get(i + 1).is("(") && i + 6 < t.size() && t.get(i + 2).is(")")
            && t.get(i + 3).is(".") && t.get(i + 4).is("Port") && t.get(i + 5).is("=")) {
          value = t.subList(i + 6, GoCall.topLevelEnd(t, i + 6, ";", "}"));
        }
        if (value == null || !inScope(f, i)) {
          continue;
        }
        Field field = new Field(f, t.get(i).line(), List.copyOf(value));
        String flag = boundFlag(field, "GetInt");
        if (flag != null) {
          String def = flags.containsKey(flag) ? flags.get(flag).defaultValue() : null;
          return new WebhookServer(def != null && def.matches("\\d{1,5}") ? Integer.valueOf(def) : null, flag);
        }
        if (GoExpressions.evaluate(f, value, constants) instanceof GoValue.Int port) {
          return new WebhookServer((int) port.value(), null);
        }
        if (configKey("webhookServer.port", f, value)) {
          return new WebhookServer(null, null);
        }
        notes.add(f.display() + ":" + field.line() + ": webhook server Port: " + GoToken.joined(value)
            + " is neither a constant nor a flag the extractor can resolve");
      }
    }
    if (marked && componentConfig()) {
      configKeys.put("webhookServer.port", ConfigFileKeys.COMPONENT_CONFIG.get("webhookServer.port"));
    }
    return marked ? new WebhookServer(CONTROLLER_RUNTIME_WEBHOOK_PORT, null) : null;
  }

  /** The value of a top-level field {@code name: value} of the composite literal whose brace is at {@code open}; null when none. */
  static List<GoToken> field(List<GoToken> t, int open, String name) {
    int close = GoCall.matching(t, open);
    int k = open + 1;
    while (k > 0 && k < close) {
      int end = GoCall.topLevelEnd(t, k, ",", "}");
      while (k < end && t.get(k).is(";")) {
        k++;
      }
      if (k + 1 < end && t.get(k).is(name) && t.get(k + 1).is(":")) {
        return t.subList(k + 2, end);
      }
      k = end + 1;
    }
    return null;
  }

  private String source() throws GoSourceException {
    Path version = module.root().resolve("VERSION");
    if (Files.isRegularFile(version)) {
      try {
        return module.path() + " (" + Files.readString(version).trim() + ")";
      } catch (IOException e) {
        throw new GoSourceException(version + ": cannot read: " + e.getMessage());
      }
    }
    return module.path();
  }

  private List<GoCall> viperCalls(String method) {
    return calls(method).stream().filter(c -> c.receiverIsPackage(VIPER)).toList();
  }

  /** The calls of one of {@link #CALLS} in the code being read (see {@link #inScope}), in file order. */
  private List<GoCall> calls(String method) {
    return callIndex(method).stream().filter(c -> inScope(c.file(), c.index())).toList();
  }

  /** The program's calls of one of {@link #CALLS}, in file order, found in one pass. */
  private List<GoCall> callIndex(String method) {
    if (callIndex == null) {
      callIndex = new HashMap<>();
      for (GoFile f : program.files()) {
        for (GoCall c : GoCall.find(f, CALLS)) {
          callIndex.computeIfAbsent(c.method(), m -> new ArrayList<>()).add(c);
        }
      }
    }
    return callIndex.getOrDefault(method, List.of());
  }

  private EnvBinding env() throws GoSourceException {
    if (viperCalls("AutomaticEnv").isEmpty()) {
      return null;
    }
    Map<String, String> replacements = new TreeMap<>();
    for (GoCall c : viperCalls("SetEnvKeyReplacer")) {
      List<GoToken> arg = c.arguments().isEmpty() ? List.of() : c.arguments().get(0);
      int open = indexOf(arg, "(");
      if (open < 2 || !arg.get(open - 1).is("NewReplacer") || !arg.get(arg.size() - 1).is(")")) {
        notes.add(c.file().display() + ":" + c.line() + ": SetEnvKeyReplacer(" + GoToken.joined(arg)
            + "): not strings.NewReplacer(old, new, ...); its replacements are unknown");
        continue;
      }
      List<List<GoToken>> pairs = GoCall.splitTopLevel(arg.subList(open + 1, arg.size() - 1));
      for (int i = 0; i + 1 < pairs.size(); i += 2) {
        String from = string(c, pairs.get(i));
        String to = string(c, pairs.get(i + 1));
        if (from != null && to != null) {
          replacements.put(from, to);
        }
      }
    }
    String prefix = "";
    for (GoCall c : viperCalls("SetEnvPrefix")) {
      String p = c.arguments().size() == 1 ? string(c, c.arguments().get(0)) : null;
      if (p == null) {
        notes.add(c.file().display() + ":" + c.line() + ": the env prefix is unknown, so is how flags are read from the"
            + " environment");
        return null;
      }
      prefix = p;
    }
    return new EnvBinding(prefix, replacements);
  }

  /** A string constant argument; null (and a note) when it is not one. */
  private String string(GoCall c, List<GoToken> argument) {
    if (GoExpressions.evaluate(c.file(), argument, constants) instanceof GoValue.Str s) {
      return s.value();
    }
    notes.add(c.file().display() + ":" + c.line() + ": " + c.method() + ": " + GoToken.joined(argument)
        + " is not a string constant the extractor can resolve");
    return null;
  }

  private String configFlag() throws GoSourceException {
    for (GoCall c : viperCalls("SetConfigFile")) {
      if (c.arguments().size() != 1) {
        continue;
      }
      String flag = viperFlag(c.file(), c.arguments().get(0), "GetString");
      if (flag != null) {
        return flag;
      }
      List<GoToken> arg = c.arguments().get(0);
      if (arg.size() == 1 && arg.get(0).isIdent()) {
        String bound = boundVariable(arg.get(0).text());
        if (bound != null) {
          return bound;
        }
        for (GoCall get : calls("GetString")) {
          if (get.file() == c.file() && get.receiverIsPackage(VIPER) && arg.get(0).text().equals(get.assignedTo())) {
            return flagName(get, get.arguments().get(0));
          }
        }
      }
    }
    if (flags.containsKey("config") && !viperCalls("ReadInConfig").isEmpty()) {
      return "config";
    }
    return decoded.isEmpty() ? null : decoded.get(0).flag();
  }

  /** The flag {@code viper.<getter>(flag)} reads, when the tokens are exactly that call; else null. */
  private String viperFlag(GoFile file, List<GoToken> tokens, String getter) throws GoSourceException {
    if (tokens.size() >= 5 && tokens.get(1).is(".") && tokens.get(2).is(getter) && tokens.get(3).is("(")
        && tokens.get(tokens.size() - 1).is(")") && tokens.get(0).isIdent()
        && file.refersTo(tokens.get(0).text(), VIPER)) {
      GoCall call = new GoCall(file, List.of(tokens.get(0)), getter, List.of(tokens.subList(4, tokens.size() - 1)),
          tokens.get(2).line(), null);
      return flagName(call, call.arguments().get(0));
    }
    return null;
  }

  private List<String> environment() {
    Set<String> names = new TreeSet<>();
    for (String method : List.of("Getenv", "LookupEnv")) {
      for (GoCall c : calls(method)) {
        if (c.receiverIsPackage("os") && c.arguments().size() == 1
            && GoExpressions.evaluate(c.file(), c.arguments().get(0), constants) instanceof GoValue.Str s) {
          names.add(s.value());
        }
      }
    }
    return List.copyOf(names);
  }

  private record Field(GoFile file, int line, List<GoToken> value, int index) {
    Field(GoFile file, int line, List<GoToken> value) {
      this(file, line, value, -1);
    }
  }

  /** The manager option fields the extractor reads, found in one pass over the program. */
  private static final Set<String> OPTION_FIELDS = Set.of("LeaderElectionID", "LeaderElectionResourceLock", "LeaderElection",
      "LeaseDuration", "RenewDeadline", "RetryPeriod", "Namespaces", "DefaultNamespaces", "MetricsBindAddress");
  private Map<String, List<Field>> optionFields;
  private static final Set<String> CALLS = Set.of("MarkHidden", "AddCommand", "AutomaticEnv", "SetEnvKeyReplacer", "SetEnvPrefix",
      "SetConfigFile", "ReadInConfig", "GetString", "Getenv", "LookupEnv", "MultiNamespacedCacheBuilder", "UnmarshalKey");
  private Map<String, List<GoCall>> callIndex;

  /** The values given to a manager option field, in composite literals ({@code Name: x}) or assignments. */
  private List<Field> fields(String name) {
    if (optionFields == null) {
      optionFields = new HashMap<>();
      for (GoFile f : program.files()) {
        List<GoToken> t = f.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
          // A key in a literal (LeaderElectionID: id) or an assigned field (opts.LeaderElectionID = id); a
          // declared name (const LeaderElectionID = "x", as CloudNativePG writes it) is a constant, not an option.
          if (!t.get(i).isIdent() || !OPTION_FIELDS.contains(t.get(i).text())
              || !(t.get(i + 1).is(":") || t.get(i + 1).is("=") && i > 0 && t.get(i - 1).is("."))) {
            continue;
          }
          int end = GoCall.topLevelEnd(t, i + 2, ",", ";", "}", ")");
          optionFields.computeIfAbsent(t.get(i).text(), k -> new ArrayList<>())
              .add(new Field(f, t.get(i).line(), List.copyOf(t.subList(i + 2, end)), i));
        }
      }
    }
    return optionFields.getOrDefault(name, List.of()).stream().filter(x -> inScope(x.file(), x.index())).toList();
  }

  /** The flag whose value the expression is: viper.GetX(flag), or a variable (or pointer) a flag is bound to. */
  private String boundFlag(Field field, String getter) throws GoSourceException {
    String viaViper = viperFlag(field.file(), field.value(), getter);
    if (viaViper != null) {
      return viaViper;
    }
    List<GoToken> v = field.value();
    List<GoToken> rest = !v.isEmpty() && (v.get(0).is("*") || v.get(0).is("&")) ? v.subList(1, v.size()) : v;
    if (rest.size() == 1 && rest.get(0).isIdent()) {
      String bound = boundVariable(rest.get(0).text());
      List<GoToken> assigned = bound == null ? assignedExpression(field.file(), rest.get(0).text()) : null;
      if (bound != null || assigned != null) {
        return bound != null ? bound : viperFlag(field.file(), assigned, getter);
      }
      return ParameterFlags.flagOf(field.file(), field.index(), rest.get(0).text(), null, declarations, program.files(),
          this::boundVariable);
    }
    // a field of an options struct a flag is bound to: fs.BoolVar(&o.Enable, ...) and then Opt: o.Enable
    if (rest.size() == 3 && rest.get(0).isIdent() && rest.get(1).is(".") && rest.get(2).isIdent()
        && field.file().importPathOf(rest.get(0).text()) == null) {
      String bound = boundVariable(rest.get(2).text());
      return bound != null ? bound : ParameterFlags.flagOf(field.file(), field.index(), rest.get(0).text(), rest.get(2).text(),
          declarations, program.files(), this::boundVariable);
    }
    return null;
  }

  private LeaderElection leaderElection() throws GoSourceException {
    List<Field> ids = fields("LeaderElectionID");
    if (ids.isEmpty() && !componentConfig()) {
      return null;
    }
    if (ids.isEmpty()) {
      // ComponentConfig: the options the code leaves unset come from the file (Options.AndFrom)
      configKeys.put("leaderElection.id", ConfigFileKeys.COMPONENT_CONFIG.get("leaderElection.id"));
      ids = List.of(new Field(program.mainFiles().get(0), 0, List.of()));
    }
    Field idField = ids.get(0);
    String[] name = idField.value().isEmpty() ? new String[] {null, null} : lockId(idField);
    for (Field other : ids.subList(1, ids.size())) {
      if (!java.util.Arrays.equals(name, lockId(other))) {
        notes.add(other.file().display() + ":" + other.line() + ": LeaderElectionID " + GoToken.joined(other.value()) + " differs from "
            + GoToken.joined(idField.value()) + " at " + idField.file().display() + ":" + idField.line()
            + "; which lock the operator uses is ambiguous, so its name is unknown");
        name = new String[] {null, null};
        break;
      }
    }
    String id = name[0];
    String idFlag = name[1];
    String idComputed = id == null && idFlag == null && ids.size() == 1 && !configKeys.containsKey("leaderElection.id")
        ? idField.file().display() + ":" + idField.line() + ": " + GoToken.joined(idField.value()) : null;
    String lockType = null;
    String lockTypeFlag = null;
    String lockTypeSource = null;
    List<Field> locks = fields("LeaderElectionResourceLock");
    if (!locks.isEmpty()) {
      Field lock = locks.get(0);
      lockTypeFlag = boundFlag(lock, "GetString");
      lockType = lockTypeFlag != null && flags.containsKey(lockTypeFlag) ? flags.get(lockTypeFlag).defaultValue() : lockType(lock);
      lockTypeSource = lockTypeFlag != null ? "the default of its flag " + lockTypeFlag
          : "LeaderElectionResourceLock at " + lock.file().display() + ":" + lock.line();
      if (lockType == null) {
        notes.add(lock.file().display() + ":" + lock.line() + ": LeaderElectionResourceLock: " + GoToken.joined(lock.value()) + " is not a lock type the extractor can resolve; taken as controller-runtime's default");
        locks = List.of();
      }
    }
    if (locks.isEmpty()) {
      String version = module.versionOf(CONTROLLER_RUNTIME);
      if (version == null) {
        throw new GoSourceException(module.root().resolve("go.mod") + ": LeaderElectionResourceLock is not set and go.mod"
            + " does not require " + CONTROLLER_RUNTIME + ", so the lock type is unknown");
      }
      lockType = defaultLockType(version);
      lockTypeSource = "default of " + CONTROLLER_RUNTIME + " " + version;
    }
    String enabledFlag = null;
    List<Field> enabled = fields("LeaderElection");
    if (enabled.isEmpty() && componentConfig()) {
      configKeys.put("leaderElection.enabled", ConfigFileKeys.COMPONENT_CONFIG.get("leaderElection.enabled"));
    }
    if (!enabled.isEmpty()) {
      Field e = enabled.get(0);
      enabledFlag = boundFlag(e, "GetBool");
      if (enabledFlag == null && !(GoExpressions.evaluate(e.file(), e.value(), constants) instanceof GoValue.Bool)
          && !configKey("leaderElection.enabled", e.file(), e.value())) {
        notes.add(e.file().display() + ":" + e.line() + ": LeaderElection: " + GoToken.joined(e.value())
            + " is neither a constant nor a flag the extractor can resolve; taken as always on");
      }
    }
    return new LeaderElection(id, idFlag, lockType, lockTypeFlag, lockTypeSource, enabledFlag, timings(), idComputed);
  }

  /**
   * The manager's LeaseDuration, RenewDeadline and RetryPeriod: a flag they are bound to, a constant,
   * or controller-runtime's default when the operator does not set them.
   */
  private LeaderElection.Timings timings() throws GoSourceException {
    LeaderElection.Timings d = LeaderElection.Timings.CONTROLLER_RUNTIME_DEFAULTS;
    String[] lease = timing("LeaseDuration", d.leaseDuration());
    String[] renew = timing("RenewDeadline", d.renewDeadline());
    String[] retry = timing("RetryPeriod", d.retryPeriod());
    return new LeaderElection.Timings(lease[0], lease[1], renew[0], renew[1], retry[0], retry[1]);
  }

  private String[] timing(String field, String fallback) throws GoSourceException {
    for (Field f : fields(field)) {
      String flag = boundFlag(f, "GetDuration");
      if (flag != null && flags.containsKey(flag)) {
        return new String[] {flags.get(flag).defaultValue(), flag};
      }
      List<GoToken> v = f.value();
      List<GoToken> value = !v.isEmpty() && v.get(0).is("&") ? v.subList(1, v.size()) : v;
      if (value.size() == 1 && value.get(0).isIdent() && assignedExpression(f.file(), value.get(0).text()) != null) {
        value = assignedExpression(f.file(), value.get(0).text()); // Go cannot take a constant's address: &local
        String viaLocal = viperFlag(f.file(), value, "GetDuration"); // d := viper.GetDuration(flag); ...: &d
        if (viaLocal != null && flags.containsKey(viaLocal)) {
          return new String[] {flags.get(viaLocal).defaultValue(), viaLocal};
        }
      }
      if (GoExpressions.evaluate(f.file(), value, constants) instanceof GoValue.Duration duration) {
        return new String[] {duration.goString(), null};
      }
    }
    List<Field> set = fields(field);
    if (!set.isEmpty()) {
      // Set, but to a value read from somewhere the extractor does not follow (a library's options struct):
      // say so rather than pass controller-runtime's default off as the operator's.
      Field f = set.get(0);
      notes.add(f.file().display() + ":" + f.line() + ": " + field + ": " + GoToken.joined(f.value())
          + " is neither a constant nor a flag the extractor can resolve; taken as controller-runtime's default " + fallback);
    }
    return new String[] {fallback, null};
  }

  /**
   * The flag that limits the operator to some namespaces: the string slice its cache is built for
   * ({@code cache.MultiNamespacedCacheBuilder(x)}, or a {@code Namespaces:} option), read from a flag.
   */
  private String namespacesFlag() throws GoSourceException {
    for (GoCall c : calls("MultiNamespacedCacheBuilder")) {
      String flag = c.arguments().size() == 1 ? sliceFlag(c.file(), c.arguments().get(0)) : null;
      if (flag != null) {
        return flag;
      }
    }
    for (Field field : fields("Namespaces")) {
      String flag = sliceFlag(field.file(), field.value());
      if (flag != null) {
        return flag;
      }
    }
    // controller-runtime 0.15+: cache.Options{DefaultNamespaces: m}, m filled by for _, ns := range X { m[ns] = ... }
    for (Field field : fields("DefaultNamespaces")) {
      List<GoToken> v = field.value();
      if (v.size() == 1 && v.get(0).isIdent()) {
        List<GoToken> ranged = rangedInto(field.file(), v.get(0).text());
        String flag = ranged == null ? null : sliceFlag(field.file(), ranged);
        if (flag != null) {
          return flag;
        }
      }
      notes.add(field.file().display() + ":" + field.line() + ": DefaultNamespaces: " + GoToken.joined(v)
          + " is not a map the extractor can trace to a flag");
    }
    return null;
  }

  /** X in {@code for _, k := range X { m[k] = ... }} in the file; null when no such loop fills {@code map}. */
  private static List<GoToken> rangedInto(GoFile file, String map) {
    List<GoToken> t = file.tokens();
    for (int i = 0; i + 6 < t.size(); i++) {
      if (!t.get(i).is("for") || !t.get(i + 2).is(",") || !t.get(i + 3).isIdent() || !t.get(i + 4).is(":=")
          || !t.get(i + 5).is("range")) {
        continue;
      }
      String key = t.get(i + 3).text();
      int open = i + 6;
      while (open < t.size() && !t.get(open).is("{")) {
        open++;
      }
      if (open >= t.size()) {
        return null;
      }
      int close = GoCall.matching(t, open);
      for (int k = open + 1; k + 3 < close; k++) {
        if (t.get(k).is(map) && t.get(k + 1).is("[") && t.get(k + 2).is(key) && t.get(k + 3).is("]")) {
          return t.subList(i + 6, open);
        }
      }
    }
    return null;
  }

  /** The flag a string-slice expression reads: viper.GetStringSlice(flag), a bound variable, or a variable assigned one. */
  private String sliceFlag(GoFile file, List<GoToken> expression) throws GoSourceException {
    String direct = viperFlag(file, expression, "GetStringSlice");
    if (direct != null || expression.size() != 1 || !expression.get(0).isIdent()) {
      return direct;
    }
    String variable = expression.get(0).text();
    String bound = boundVariable(variable);
    if (bound != null) {
      return bound;
    }
    List<GoToken> assigned = assignedExpression(file, variable);
    return assigned == null ? null : viperFlag(file, assigned, "GetStringSlice");
  }

  /** The expression a local variable is first assigned ({@code x := ...} or {@code x = ...}) in the file; null when none. */
  private static List<GoToken> assignedExpression(GoFile file, String variable) {
    List<GoToken> t = file.tokens();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).is(variable) && (t.get(i + 1).is(":=") || t.get(i + 1).is("="))
          && (i == 0 || !t.get(i - 1).is("."))) {
        int end = i + 2;
        while (end < t.size() && !t.get(end).is(";")) {
          end++;
        }
        return t.subList(i + 2, end);
      }
    }
    return null;
  }

  /** The lock name and the flag it comes from (null when fixed in code). */
  private String[] lockId(Field field) throws GoSourceException {
    String idFlag = boundFlag(field, "GetString");
    if (idFlag != null) {
      return new String[] {flags.containsKey(idFlag) ? flags.get(idFlag).defaultValue() : null, idFlag};
    }
    List<GoToken> value = field.value();
    if (value.size() == 1 && value.get(0).isIdent() && !(GoExpressions.evaluate(field.file(), value, constants) instanceof GoValue.Str)) {
      List<GoToken> assigned = assignedExpression(field.file(), value.get(0).text());
      value = assigned == null ? value : assigned;
    }
    if (GoExpressions.evaluate(field.file(), value, constants) instanceof GoValue.Str s) {
      return new String[] {s.value(), null};
    }
    String formatted = ConstantFormat.sprintf(field.file(), value, constants);
    if (formatted != null) {
      return new String[] {formatted, null};
    }
    if (configKey("leaderElection.id", field.file(), field.value())) {
      return new String[] {null, null};
    }
    notes.add(field.file().display() + ":" + field.line() + ": LeaderElectionID: " + GoToken.joined(field.value())
        + " is neither a constant nor a flag the extractor can resolve; the lock's name is unknown");
    return new String[] {null, null};
  }

  private String lockType(Field lock) throws GoSourceException {
    List<GoToken> v = lock.value();
    if (v.size() == 3 && v.get(1).is(".") && LOCK_CONSTANTS.containsKey(v.get(2).text())) {
      return LOCK_CONSTANTS.get(v.get(2).text());
    }
    if (GoExpressions.evaluate(lock.file(), v, constants) instanceof GoValue.Str s
        && Set.of("configmaps", "leases", "configmapsleases", "endpoints", "endpointsleases").contains(s.value())) {
      return s.value();
    }
    return null;
  }

  /** controller-runtime up to 0.6 hard-codes ConfigMaps, 0.7 to 0.11 default to the multi-lock, later to Leases. */
  static String defaultLockType(String version) throws GoSourceException {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw new GoSourceException("go.mod: " + CONTROLLER_RUNTIME + " " + version + ": not a version");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major == 0 && minor <= 6) {
      return "configmaps";
    }
    if (major == 0 && minor <= 11) {
      return "configmapsleases";
    }
    return "leases";
  }

  private static int indexOf(List<GoToken> tokens, String op) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(op)) {
        return i;
      }
    }
    return -1;
  }
}
