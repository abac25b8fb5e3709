package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Flags declared as tagged struct fields and parsed by a library, read the way each library reads
 * its struct (learned from the libraries' documentation and source):
 *
 * <ul>
 *   <li>{@code github.com/alecthomas/kong} ({@code kong.Parse(&cli)}, {@code kong.New}, {@code kong.Must}):
 *       every exported field is a flag named {@code name:"..."} or the field name in kebab case (kong's
 *       camel-case split: {@code HTTPPort} is {@code http-port}, {@code Port2} is {@code port-2}); an
 *       embedded field, or one tagged {@code embed:""}, is flattened with its {@code prefix:"..."} and
 *       {@code envprefix:"..."} added; {@code cmd:""} fields are subcommands whose flags count too;
 *       {@code arg:""} fields are positional, {@code kong:"-"} ignored; {@code env:"A,B"}, {@code default},
 *       {@code hidden}.
 *   <li>{@code github.com/alexflint/go-arg} ({@code arg.MustParse(&args)}, {@code arg.Parse},
 *       {@code arg.NewParser(cfg, &args)}): {@code arg:"--name,-n,env:NAME"}, the name defaulting to the
 *       field name lower-cased, a bare {@code env} to the field name upper-cased; {@code positional} and
 *       {@code subcommand} are not flags, {@code arg:"-"} ignored; {@code default:"..."}; embedded
 *       structs flattened.
 *   <li>{@code github.com/kelseyhightower/envconfig} ({@code envconfig.Process(prefix, &spec)}): environment
 *       only; the key is {@code envconfig:"..."} or the field name ({@code split_words:"true"} puts
 *       underscores between words), upper-cased, behind {@code PREFIX_}; a tagged key is also looked up
 *       without the prefix; nested struct fields add their key to the prefix, embedded ones do not.
 *   <li>{@code github.com/caarlos0/env} ({@code env.Parse(&cfg)}): environment only; {@code env:"NAME"} and
 *       {@code envDefault:"..."}; untagged fields are not read; nested structs add {@code envPrefix}.
 * </ul>
 *
 * <p>What cannot be read (a struct that is not declared in the program, an anonymous struct type, a
 * field type the contract has no flag type for) is reported as {@link Unread}, never dropped.
 */
final class StructTagFlags {
  static final String KONG = "github.com/alecthomas/kong";
  static final String GO_ARG = "github.com/alexflint/go-arg";
  static final String ENVCONFIG = "github.com/kelseyhightower/envconfig";
  static final Set<String> CAARLOS_ENV = Set.of("github.com/caarlos0/env", "github.com/caarlos0/env/v6",
      "github.com/caarlos0/env/v7", "github.com/caarlos0/env/v8", "github.com/caarlos0/env/v9",
      "github.com/caarlos0/env/v10", "github.com/caarlos0/env/v11");

  /**
   * A flag read from a struct, with where it was declared.
   *
   * @param variable the Go field (or variable) holding its value, so that {@code LeaderElection: cli.LeaderElect}
   *     is known to be the flag; null when none
   */
  record Found(Flag flag, String variable, String file, int line) {}

  /** A parse call whose flags could not be read, and why. */
  record Unread(String file, int line, String call, String why) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + call + ": " + why;
    }
  }

  private static final Map<String, FlagType> GO_TYPES = Map.ofEntries(Map.entry("bool", FlagType.BOOL),
      Map.entry("string", FlagType.STRING), Map.entry("int", FlagType.INT), Map.entry("int32", FlagType.INT32),
      Map.entry("int64", FlagType.INT64), Map.entry("uint", FlagType.UINT), Map.entry("uint32", FlagType.UINT32),
      Map.entry("uint64", FlagType.UINT64), Map.entry("float32", FlagType.FLOAT32), Map.entry("float64", FlagType.FLOAT64),
      Map.entry("time.Duration", FlagType.DURATION), Map.entry("[]string", FlagType.STRING_SLICE),
      Map.entry("[]int", FlagType.INT_SLICE), Map.entry("map[string]string", FlagType.STRING_TO_STRING));

  private final GoDeclarations declarations;
  private final GoConstants constants;
  private final List<Found> found = new ArrayList<>();
  private final List<Unread> unread = new ArrayList<>();

  /** {@code type Name T} declarations of the program with a single-token or slice underlying type, by package.Name. */
  private final Map<String, List<GoToken>> namedTypes = new java.util.HashMap<>();

  private StructTagFlags(GoDeclarations declarations, GoConstants constants, List<GoFile> files) {
    this.declarations = declarations;
    this.constants = constants;
    for (GoFile f : files) {
      List<GoToken> t = f.tokens();
      for (int i = 0; i + 3 < t.size(); i++) {
        if (!t.get(i).is("type")) {
          continue;
        }
        if (t.get(i + 1).is("(")) { // type ( a bool; b string )
          int close = GoCall.matching(t, i + 1);
          for (int k = i + 2; k + 2 <= close; k++) {
            if ((t.get(k - 1).is("(") || t.get(k - 1).is(";")) && t.get(k).isIdent() && t.get(k + 1).isIdent()
                && (t.get(k + 2).is(";") || t.get(k + 2).is(")"))) {
              namedTypes.putIfAbsent(f.packagePath() + "." + t.get(k).text(), List.of(t.get(k + 1)));
            }
          }
        } else if (t.get(i + 1).isIdent() && t.get(i + 2).isIdent() && t.get(i + 3).is(";")) {
          namedTypes.putIfAbsent(f.packagePath() + "." + t.get(i + 1).text(), List.of(t.get(i + 2)));
        }
      }
    }
  }

  record Result(List<Found> flags, List<Unread> unread) {}

  static Result find(List<GoFile> files, GoDeclarations declarations, GoConstants constants) {
    StructTagFlags s = new StructTagFlags(declarations, constants, files);
    for (GoFile f : files) {
      for (GoCall c : GoCall.find(f, Set.of("Parse", "New", "Must", "MustParse", "NewParser", "Process", "MustProcess",
          "ParseWithOptions"))) {
        s.call(c);
      }
    }
    return new Result(List.copyOf(s.found), List.copyOf(s.unread));
  }

  private void call(GoCall c) {
    String library = c.receiver().size() == 1 ? c.file().importPathOf(c.receiver().get(0).text()) : null;
    if (library == null) {
      return;
    }
    String shown = GoToken.joined(c.receiver()) + "." + c.method() + "(...)";
    List<GoToken> target;
    String prefix = "";
    if (library.equals(KONG) && Set.of("Parse", "New", "Must").contains(c.method()) && !c.arguments().isEmpty()) {
      target = c.arguments().get(0);
    } else if (library.equals(GO_ARG) && Set.of("Parse", "MustParse").contains(c.method()) && !c.arguments().isEmpty()) {
      target = c.arguments().get(0);
    } else if (library.equals(GO_ARG) && c.method().equals("NewParser") && c.arguments().size() >= 2) {
      target = c.arguments().get(1);
    } else if (library.equals(ENVCONFIG) && Set.of("Process", "MustProcess").contains(c.method()) && c.arguments().size() == 2) {
      target = c.arguments().get(1);
      if (!(GoExpressions.evaluate(c.file(), c.arguments().get(0), constants) instanceof GoValue.Str p)) {
        unread.add(new Unread(c.file().display(), c.line(), shown, "the prefix " + GoToken.joined(c.arguments().get(0))
            + " is not a constant, so the variables' names are unknown"));
        return;
      }
      prefix = p.value();
    } else if (CAARLOS_ENV.contains(library) && Set.of("Parse", "ParseWithOptions").contains(c.method()) && !c.arguments().isEmpty()) {
      target = c.arguments().get(0);
    } else {
      return;
    }
    StructType type = structOf(c.file(), c.index(), target);
    if (type == null) {
      unread.add(new Unread(c.file().display(), c.line(), shown, "the struct " + GoToken.joined(target)
          + " is not a variable of a struct type declared in the operator's program"));
      return;
    }
    switch (library) {
      case KONG -> kong(type, "", "", shown);
      case GO_ARG -> goArg(type, shown);
      case ENVCONFIG -> envconfig(type, prefix.isEmpty() ? "" : prefix.toUpperCase(Locale.ROOT) + "_", shown);
      default -> caarlosEnv(type, "", shown);
    }
  }

  private record StructType(String packagePath, String name, List<GoDeclarations.StructField> fields) {}

  /**
   * The struct type of {@code &x}, {@code &T{}}, {@code &pkg.T{...}} or {@code x} (a variable of that type, or a
   * package-level one declared with a struct type of its own).
   */
  private StructType structOf(GoFile file, int at, List<GoToken> target) {
    List<GoToken> e = !target.isEmpty() && target.get(0).is("&") ? target.subList(1, target.size()) : target;
    if (e.size() >= 2 && e.get(e.size() - 1).is("}")) {
      int open = GoCall.matchingBackwards(e, e.size() - 1);
      return open > 0 ? named(file, e.subList(0, open)) : null;
    }
    if (e.size() != 1 || !e.get(0).isIdent()) {
      return null;
    }
    String variable = e.get(0).text();
    List<GoToken> t = file.tokens();
    // the nearest declaration before the call: var x T, x := T{...}, x := &T{...}, var x = T{...}
    for (int i = Math.min(at, t.size()) - 1; i >= 0; i--) {
      if (!t.get(i).is(variable) || i + 1 >= t.size()) {
        continue;
      }
      boolean var = i > 0 && t.get(i - 1).is("var");
      if (var && !t.get(i + 1).is("=")) {
        List<GoToken> type = t.subList(i + 1, GoCall.topLevelEnd(t, i + 1, ";", "=", ")"));
        List<GoDeclarations.StructField> own = GoDeclarations.structTypeFields(file, type);
        return own != null ? new StructType(file.packagePath(), variable, own) : named(file, type);
      }
      if (t.get(i + 1).is(":=") || var) {
        List<GoToken> init = t.subList(i + 2, GoCall.topLevelEnd(t, i + 2, ";", ")"));
        return structOf(file, i, init);
      }
    }
    GoDeclarations.Variable v = declarations.variable(file.packagePath(), variable);
    if (v != null && v.type() != null) {
      List<GoDeclarations.StructField> own = GoDeclarations.structTypeFields(v.file(), v.type());
      return own != null ? new StructType(file.packagePath(), variable, own) : named(v.file(), v.type());
    }
    if (v != null && v.initializer() != null) {
      return structOf(v.file(), v.file().tokens().size(), v.initializer());
    }
    return null;
  }

  /** A named struct type {@code T}, {@code *T} or {@code pkg.T} declared in the program. */
  private StructType named(GoFile file, List<GoToken> type) {
    List<GoToken> n = !type.isEmpty() && type.get(0).is("*") ? type.subList(1, type.size()) : type;
    String pkg = file.packagePath();
    String name;
    if (n.size() == 1 && n.get(0).isIdent()) {
      name = n.get(0).text();
    } else if (n.size() == 3 && n.get(0).isIdent() && n.get(1).is(".") && n.get(2).isIdent()
        && file.importPathOf(n.get(0).text()) != null) {
      pkg = file.importPathOf(n.get(0).text());
      name = n.get(2).text();
    } else {
      return null;
    }
    List<GoDeclarations.StructField> fields = declarations.structFields(pkg, name);
    return fields == null ? null : new StructType(pkg, name, fields);
  }

  private StructType fieldStruct(StructType owner, GoDeclarations.StructField field) {
    GoFile file = declarationFile(owner);
    return file == null ? null : named(file, field.type());
  }

  /** A file of the owner's package, to resolve the imports its field types use. */
  private GoFile declarationFile(StructType owner) {
    return owner.fields().isEmpty() ? null : fileOf(owner.fields().get(0));
  }

  private static GoFile fileOf(GoDeclarations.StructField field) {
    return field.file();
  }

  private FlagType flagType(StructType owner, GoDeclarations.StructField field) {
    List<GoToken> type = field.type();
    List<GoToken> t = !type.isEmpty() && type.get(0).is("*") ? type.subList(1, type.size()) : type;
    String joined = GoToken.joined(t);
    GoFile file = fileOf(field);
    if (t.size() == 3 && file != null && "time".equals(file.importPathOf(t.get(0).text()))) {
      joined = "time." + t.get(2).text();
    }
    FlagType basic = GO_TYPES.get(joined);
    if (basic != null || file == null) {
      return basic;
    }
    // a named type of the program (type debugFlag bool): the libraries map it by its underlying type
    boolean slice = t.size() > 2 && t.get(0).is("[") && t.get(1).is("]");
    List<GoToken> element = slice ? t.subList(2, t.size()) : t;
    String key = element.size() == 1 && element.get(0).isIdent() ? file.packagePath() + "." + element.get(0).text()
        : element.size() == 3 && element.get(1).is(".") && file.importPathOf(element.get(0).text()) != null
            ? file.importPathOf(element.get(0).text()) + "." + element.get(2).text() : null;
    List<GoToken> underlying = key == null ? null : namedTypes.get(key);
    if (underlying == null) {
      return null;
    }
    FlagType u = GO_TYPES.get(GoToken.joined(underlying));
    return !slice ? u : u == FlagType.STRING ? FlagType.STRING_SLICE : u == FlagType.INT ? FlagType.INT_SLICE : null;
  }

  private void add(StructType owner, GoDeclarations.StructField field, String name, FlagType type, String def, boolean hidden,
      List<String> env, boolean envOnly) {
    GoFile file = fileOf(field);
    found.add(new Found(new Flag(name, type, normalized(type, def), hidden, env, null, envOnly), field.name(),
        file == null ? owner.packagePath() : file.display(), field.line()));
  }

  private void unreadField(StructType owner, GoDeclarations.StructField field, String shown, String why) {
    GoFile file = fileOf(field);
    unread.add(new Unread(file == null ? owner.packagePath() : file.display(), field.line(), shown,
        owner.name() + "." + field.name() + ": " + why));
  }

  private void kong(StructType s, String prefix, String envPrefix, String shown) {
    for (GoDeclarations.StructField f : s.fields()) {
      StructTag tag = new StructTag(f.tag());
      if ("-".equals(tag.get("kong")) || !exported(f.name()) && !f.embedded()) {
        continue;
      }
      if (f.embedded() || tag.has("embed") || tag.has("cmd")) {
        StructType inner = fieldStruct(s, f);
        if (inner == null) {
          unreadField(s, f, shown, "an embedded struct or command not declared in the operator's program");
          continue;
        }
        String p = tag.has("cmd") ? "" : prefix + tag.getOrEmpty("prefix");
        kong(inner, p, envPrefix + tag.getOrEmpty("envprefix"), shown);
        continue;
      }
      if (tag.has("arg")) {
        continue;
      }
      FlagType type = flagType(s, f);
      String name = prefix + (tag.has("name") ? tag.get("name") : String.join("-", camelCase(f.name())).toLowerCase(Locale.ROOT));
      if (type == null) {
        unreadField(s, f, shown, "flag --" + name + " has a type (" + GoToken.joined(f.type()) + ") the contract has no flag type for");
        continue;
      }
      List<String> env = new ArrayList<>();
      if (tag.has("env")) {
        for (String e : tag.get("env").split(",")) {
          if (!e.isBlank()) {
            env.add(envPrefix + e.trim());
          }
        }
      }
      add(s, f, name, type, tag.get("default"), tag.has("hidden"), env, false);
    }
  }

  private void goArg(StructType s, String shown) {
    for (GoDeclarations.StructField f : s.fields()) {
      StructTag tag = new StructTag(f.tag());
      String arg = tag.get("arg");
      if ("-".equals(arg) || !exported(f.name())) {
        continue;
      }
      if (f.embedded()) {
        StructType inner = fieldStruct(s, f);
        if (inner == null) {
          unreadField(s, f, shown, "an embedded struct not declared in the operator's program");
        } else {
          goArg(inner, shown);
        }
        continue;
      }
      String name = f.name().toLowerCase(Locale.ROOT);
      List<String> env = new ArrayList<>();
      boolean flag = true;
      if (arg != null) {
        for (String part : arg.split(",")) {
          String p = part.trim();
          if (p.startsWith("--")) {
            name = p.substring(2);
          } else if (p.equals("env")) {
            env.add(f.name().toUpperCase(Locale.ROOT));
          } else if (p.startsWith("env:")) {
            env.add(p.substring(4));
          } else if (p.equals("positional") || p.startsWith("subcommand")) {
            flag = false;
          } else if (p.startsWith("help:")) {
            break; // the help text runs to the end of the tag
          }
        }
      }
      if (!flag) {
        continue;
      }
      FlagType type = flagType(s, f);
      if (type == null) {
        unreadField(s, f, shown, "flag --" + name + " has a type (" + GoToken.joined(f.type()) + ") the contract has no flag type for");
        continue;
      }
      add(s, f, name, type, tag.get("default"), false, env, false);
    }
  }

  private void envconfig(StructType s, String prefix, String shown) {
    for (GoDeclarations.StructField f : s.fields()) {
      StructTag tag = new StructTag(f.tag());
      if (!exported(f.name()) || "true".equals(tag.get("ignored"))) {
        continue;
      }
      String key = tag.has("envconfig") ? tag.get("envconfig") : "true".equals(tag.get("split_words"))
          ? String.join("_", camelCase(f.name())) : f.name();
      StructType inner = fieldStruct(s, f);
      if (inner != null && flagType(s, f) == null) {
        envconfig(inner, f.embedded() && !tag.has("envconfig") ? prefix : prefix + key.toUpperCase(Locale.ROOT) + "_", shown);
        continue;
      }
      String variable = prefix + key.toUpperCase(Locale.ROOT);
      List<String> env = new ArrayList<>(List.of(variable));
      if (tag.has("envconfig") && !env.contains(key.toUpperCase(Locale.ROOT))) {
        env.add(key.toUpperCase(Locale.ROOT)); // envconfig's "alt" name, tried without the prefix
      }
      FlagType type = flagType(s, f);
      if (type == null) {
        unreadField(s, f, shown, variable + " has a type (" + GoToken.joined(f.type()) + ") the contract has no flag type for");
        continue;
      }
      add(s, f, variable, type, tag.get("default"), false, env, true);
    }
  }

  private void caarlosEnv(StructType s, String prefix, String shown) {
    for (GoDeclarations.StructField f : s.fields()) {
      StructTag tag = new StructTag(f.tag());
      if (!exported(f.name())) {
        continue;
      }
      StructType inner = fieldStruct(s, f);
      if (inner != null && flagType(s, f) == null) {
        caarlosEnv(inner, prefix + tag.getOrEmpty("envPrefix"), shown);
        continue;
      }
      if (!tag.has("env") || tag.get("env").split(",")[0].isEmpty()) {
        continue;
      }
      String variable = prefix + tag.get("env").split(",")[0];
      FlagType type = flagType(s, f);
      if (type == null) {
        unreadField(s, f, shown, variable + " has a type (" + GoToken.joined(f.type()) + ") the contract has no flag type for");
        continue;
      }
      add(s, f, variable, type, tag.get("envDefault"), false, List.of(variable), true);
    }
  }

  private static boolean exported(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** A tag default as the contract writes defaults; a missing one is the type's zero value. */
  static String normalized(FlagType type, String def) {
    if (def != null && def.contains("${")) {
      return null; // kong interpolates ${vars} given at run time (kong.Vars): unknown here
    }
    if (def == null) {
      return switch (type) {
        case BOOL -> "false";
        case STRING -> "";
        case DURATION -> "0s";
        case STRING_SLICE, STRING_ARRAY, INT_SLICE, STRING_TO_STRING -> "[]";
        default -> "0";
      };
    }
    return switch (type) {
      case BOOL -> Set.of("1", "t", "T", "true", "TRUE", "True").contains(def) ? "true"
          : Set.of("0", "f", "F", "false", "FALSE", "False").contains(def) ? "false" : null;
      case STRING_SLICE, STRING_ARRAY, INT_SLICE -> def.isEmpty() ? "[]" : "[" + def + "]";
      case DURATION -> duration(def);
      default -> def;
    };
  }

  private static final java.util.regex.Pattern DURATION_PART = java.util.regex.Pattern.compile("(\\d*(?:\\.\\d*)?)(ns|us|µs|μs|ms|s|m|h)");
  private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L, "ms", 1_000_000L,
      "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

  /** A duration as Go's time.ParseDuration reads it, printed as Duration.String(); null when it does not parse. */
  static String duration(String text) {
    String s = text;
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return "0s";
    }
    java.util.regex.Matcher m = DURATION_PART.matcher(s);
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
        return null;
      }
      total = total.add(new java.math.BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1).startsWith(".")
          ? "0" + m.group(1) : m.group(1)).multiply(java.math.BigDecimal.valueOf(UNITS.get(m.group(2)))));
      at = m.end();
    }
    if (s.isEmpty()) {
      return null;
    }
    long nanos = total.longValue();
    return new GoValue.Duration(negative ? -nanos : nanos).goString();
  }

  /**
   * kong's split of a Go name into words: runs of lower-case letters, upper-case letters, digits and
   * other characters, an upper-case letter followed by lower-case ones starting a word ({@code HTTPPort}
   * is {@code HTTP}, {@code Port}).
   */
  static List<String> camelCase(String name) {
    List<StringBuilder> runs = new ArrayList<>();
    int last = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int cls = Character.isLowerCase(cp) ? 1 : Character.isUpperCase(cp) ? 2 : Character.isDigit(cp) ? 3 : 4;
      if (cls != last) {
        runs.add(new StringBuilder());
      }
      runs.get(runs.size() - 1).appendCodePoint(cp);
      last = cls;
      i += Character.charCount(cp);
    }
    for (int i = 0; i + 1 < runs.size(); i++) {
      StringBuilder a = runs.get(i);
      StringBuilder b = runs.get(i + 1);
      if (a.length() > 0 && Character.isUpperCase(a.codePointAt(0)) && b.length() > 0 && Character.isLowerCase(b.codePointAt(0))) {
        int lastCp = a.codePointBefore(a.length());
        a.setLength(a.length() - Character.charCount(lastCp));
        b.insert(0, Character.toChars(lastCp));
      }
    }
    List<String> out = new ArrayList<>();
    runs.stream().filter(r -> r.length() > 0).forEach(r -> out.add(r.toString()));
    return out;
  }

  /** Go's reflect.StructTag: {@code key:"value"} pairs separated by spaces. */
  static final class StructTag {
    private final Map<String, String> values = new java.util.LinkedHashMap<>();

    StructTag(String tag) {
      int i = 0;
      while (i < tag.length()) {
        while (i < tag.length() && tag.charAt(i) == ' ') {
          i++;
        }
        int colon = tag.indexOf(':', i);
        if (colon < 0 || colon + 1 >= tag.length() || tag.charAt(colon + 1) != '"') {
          return;
        }
        String key = tag.substring(i, colon);
        StringBuilder v = new StringBuilder();
        int j = colon + 2;
        while (j < tag.length() && tag.charAt(j) != '"') {
          if (tag.charAt(j) == '\\' && j + 1 < tag.length()) {
            j++;
          }
          v.append(tag.charAt(j));
          j++;
        }
        values.putIfAbsent(key, v.toString());
        i = j + 1;
      }
    }

    boolean has(String key) {
      return values.containsKey(key);
    }

    String get(String key) {
      return values.get(key);
    }

    String getOrEmpty(String key) {
      return values.getOrDefault(key, "");
    }
  }
}
