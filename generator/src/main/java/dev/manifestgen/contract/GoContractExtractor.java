package dev.manifestgen.contract;

import dev.manifestgen.contract.go.GoCall;
import dev.manifestgen.contract.go.GoComment;
import dev.manifestgen.contract.go.GoConstants;
import dev.manifestgen.contract.go.GoExpressions;
import dev.manifestgen.contract.go.GoFile;
import dev.manifestgen.contract.go.GoFlagCalls;
import dev.manifestgen.contract.go.GoModule;
import dev.manifestgen.contract.go.GoSourceException;
import dev.manifestgen.contract.go.GoToken;
import dev.manifestgen.contract.go.GoValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an operator's contract from its Go source, without a Go toolchain: the module is tokenized
 * and the extractor matches the patterns operators use.
 *
 * <ul>
 *   <li>Flags: pflag and Go {@code flag} definitions (see {@link GoFlagCalls}), names and defaults
 *       evaluated through the module's constants, also across packages and aliased imports;
 *       {@code MarkHidden(name)} marks one hidden. A default that is not a constant is null. Flags a
 *       library registers out of sight ({@code klog.InitFlags}, zap's {@code BindFlags}) are not seen.
 *       Go {@code flag} definitions count whether they reach cobra through {@code AddGoFlagSet} or not.
 *   <li>Env: {@code viper.AutomaticEnv()} with {@code SetEnvKeyReplacer(strings.NewReplacer(...))} and
 *       {@code SetEnvPrefix}; the config flag from {@code viper.SetConfigFile(x)} where x is
 *       {@code viper.GetString(flag)}, a variable assigned from it, or a variable the flag is bound to;
 *       failing that, a flag named {@code config} when the code calls {@code viper.ReadInConfig()}.
 *       Variables read with {@code os.Getenv} and {@code os.LookupEnv}.
 *   <li>Leader election: the {@code LeaderElectionID}, {@code LeaderElectionResourceLock} and
 *       {@code LeaderElection} fields of the manager options (a constant, {@code viper.GetString(flag)},
 *       or a variable a flag is bound to; several that disagree are an error); without a lock type in
 *       code, the default of the controller-runtime version go.mod requires (or replaces it with).
 *   <li>Permissions: {@code // +kubebuilder:rbac:groups=...,resources=...,verbs=...} markers, lists
 *       separated by {@code ;}, {@code core} meaning the core group, in file order.
 * </ul>
 *
 * <p>Markers cannot say that a permission is only needed when a flag is on (the webhook configurations
 * only with {@code enable-webhook}). This project's marker extension says it: a comment
 * {@code // +manifest-gen:rbac:when=FLAG} right above a {@code +kubebuilder:rbac} marker (no other
 * marker in between) gives that permission {@code when: FLAG}. controller-gen ignores markers it does
 * not know, so the extension does not disturb it. FLAG must be a bool flag of the operator.
 *
 * <p>The operator's name is the {@code Use} of the first cobra command in a {@code main} package, else
 * the module path's last element (without a major-version suffix); the source is the module path, with
 * the content of the root's VERSION file when there is one.
 */
public final class GoContractExtractor {
  private static final String VIPER = "github.com/spf13/viper";
  private static final String CONTROLLER_RUNTIME = "sigs.k8s.io/controller-runtime";
  private static final Pattern RBAC = Pattern.compile("^\\s*\\+kubebuilder:rbac:(.*)$");
  private static final Pattern WHEN = Pattern.compile("^\\s*\\+manifest-gen:rbac:when=([A-Za-z0-9_.-]+)\\s*$");
  private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+).*");
  private static final Map<String, String> LOCK_CONSTANTS = Map.of("ConfigMapsResourceLock", "configmaps",
      "LeasesResourceLock", "leases", "ConfigMapsLeasesResourceLock", "configmapsleases",
      "EndpointsResourceLock", "endpoints", "EndpointsLeasesResourceLock", "endpointsleases");

  private final GoModule module;
  private final GoConstants constants;
  private final Map<String, GoFlagCalls.Definition> flags = new TreeMap<>();
  private static final String AMBIGUOUS = "";
  /** Go variables holding a flag's value, to the flag; {@link #AMBIGUOUS} when bound to several. */
  private final Map<String, String> flagVariables = new HashMap<>();
  private final Set<String> hidden = new TreeSet<>();

  private GoContractExtractor(GoModule module) {
    this.module = module;
    this.constants = new GoConstants(module);
  }

  /** Extracts the contract of the Go module in {@code root}. */
  public static OperatorContract extract(Path root) throws GoSourceException {
    return new GoContractExtractor(GoModule.read(root)).extract();
  }

  private OperatorContract extract() throws GoSourceException {
    for (GoFile f : module.files()) {
      for (GoFlagCalls.Definition d : GoFlagCalls.find(f, constants)) {
        addFlag(d);
      }
    }
    for (GoFile f : module.files()) {
      for (GoCall c : GoCall.find(f, Set.of("MarkHidden"))) {
        if (c.arguments().size() != 1) {
          continue;
        }
        String name = flagName(c, c.arguments().get(0));
        if (!flags.containsKey(name)) {
          throw new GoSourceException(f.display() + ":" + c.line() + ": MarkHidden(\"" + name + "\"): no such flag");
        }
        hidden.add(name);
      }
    }
    List<Flag> flagList = new ArrayList<>();
    for (GoFlagCalls.Definition d : flags.values()) {
      flagList.add(new Flag(d.name(), d.type(), d.defaultValue(), hidden.contains(d.name())));
    }
    return new OperatorContract(operatorName(), source(), configFlag(), namespacesFlag(), flagList, env(), environment(),
        leaderElection(), permissions());
  }

  private void addFlag(GoFlagCalls.Definition d) throws GoSourceException {
    GoFlagCalls.Definition first = flags.get(d.name());
    if (first == null) {
      flags.put(d.name(), d);
    } else if (first.type() != d.type()) {
      throw new GoSourceException(d.file() + ":" + d.line() + ": flag " + d.name() + " defined as "
          + d.type().yamlName() + ", but as " + first.type().yamlName() + " at " + first.file() + ":" + first.line());
    } else if (!java.util.Objects.equals(first.defaultValue(), d.defaultValue())) {
      // Defined by two commands with different defaults: which one applies depends on the command.
      flags.put(d.name(), new GoFlagCalls.Definition(first.name(), first.type(), null, first.variable(), first.file(),
          first.line()));
    }
    if (d.variable() != null) {
      String bound = flagVariables.get(d.variable());
      // A variable name bound to two flags (in different functions) tells nothing: forget it.
      flagVariables.put(d.variable(), bound == null || bound.equals(d.name()) ? d.name() : AMBIGUOUS);
    }
  }

  private String boundVariable(String variable) {
    String flag = flagVariables.get(variable);
    return flag == null || flag.equals(AMBIGUOUS) ? null : flag;
  }

  private String flagName(GoCall call, List<GoToken> argument) throws GoSourceException {
    GoValue v = GoExpressions.evaluate(call.file(), argument, constants);
    if (v instanceof GoValue.Str s) {
      return s.value();
    }
    throw new GoSourceException(call.file().display() + ":" + call.line() + ": " + call.method() + "("
        + text(argument) + "): not a flag name the extractor can resolve");
  }

  private String operatorName() {
    for (GoFile f : module.files()) {
      if (!f.packageName().equals("main")) {
        continue;
      }
      List<GoToken> t = f.tokens();
      for (int i = 0; i + 2 < t.size(); i++) {
        if (t.get(i).is("Use") && t.get(i + 1).is(":") && t.get(i + 2).kind() == GoToken.Kind.STRING) {
          return t.get(i + 2).value().split(" ")[0];
        }
      }
    }
    return GoModule.lastElement(module.path());
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
    List<GoCall> out = new ArrayList<>();
    for (GoFile f : module.files()) {
      for (GoCall c : GoCall.find(f, Set.of(method))) {
        if (c.receiverIsPackage(VIPER)) {
          out.add(c);
        }
      }
    }
    return out;
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
        throw new GoSourceException(c.file().display() + ":" + c.line()
            + ": SetEnvKeyReplacer: expected strings.NewReplacer(old, new, ...)");
      }
      List<List<GoToken>> pairs = GoCall.splitTopLevel(arg.subList(open + 1, arg.size() - 1));
      for (int i = 0; i + 1 < pairs.size(); i += 2) {
        replacements.put(string(c, pairs.get(i)), string(c, pairs.get(i + 1)));
      }
    }
    String prefix = "";
    for (GoCall c : viperCalls("SetEnvPrefix")) {
      prefix = string(c, c.arguments().get(0));
    }
    return new EnvBinding(prefix, replacements);
  }

  private String string(GoCall c, List<GoToken> argument) throws GoSourceException {
    if (GoExpressions.evaluate(c.file(), argument, constants) instanceof GoValue.Str s) {
      return s.value();
    }
    throw new GoSourceException(c.file().display() + ":" + c.line() + ": " + c.method() + ": " + text(argument)
        + " is not a string constant the extractor can resolve");
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
        for (GoCall get : GoCall.find(c.file(), Set.of("GetString"))) {
          if (get.receiverIsPackage(VIPER) && arg.get(0).text().equals(get.assignedTo())) {
            return flagName(get, get.arguments().get(0));
          }
        }
      }
    }
    if (flags.containsKey("config") && !viperCalls("ReadInConfig").isEmpty()) {
      return "config";
    }
    return null;
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
    for (GoFile f : module.files()) {
      for (GoCall c : GoCall.find(f, Set.of("Getenv", "LookupEnv"))) {
        if (c.receiverIsPackage("os") && c.arguments().size() == 1
            && GoExpressions.evaluate(f, c.arguments().get(0), constants) instanceof GoValue.Str s) {
          names.add(s.value());
        }
      }
    }
    return List.copyOf(names);
  }

  private record Field(GoFile file, int line, List<GoToken> value) {}

  /** The values given to a manager option field, in composite literals ({@code Name: x}) or assignments. */
  private List<Field> fields(String name) {
    List<Field> out = new ArrayList<>();
    for (GoFile f : module.files()) {
      List<GoToken> t = f.tokens();
      for (int i = 0; i + 1 < t.size(); i++) {
        if (!t.get(i).is(name) || !(t.get(i + 1).is(":") || t.get(i + 1).is("="))) {
          continue;
        }
        int end = GoCall.topLevelEnd(t, i + 2, ",", ";", "}", ")");
        out.add(new Field(f, t.get(i).line(), List.copyOf(t.subList(i + 2, end))));
      }
    }
    return out;
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
      return boundVariable(rest.get(0).text());
    }
    return null;
  }

  private LeaderElection leaderElection() throws GoSourceException {
    List<Field> ids = fields("LeaderElectionID");
    if (ids.isEmpty()) {
      return null;
    }
    Field idField = ids.get(0);
    String[] name = lockId(idField);
    for (Field other : ids.subList(1, ids.size())) {
      if (!java.util.Arrays.equals(name, lockId(other))) {
        throw new GoSourceException(other.file().display() + ":" + other.line() + ": LeaderElectionID "
            + text(other.value()) + " differs from " + text(idField.value()) + " at " + idField.file().display() + ":"
            + idField.line() + "; which lock the operator uses is ambiguous");
      }
    }
    String id = name[0];
    String idFlag = name[1];
    String lockType;
    String lockTypeFlag = null;
    String lockTypeSource;
    List<Field> locks = fields("LeaderElectionResourceLock");
    if (!locks.isEmpty()) {
      Field lock = locks.get(0);
      lockTypeFlag = boundFlag(lock, "GetString");
      lockType = lockTypeFlag != null && flags.containsKey(lockTypeFlag) ? flags.get(lockTypeFlag).defaultValue() : lockType(lock);
      lockTypeSource = lockTypeFlag != null ? "the default of its flag " + lockTypeFlag
          : "LeaderElectionResourceLock at " + lock.file().display() + ":" + lock.line();
    } else {
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
    if (!enabled.isEmpty()) {
      Field e = enabled.get(0);
      enabledFlag = boundFlag(e, "GetBool");
      if (enabledFlag == null && !(GoExpressions.evaluate(e.file(), e.value(), constants) instanceof GoValue.Bool)) {
        throw new GoSourceException(e.file().display() + ":" + e.line() + ": LeaderElection: " + text(e.value())
            + " is neither a constant nor a flag the extractor can resolve");
      }
    }
    return new LeaderElection(id, idFlag, lockType, lockTypeFlag, lockTypeSource, enabledFlag, timings());
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
    return new String[] {fallback, null};
  }

  /**
   * The flag that limits the operator to some namespaces: the string slice its cache is built for
   * ({@code cache.MultiNamespacedCacheBuilder(x)}, or a {@code Namespaces:} option), read from a flag.
   */
  private String namespacesFlag() throws GoSourceException {
    for (GoFile f : module.files()) {
      for (GoCall c : GoCall.find(f, Set.of("MultiNamespacedCacheBuilder"))) {
        String flag = c.arguments().size() == 1 ? sliceFlag(f, c.arguments().get(0)) : null;
        if (flag != null) {
          return flag;
        }
      }
    }
    for (Field field : fields("Namespaces")) {
      String flag = sliceFlag(field.file(), field.value());
      if (flag != null) {
        return flag;
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
    if (GoExpressions.evaluate(field.file(), field.value(), constants) instanceof GoValue.Str s) {
      return new String[] {s.value(), null};
    }
    throw new GoSourceException(field.file().display() + ":" + field.line() + ": LeaderElectionID: "
        + text(field.value()) + " is neither a constant nor a flag the extractor can resolve");
  }

  private String lockType(Field lock) throws GoSourceException {
    List<GoToken> v = lock.value();
    if (v.size() == 3 && v.get(1).is(".") && LOCK_CONSTANTS.containsKey(v.get(2).text())) {
      return LOCK_CONSTANTS.get(v.get(2).text());
    }
    if (GoExpressions.evaluate(lock.file(), v, constants) instanceof GoValue.Str s) {
      return s.value();
    }
    throw new GoSourceException(lock.file().display() + ":" + lock.line() + ": LeaderElectionResourceLock: "
        + text(v) + " is not a lock type the extractor knows");
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

  private List<Permission> permissions() throws GoSourceException {
    List<Permission> out = new ArrayList<>();
    for (GoFile f : module.files()) {
      String when = null;
      int whenLine = 0;
      for (GoComment c : f.comments()) {
        Matcher w = WHEN.matcher(c.text());
        if (w.matches()) {
          when = w.group(1);
          whenLine = c.line();
          GoFlagCalls.Definition flag = flags.get(when);
          if (flag == null || flag.type() != FlagType.BOOL) {
            throw new GoSourceException(f.display() + ":" + c.line() + ": +manifest-gen:rbac:when=" + when
                + ": not a bool flag of the operator");
          }
          continue;
        }
        Matcher m = RBAC.matcher(c.text());
        if (m.matches()) {
          out.add(permission(f, c.line(), m.group(1).trim(), when));
          when = null;
        } else if (c.text().trim().startsWith("+") && when != null) {
          throw new GoSourceException(f.display() + ":" + whenLine
              + ": +manifest-gen:rbac:when must be followed by a +kubebuilder:rbac marker");
        }
      }
      if (when != null) {
        throw new GoSourceException(f.display() + ":" + whenLine
            + ": +manifest-gen:rbac:when must be followed by a +kubebuilder:rbac marker");
      }
    }
    return out;
  }

  private static Permission permission(GoFile f, int line, String args, String when) throws GoSourceException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String part : args.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new GoSourceException(f.display() + ":" + line + ": +kubebuilder:rbac: expected key=value, got " + part);
      }
      List<String> list = new ArrayList<>();
      for (String v : part.substring(eq + 1).split(";", -1)) {
        String value = v.trim();
        list.add(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value);
      }
      values.put(part.substring(0, eq).trim(), list);
    }
    for (String key : values.keySet()) {
      if (!Set.of("groups", "resources", "verbs", "resourceNames", "namespace", "urls").contains(key)) {
        throw new GoSourceException(f.display() + ":" + line + ": +kubebuilder:rbac: unknown argument " + key);
      }
    }
    if (values.containsKey("urls")) {
      throw new GoSourceException(f.display() + ":" + line + ": +kubebuilder:rbac: non-resource URLs (urls=) cannot be"
          + " expressed in the contract");
    }
    if (!values.containsKey("verbs") || !values.containsKey("resources")) {
      throw new GoSourceException(f.display() + ":" + line + ": +kubebuilder:rbac: resources and verbs are required");
    }
    List<String> groups = values.getOrDefault("groups", List.of("")).stream()
        .map(g -> g.equals("core") ? "" : g).toList();
    List<String> namespace = values.get("namespace");
    return new Permission(groups, values.get("resources"), values.get("verbs"),
        values.getOrDefault("resourceNames", List.of()), namespace == null ? null : namespace.get(0), when);
  }

  private static int indexOf(List<GoToken> tokens, String op) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(op)) {
        return i;
      }
    }
    return -1;
  }

  private static String text(List<GoToken> tokens) {
    StringBuilder s = new StringBuilder();
    for (GoToken t : tokens) {
      s.append(t.text());
    }
    return s.toString();
  }
}
