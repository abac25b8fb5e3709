package dev.manifestgen.golang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level declarations of a set of Go files, as far as the extractor needs them to tell what
 * an expression is: functions and methods (parameters, results, where the body is), package-level
 * variables (type or initializer) and struct types (their fields). Built once, read by
 * {@code contract.GoFlagSets}.
 */
public final class GoDeclarations {
  /**
   * A function or method.
   *
   * @param receiverType the receiver's type name without {@code *} (null for a function)
   * @param parameters its parameters (the receiver included), by name, each with its type's tokens
   * @param results each result's type tokens
   * @param bodyStart the index of the body's {@code {} (-1 without a body)
   * @param bodyEnd the index of the body's closing brace
   */
  public record Function(GoFile file, String receiverType, String name, Map<String, List<GoToken>> parameters,
      List<List<GoToken>> results, int bodyStart, int bodyEnd) {}

  /** A package-level variable: its declared type's tokens, or its initializer's (one of the two may be null). */
  public record Variable(GoFile file, String name, List<GoToken> type, List<GoToken> initializer) {}

  private final Map<String, Map<String, List<Function>>> functions = new HashMap<>();
  private final Map<String, List<Function>> methodsByName = new HashMap<>();
  private final Map<String, Map<String, Variable>> variables = new HashMap<>();
  private final Map<String, Map<String, Map<String, Variable>>> structs = new HashMap<>();
  private final Map<String, Map<String, List<StructField>>> orderedStructs = new HashMap<>();
  // by identity: a GoFile record's equals and hashCode would walk all its tokens
  private final Map<GoFile, List<Function>> bodies = new java.util.IdentityHashMap<>();

  public GoDeclarations(List<GoFile> files) {
    for (GoFile f : files) {
      collect(f);
    }
  }

  /** The functions (not methods) named {@code name} in a package; empty when none. */
  public List<Function> functions(String packagePath, String name) {
    return functions.getOrDefault(packagePath, Map.of()).getOrDefault(name, List.of());
  }

  /** Every method with this name, whatever its receiver type. */
  public List<Function> methods(String name) {
    return methodsByName.getOrDefault(name, List.of());
  }

  public Variable variable(String packagePath, String name) {
    return variables.getOrDefault(packagePath, Map.of()).get(name);
  }

  /** A struct's field (as a variable with a type); null when the struct or the field is not known. */
  public Variable field(String packagePath, String struct, String field) {
    return structs.getOrDefault(packagePath, Map.of()).getOrDefault(struct, Map.of()).get(field);
  }

  /**
   * One field of a struct type, in declaration order.
   *
   * @param name the field's name; for an embedded field, its type's name
   * @param type its type's tokens
   * @param tag the struct tag's decoded value; empty when none
   * @param embedded an embedded field ({@code T} or {@code *T} with no name)
   */
  public record StructField(GoFile file, String name, List<GoToken> type, String tag, boolean embedded, int line) {}

  /** A struct type's fields in declaration order, embedded ones included; null when the struct is not known. */
  public List<StructField> structFields(String packagePath, String struct) {
    return orderedStructs.getOrDefault(packagePath, Map.of()).get(struct);
  }

  /** The function whose body holds token {@code index} of the file; null at package level. */
  public Function enclosing(GoFile file, int index) {
    for (Function f : bodies.getOrDefault(file, List.of())) {
      if (f.bodyStart() <= index && index <= f.bodyEnd()) {
        return f;
      }
    }
    return null;
  }

  private void collect(GoFile file) {
    List<GoToken> t = file.tokens();
    int i = 0;
    while (i < t.size()) {
      GoToken tok = t.get(i);
      if (tok.is("func")) {
        i = function(file, t, i + 1);
      } else if (tok.is("var")) {
        i = group(file, t, i + 1, this::variableSpec);
      } else if (tok.is("type")) {
        i = group(file, t, i + 1, this::typeSpec);
      } else if (tok.is("(") || tok.is("{") || tok.is("[")) {
        i = skip(t, i);
      } else {
        i++;
      }
    }
  }

  private interface Spec {
    void read(GoFile file, List<GoToken> spec);
  }

  /** A declaration of one spec or a parenthesized group of them; returns the index after it. */
  private static int group(GoFile file, List<GoToken> t, int i, Spec spec) {
    if (i < t.size() && t.get(i).is("(")) {
      int close = skip(t, i) - 1;
      int start = i + 1;
      while (start < close) {
        int end = GoCall.topLevelEnd(t, start, ";");
        end = Math.min(end, close);
        if (end > start) {
          spec.read(file, t.subList(start, end));
        }
        start = end + 1;
      }
      return close + 1;
    }
    int end = GoCall.topLevelEnd(t, i, ";");
    spec.read(file, t.subList(i, end));
    return end;
  }

  private void variableSpec(GoFile file, List<GoToken> spec) {
    List<String> names = new ArrayList<>();
    int p = 0;
    while (p < spec.size() && spec.get(p).isIdent()) {
      names.add(spec.get(p).text());
      p++;
      if (p < spec.size() && spec.get(p).is(",")) {
        p++;
      } else {
        break;
      }
    }
    int eq = GoCall.topLevelEnd(spec, p, "=");
    List<GoToken> type = eq > p ? List.copyOf(spec.subList(p, eq)) : null;
    List<List<GoToken>> values = eq < spec.size() ? GoCall.splitTopLevel(spec.subList(eq + 1, spec.size())) : List.of();
    Map<String, Variable> scope = variables.computeIfAbsent(file.packagePath(), x -> new HashMap<>());
    for (int k = 0; k < names.size(); k++) {
      List<GoToken> init = values.size() == names.size() ? List.copyOf(values.get(k)) : null;
      scope.putIfAbsent(names.get(k), new Variable(file, names.get(k), type, init));
    }
  }

  private void typeSpec(GoFile file, List<GoToken> spec) {
    if (spec.size() < 3 || !spec.get(0).isIdent() || !spec.get(1).is("struct") || !spec.get(2).is("{")) {
      return;
    }
    Map<String, Variable> fields = new HashMap<>();
    List<StructField> ordered = new ArrayList<>();
    fieldsOf(file, spec, 2, fields, ordered);
    structs.computeIfAbsent(file.packagePath(), x -> new HashMap<>()).put(spec.get(0).text(), fields);
    orderedStructs.computeIfAbsent(file.packagePath(), x -> new HashMap<>()).put(spec.get(0).text(), List.copyOf(ordered));
  }

  /** The fields of the struct body whose opening brace is token {@code open}, into both collections. */
  private static void fieldsOf(GoFile file, List<GoToken> spec, int open, Map<String, Variable> fields, List<StructField> ordered) {
    int close = skip(spec, open) - 1;
    int start = open + 1;
    while (start < close) {
      int end = Math.min(GoCall.topLevelEnd(spec, start, ";"), close);
      List<GoToken> line = spec.subList(start, end);
      List<String> names = new ArrayList<>();
      int p = 0;
      while (p + 1 < line.size() && line.get(p).isIdent() && (line.get(p + 1).is(",") || names.isEmpty())) {
        names.add(line.get(p).text());
        p += line.get(p + 1).is(",") ? 2 : 1;
        if (!line.get(p - 1).is(",")) {
          break;
        }
      }
      int typeEnd = line.size();
      String tag = "";
      if (typeEnd > p && line.get(typeEnd - 1).kind() == GoToken.Kind.STRING) {
        typeEnd--; // a struct tag
        tag = line.get(typeEnd).value();
      }
      if (embedded(line.subList(0, typeEnd))) {
        ordered.add(new StructField(file, line.get(typeEnd - 1).text(), List.copyOf(line.subList(0, typeEnd)), tag, true,
            line.get(0).line()));
      } else if (!names.isEmpty() && typeEnd > p) {
        for (String n : names) {
          fields.put(n, new Variable(file, n, List.copyOf(line.subList(p, typeEnd)), null));
          ordered.add(new StructField(file, n, List.copyOf(line.subList(p, typeEnd)), tag, false, line.get(0).line()));
        }
      }
      start = end + 1;
    }
  }

  /**
   * The fields of a struct type written out where it is used ({@code struct {...}}, as in {@code var cfg struct
   * {...}}, the way kong and go-arg programs often declare their flags), in declaration order; null for any other type.
   */
  public static List<StructField> structTypeFields(GoFile file, List<GoToken> type) {
    if (type == null || type.size() < 3 || !type.get(0).is("struct") || !type.get(1).is("{")) {
      return null;
    }
    List<StructField> ordered = new ArrayList<>();
    fieldsOf(file, type, 1, new HashMap<>(), ordered);
    return List.copyOf(ordered);
  }

  /** An embedded field's tokens: {@code T}, {@code *T}, {@code pkg.T} or {@code *pkg.T}. */
  private static boolean embedded(List<GoToken> l) {
    int i = !l.isEmpty() && l.get(0).is("*") ? 1 : 0;
    int n = l.size() - i;
    return n == 1 && l.get(i).isIdent() || n == 3 && l.get(i).isIdent() && l.get(i + 1).is(".") && l.get(i + 2).isIdent();
  }

  /** {@code func [(recv)] Name[T any](params) results { body }}; returns the index after it. */
  private int function(GoFile file, List<GoToken> t, int i) {
    Map<String, List<GoToken>> parameters = new java.util.LinkedHashMap<>();
    String receiverType = null;
    if (i < t.size() && t.get(i).is("(")) {
      int close = skip(t, i) - 1;
      List<GoToken> recv = t.subList(i + 1, close);
      parameters(recv, parameters);
      for (int k = 0; k < recv.size(); k++) {
        if (recv.get(k).isIdent()) {
          receiverType = recv.get(k).text(); // the type's name: (r *T), (r T[K]) or (T)
          if (k > 0) {
            break;
          }
        }
      }
      i = close + 1;
    }
    if (i >= t.size() || !t.get(i).isIdent()) {
      return i;
    }
    String name = t.get(i).text();
    i++;
    if (i < t.size() && t.get(i).is("[")) {
      i = skip(t, i);
    }
    if (i >= t.size() || !t.get(i).is("(")) {
      return i;
    }
    int paramsClose = skip(t, i) - 1;
    parameters(t.subList(i + 1, paramsClose), parameters);
    i = paramsClose + 1;
    List<List<GoToken>> results = new ArrayList<>();
    if (i < t.size() && t.get(i).is("(")) {
      int close = skip(t, i) - 1;
      List<List<GoToken>> parts = GoCall.splitTopLevel(t.subList(i + 1, close));
      for (List<GoToken> part : parts) {
        results.add(part.size() >= 2 && part.get(0).isIdent() && !part.get(1).is(".") ? part.subList(1, part.size()) : part);
      }
      i = close + 1;
    } else {
      int start = i;
      while (i < t.size() && !t.get(i).is("{") && !t.get(i).is(";")) {
        if ((t.get(i).is("struct") || t.get(i).is("interface")) && i + 1 < t.size() && t.get(i + 1).is("{")) {
          i = skip(t, i + 1);
        } else if (t.get(i).is("(") || t.get(i).is("[")) {
          i = skip(t, i);
        } else {
          i++;
        }
      }
      if (i > start) {
        results.add(List.copyOf(t.subList(start, i)));
      }
    }
    int bodyStart = -1;
    int bodyEnd = -1;
    if (i < t.size() && t.get(i).is("{")) {
      bodyStart = i;
      bodyEnd = skip(t, i) - 1;
      i = bodyEnd + 1;
    }
    Function f = new Function(file, receiverType, name, parameters, results, bodyStart, bodyEnd);
    if (receiverType == null) {
      functions.computeIfAbsent(file.packagePath(), x -> new HashMap<>()).computeIfAbsent(name, x -> new ArrayList<>()).add(f);
    } else {
      methodsByName.computeIfAbsent(name, x -> new ArrayList<>()).add(f);
    }
    if (bodyStart >= 0) {
      bodies.computeIfAbsent(file, x -> new ArrayList<>()).add(f);
    }
    return i;
  }

  /** Named parameters {@code a, b T, c *U} into the map; unnamed ones ({@code (string, error)}) add nothing. */
  static void parameters(List<GoToken> list, Map<String, List<GoToken>> into) {
    List<String> pending = new ArrayList<>();
    for (List<GoToken> part : GoCall.splitTopLevel(list)) {
      if (part.size() == 1 && part.get(0).isIdent()) {
        pending.add(part.get(0).text());
      } else if (part.size() >= 2 && part.get(0).isIdent() && !part.get(1).is(".")) {
        List<GoToken> type = List.copyOf(part.subList(1, part.size()));
        into.put(part.get(0).text(), type);
        for (String p : pending) {
          into.put(p, type);
        }
        pending.clear();
      } else {
        pending.clear();
      }
    }
  }

  /** The index after the bracket group opening at {@code open} (the end of the list when unbalanced). */
  private static int skip(List<GoToken> t, int open) {
    int close = GoCall.matching(t, open);
    return close < 0 ? t.size() : close + 1;
  }
}
