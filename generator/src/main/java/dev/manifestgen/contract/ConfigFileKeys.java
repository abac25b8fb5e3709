package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an operator reads a configuration file into a typed struct, and so which key of that file an expression of
 * the code reads. Two shapes:
 * <ul>
 *   <li>controller-runtime's ComponentConfig: {@code ctrl.ConfigFile().AtPath(path)} (or {@code config.File()}),
 *       handed to {@code Options.AndFrom}: the file's keys are those of controller-runtime's
 *       {@code ControllerManagerConfigurationSpec} ({@link #COMPONENT_CONFIG}), and fill the options the code leaves
 *       unset;
 *   <li>a struct of the program decoded with {@code yaml.Unmarshal(data, &cfg)} or {@code json.Unmarshal} from
 *       {@code os.ReadFile(path)} in the same function: {@code cfg.A.B} reads the key its fields' {@code json} (or
 *       {@code yaml}) tags name, {@code a.b}.
 * </ul>
 * In both, {@code path} is a variable a flag is bound to: that flag names the file.
 */
final class ConfigFileKeys {
  private static final String CONTROLLER_RUNTIME = "sigs.k8s.io/controller-runtime";
  private static final Set<String> DECODERS = Set.of("sigs.k8s.io/yaml", "gopkg.in/yaml.v2", "gopkg.in/yaml.v3", "encoding/json",
      "github.com/ghodss/yaml");
  /** ControllerManagerConfigurationSpec's keys (controller-runtime 0.8 to 0.14), by the contract fact each fills. */
  static final Map<String, String> COMPONENT_CONFIG = Map.of("leaderElection.id", "leaderElection.resourceName",
      "leaderElection.enabled", "leaderElection.leaderElect", "webhookServer.port", "webhook.port",
      "metrics.bindAddress", "metrics.bindAddress");

  /**
   * One way the program reads its config file.
   *
   * @param flag the flag that names the file
   * @param variable the struct variable the file is decoded into (null for ComponentConfig)
   * @param structPackage its type's package, {@code structName} its name
   */
  record Decoded(String flag, String variable, String structPackage, String structName, GoFile file) {
    boolean componentConfig() {
      return variable == null;
    }
  }

  /** What a flag-bound variable is: the flag's name, or null. */
  interface FlagOf {
    String of(String variable);
  }

  private ConfigFileKeys() {}

  static List<Decoded> find(List<GoFile> files, GoDeclarations declarations, FlagOf flagOf) {
    List<Decoded> out = new ArrayList<>();
    for (GoFile f : files) {
      for (GoCall at : GoCall.find(f, Set.of("AtPath"))) {
        List<GoToken> r = at.receiver();
        boolean componentConfig = r.size() >= 3 && r.get(0).isIdent() && r.get(1).is(".")
            && (r.get(2).is("ConfigFile") && f.refersTo(r.get(0).text(), CONTROLLER_RUNTIME)
                || r.get(2).is("File") && f.refersTo(r.get(0).text(), CONTROLLER_RUNTIME + "/pkg/config"));
        String flag = componentConfig && at.arguments().size() == 1 ? variableFlag(at.arguments().get(0), flagOf) : null;
        if (flag != null) {
          out.add(new Decoded(flag, null, null, null, f));
        }
      }
      for (GoCall un : GoCall.find(f, Set.of("Unmarshal"))) {
        if (un.arguments().size() < 2 || un.receiver().size() != 1 || !DECODERS.contains(f.importPathOf(un.receiver().get(0).text()))) {
          continue;
        }
        List<GoToken> target = un.arguments().get(1);
        String variable = target.size() == 2 && target.get(0).is("&") && target.get(1).isIdent() ? target.get(1).text()
            : target.size() == 1 && target.get(0).isIdent() ? target.get(0).text() : null;
        GoDeclarations.Function in = declarations.enclosing(f, un.index());
        String flag = in == null || variable == null ? null : readFileFlag(f, in, flagOf);
        String[] type = flag == null ? null : typeOf(f, in, variable);
        if (type != null) {
          out.add(new Decoded(flag, variable, type[0], type[1], f));
        }
      }
    }
    return out;
  }

  private static String variableFlag(List<GoToken> arg, FlagOf flagOf) {
    return arg.size() == 1 && arg.get(0).isIdent() ? flagOf.of(arg.get(0).text())
        : arg.size() == 3 && arg.get(1).is(".") && arg.get(2).isIdent() ? flagOf.of(arg.get(2).text()) : null;
  }

  /** The flag of {@code os.ReadFile(path)} (or ioutil's) in the function. */
  private static String readFileFlag(GoFile f, GoDeclarations.Function in, FlagOf flagOf) {
    for (GoCall read : GoCall.find(f, Set.of("ReadFile"))) {
      if (read.index() > in.bodyStart() && read.index() < in.bodyEnd() && read.arguments().size() == 1 && read.receiver().size() == 1
          && Set.of("os", "io/ioutil").contains(f.importPathOf(read.receiver().get(0).text()))) {
        String flag = variableFlag(read.arguments().get(0), flagOf);
        if (flag != null) {
          return flag;
        }
      }
    }
    return null;
  }

  /** The struct type of a variable declared in the function ({@code var v T}, {@code v := T{}}, {@code v := &T{}}): package and name. */
  private static String[] typeOf(GoFile f, GoDeclarations.Function in, String variable) {
    List<GoToken> t = f.tokens();
    for (int i = in.bodyStart(); i + 2 < in.bodyEnd(); i++) {
      int at = -1;
      if (t.get(i).is("var") && t.get(i + 1).is(variable)) {
        at = i + 2;
      } else if (t.get(i).is(variable) && (t.get(i + 1).is(":=") || t.get(i + 1).is("=")) && !t.get(i - 1).is(".")) {
        at = i + 2;
      }
      if (at < 0) {
        continue;
      }
      if (t.get(at).is("&") || t.get(at).is("*")) {
        at++;
      }
      if (t.get(at).isIdent() && at + 2 < t.size() && t.get(at + 1).is(".") && t.get(at + 2).isIdent() && f.importPathOf(t.get(at).text()) != null) {
        return new String[] {f.importPathOf(t.get(at).text()), t.get(at + 2).text()};
      }
      if (t.get(at).isIdent()) {
        return new String[] {f.packagePath(), t.get(at).text()};
      }
    }
    return null;
  }

  /**
   * The file key {@code value} reads ({@code cfg.LeaderElection.ID} gives {@code leaderElection.id}), following the
   * struct's fields and their tags; null when the expression is not such a selector of a decoded variable.
   */
  static String keyOf(List<Decoded> decoded, GoDeclarations declarations, GoFile file, List<GoToken> value) {
    List<GoToken> v = !value.isEmpty() && (value.get(0).is("*") || value.get(0).is("&")) ? value.subList(1, value.size()) : value;
    if (v.size() < 3 || v.size() % 2 == 0 || !v.get(0).isIdent()) {
      return null;
    }
    for (Decoded d : decoded) {
      if (d.componentConfig() || !d.variable().equals(v.get(0).text()) || d.file() != file) {
        continue;
      }
      String pkg = d.structPackage();
      String struct = d.structName();
      List<String> keys = new ArrayList<>();
      for (int i = 1; i + 1 < v.size(); i += 2) {
        if (!v.get(i).is(".") || !v.get(i + 1).isIdent() || struct == null) {
          return null;
        }
        GoDeclarations.StructField field = field(declarations, pkg, struct, v.get(i + 1).text(), 0);
        if (field == null) {
          return null;
        }
        keys.add(key(field));
        List<GoToken> type = field.type();
        List<GoToken> named = !type.isEmpty() && type.get(0).is("*") ? type.subList(1, type.size()) : type;
        struct = null;
        if (named.size() == 1 && named.get(0).isIdent()) {
          struct = named.get(0).text();
        } else if (named.size() == 3 && named.get(1).is(".") && field.file().importPathOf(named.get(0).text()) != null) {
          pkg = field.file().importPathOf(named.get(0).text());
          struct = named.get(2).text();
        }
      }
      return String.join(".", keys);
    }
    return null;
  }

  /** A field by name, also through embedded structs of the same package. */
  private static GoDeclarations.StructField field(GoDeclarations declarations, String pkg, String struct, String name, int depth) {
    List<GoDeclarations.StructField> fields = declarations.structFields(pkg, struct);
    if (fields == null || depth > 4) {
      return null;
    }
    for (GoDeclarations.StructField f : fields) {
      if (!f.embedded() && f.name().equals(name)) {
        return f;
      }
    }
    for (GoDeclarations.StructField f : fields) {
      if (f.embedded()) {
        GoDeclarations.StructField inner = field(declarations, pkg, f.name(), name, depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** The key the decoder reads a field from: its json tag's name, else its yaml tag's, else the field's name. */
  private static String key(GoDeclarations.StructField f) {
    StructTagFlags.StructTag tag = new StructTagFlags.StructTag(f.tag());
    for (String decoder : List.of("json", "yaml")) {
      String v = tag.get(decoder);
      String name = v == null ? "" : v.split(",", -1)[0];
      if (!name.isEmpty() && !name.equals("-")) {
        return name;
      }
    }
    return f.name();
  }
}
