package dev.manifestgen.golang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package-level constants of a module, by package import path and name, evaluated on demand
 * with {@link GoExpressions}. Package-level {@code var}s with a constant initializer count too:
 * operators often keep defaults such as {@code DefaultCertValidity = 365 * 24 * time.Hour} in vars, and
 * the value a flag is given at definition time is that initializer.
 */
public final class GoConstants implements GoExpressions.Scope {
  private record Declaration(GoFile file, String type, List<GoToken> expression) {}

  private final Map<String, Map<String, Declaration>> declarations = new HashMap<>();
  /** Constants declared inside functions; a name declared in two functions of a package is ambiguous (null). */
  private final Map<String, Map<String, Declaration>> local = new HashMap<>();
  private final Map<String, GoValue> values = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  public GoConstants(GoModule module) {
    for (GoFile f : module.files()) {
      collect(f);
    }
  }

  /** The value of {@code name} in the package with import path {@code packagePath}; null when unknown. */
  public GoValue value(String packagePath, String name) {
    String key = packagePath + "." + name;
    if (values.containsKey(key)) {
      return values.get(key);
    }
    Declaration d = declarations.getOrDefault(packagePath, Map.of()).get(name);
    if (d == null) {
      d = local.getOrDefault(packagePath, Map.of()).get(name);
    }
    if (d == null || !evaluating.add(key)) {
      return null;
    }
    GoValue v = GoExpressions.evaluate(d.file(), d.expression(), this);
    evaluating.remove(key);
    v = typed(d, v);
    values.put(key, v);
    return v;
  }

  @Override
  public GoValue constant(GoFile file, String pkg, String name) {
    if (pkg == null) {
      return value(file.packagePath(), name);
    }
    String path = file.importPathOf(pkg);
    return path == null ? null : value(path, name);
  }

  private static GoValue typed(Declaration d, GoValue v) {
    if (v instanceof GoValue.Int i && d.type() != null && d.type().endsWith(".Duration")
        && d.file().refersTo(d.type().substring(0, d.type().indexOf('.')), "time")) {
      return new GoValue.Duration(i.value());
    }
    return v;
  }

  private void collect(GoFile f) {
    List<GoToken> t = f.tokens();
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      GoToken tok = t.get(i);
      if (tok.is("{") || tok.is("(") || tok.is("[")) {
        depth++;
      } else if (tok.is("}") || tok.is(")") || tok.is("]")) {
        depth--;
      } else if (depth == 0 && (tok.is("const") || tok.is("var"))) {
        i = declaration(f, t, i + 1, declarations);
      } else if (depth > 0 && tok.is("const")) {
        i = declaration(f, t, i + 1, local);
      }
    }
  }

  /** Reads a declaration's specs from {@code i}; returns the index of its last token. */
  private int declaration(GoFile f, List<GoToken> t, int i, Map<String, Map<String, Declaration>> into) {
    if (i < t.size() && t.get(i).is("(")) {
      i++;
      while (i < t.size() && !t.get(i).is(")")) {
        i = spec(f, t, i, into);
      }
      return i;
    }
    return spec(f, t, i, into) - 1;
  }

  /** One spec {@code a, b T = x, y}; returns the index after its terminating semicolon. */
  private int spec(GoFile f, List<GoToken> t, int i, Map<String, Map<String, Declaration>> into) {
    int end = GoCall.topLevelEnd(t, i, ";", ")", "}");
    List<String> names = new ArrayList<>();
    int p = i;
    while (p < end && t.get(p).isIdent()) {
      names.add(t.get(p).text());
      p++;
      if (p < end && t.get(p).is(",")) {
        p++;
      } else {
        break;
      }
    }
    int eq = p;
    while (eq < end && !t.get(eq).is("=")) {
      eq++;
    }
    if (eq < end && !names.isEmpty()) {
      String type = eq > p ? join(t.subList(p, eq)) : null;
      List<List<GoToken>> expressions = GoCall.splitTopLevel(t.subList(eq + 1, end));
      if (expressions.size() == names.size()) {
        Map<String, Declaration> scope = into.computeIfAbsent(f.packagePath(), x -> new HashMap<>());
        for (int k = 0; k < names.size(); k++) {
          Declaration d = new Declaration(f, type, expressions.get(k));
          if (into == local && scope.containsKey(names.get(k))) {
            scope.put(names.get(k), null);
          } else {
            scope.putIfAbsent(names.get(k), d);
          }
        }
      }
    }
    return end < t.size() && t.get(end).is(";") ? end + 1 : end;
  }

  private static String join(List<GoToken> tokens) {
    StringBuilder s = new StringBuilder();
    for (GoToken tok : tokens) {
      s.append(tok.text());
    }
    return s.toString();
  }
}
