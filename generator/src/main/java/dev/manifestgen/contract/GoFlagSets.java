package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.List;
import java.util.Set;

/**
 * Tells whether the receiver of a call is a flag set: a {@code *pflag.FlagSet} (cobra's
 * {@code cmd.Flags()} and {@code cmd.PersistentFlags()}, {@code pflag.NewFlagSet}, {@code pflag.CommandLine},
 * the {@code pflag} package itself), or a Go {@code *flag.FlagSet} (or the {@code flag} package). A
 * variable is followed to its declaration (a local assignment, a parameter, a package-level var, a
 * struct field) and an expression to what it is made of (a call's declared result type, a composite
 * literal's type), through aliased imports, as far as the module's source shows. What it cannot
 * follow (a call into another module, a loop variable) is {@link Kind#UNKNOWN}, never a guess.
 */
public final class GoFlagSets {
  public static final String PFLAG = "github.com/spf13/pflag";
  public static final String GO_FLAG = "flag";
  /** cobra's methods that return a command's {@code *pflag.FlagSet}. */
  private static final Set<String> COBRA_FLAG_SETS = Set.of("Flags", "PersistentFlags", "LocalFlags", "InheritedFlags",
      "NonInheritedFlags", "LocalNonPersistentFlags");
  private static final int MAX_DEPTH = 12;

  public enum Kind {
    /** A {@code *pflag.FlagSet} (or the pflag package's own). */
    PFLAG,
    /** A Go {@code *flag.FlagSet} (or the flag package's own). */
    GO_FLAG,
    /** Something known not to be a flag set. */
    OTHER,
    /** Not resolvable from the source. */
    UNKNOWN
  }

  /**
   * What an expression was found to be.
   *
   * @param typePackage the import path of its named type (null when not a named type or unknown)
   * @param typeName the named type (without {@code *})
   * @param why what it is, or why it could not be told, for {@code --verbose}
   */
  public record Verdict(Kind kind, String typePackage, String typeName, String why) {
    public boolean flagSet() {
      return kind == Kind.PFLAG || kind == Kind.GO_FLAG;
    }
  }

  private final GoDeclarations declarations;

  public GoFlagSets(GoDeclarations declarations) {
    this.declarations = declarations;
  }

  /** What the receiver of {@code call} is. */
  public Verdict receiver(GoCall call) {
    List<GoToken> r = call.receiver();
    int at = call.index() < 0 ? -1 : call.index() - 1 - r.size();
    if (r.size() == 1 && r.get(0).isIdent()) {
      String path = call.file().importPathOf(r.get(0).text());
      if (path != null && localDeclaration(call.file(), at, r.get(0).text()) == null) {
        return packageItself(path);
      }
    }
    return expression(call.file(), at, r, 0);
  }

  private static Verdict packageItself(String path) {
    return switch (path) {
      case PFLAG -> new Verdict(Kind.PFLAG, PFLAG, "FlagSet", "the pflag package");
      case GO_FLAG -> new Verdict(Kind.GO_FLAG, GO_FLAG, "FlagSet", "the flag package");
      default -> new Verdict(Kind.OTHER, null, null, "package " + path);
    };
  }

  private static Verdict unknown(String why) {
    return new Verdict(Kind.UNKNOWN, null, null, why);
  }

  /** What an expression's value is; {@code at} is where it is written in the file (-1 at package level). */
  Verdict expression(GoFile file, int at, List<GoToken> e, int depth) {
    if (depth > MAX_DEPTH) {
      return unknown(GoToken.joined(e) + ": too deep to follow");
    }
    if (e.isEmpty()) {
      return unknown("an empty expression");
    }
    if (e.get(0).is("&") || e.get(0).is("*")) {
      return expression(file, at, e.subList(1, e.size()), depth + 1);
    }
    GoToken last = e.get(e.size() - 1);
    if (e.get(0).is("(") && GoCall.matching(e, 0) == e.size() - 1) {
      return expression(file, at, e.subList(1, e.size() - 1), depth + 1);
    }
    if (last.is("}")) {
      int open = GoCall.matchingBackwards(e, e.size() - 1);
      return open <= 0 ? unknown(GoToken.joined(e)) : type(file, e.subList(0, open));
    }
    if (last.is(")")) {
      int open = GoCall.matchingBackwards(e, e.size() - 1);
      if (open <= 0) {
        return unknown(GoToken.joined(e));
      }
      return call(file, at, e.subList(0, open), e.subList(open + 1, e.size() - 1), 0, depth);
    }
    if (e.size() == 1 && e.get(0).isIdent()) {
      return variable(file, at, e.get(0).text(), depth);
    }
    if (e.size() >= 3 && e.get(e.size() - 2).is(".") && last.isIdent()) {
      List<GoToken> prefix = e.subList(0, e.size() - 2);
      if (prefix.size() == 1 && prefix.get(0).isIdent() && file.importPathOf(prefix.get(0).text()) != null
          && localDeclaration(file, at, prefix.get(0).text()) == null) {
        String path = file.importPathOf(prefix.get(0).text());
        if ((path.equals(PFLAG) || path.equals(GO_FLAG)) && last.is("CommandLine")) {
          return packageItself(path);
        }
        GoDeclarations.Variable v = declarations.variable(path, last.text());
        return v == null ? unknown(GoToken.joined(e) + ": not declared in the module") : declared(v, depth);
      }
      Verdict owner = expression(file, at, prefix, depth + 1);
      if (owner.typeName() == null) {
        return unknown(GoToken.joined(e) + ": " + owner.why());
      }
      GoDeclarations.Variable field = declarations.field(owner.typePackage(), owner.typeName(), last.text());
      return field == null ? unknown(GoToken.joined(e) + ": no field " + last.text() + " of " + owner.typeName() + " in the module")
          : type(field.file(), field.type());
    }
    return unknown(GoToken.joined(e));
  }

  /** A call {@code callee(arguments)}; the result at {@code resultIndex}. */
  private Verdict call(GoFile file, int at, List<GoToken> callee, List<GoToken> arguments, int resultIndex, int depth) {
    if (callee.size() == 1 && callee.get(0).isIdent()) {
      String name = callee.get(0).text();
      if (name.equals("new")) {
        return type(file, arguments);
      }
      return results(declarations.functions(file.packagePath(), name), resultIndex, name);
    }
    if (callee.size() >= 3 && callee.get(callee.size() - 2).is(".") && callee.get(callee.size() - 1).isIdent()) {
      String method = callee.get(callee.size() - 1).text();
      List<GoToken> prefix = callee.subList(0, callee.size() - 2);
      if (prefix.size() == 1 && prefix.get(0).isIdent() && file.importPathOf(prefix.get(0).text()) != null
          && localDeclaration(file, at, prefix.get(0).text()) == null) {
        String path = file.importPathOf(prefix.get(0).text());
        if ((path.equals(PFLAG) || path.equals(GO_FLAG)) && method.equals("NewFlagSet")) {
          return packageItself(path);
        }
        List<GoDeclarations.Function> fs = declarations.functions(path, method);
        return fs.isEmpty() ? unknown(GoToken.joined(callee) + ": declared outside the module")
            : results(fs, resultIndex, GoToken.joined(callee));
      }
      Verdict owner = expression(file, at, prefix, depth + 1);
      if (owner.typeName() != null) {
        List<GoDeclarations.Function> own = declarations.methods(method).stream()
            .filter(f -> f.receiverType().equals(owner.typeName()) && f.file().packagePath().equals(owner.typePackage())).toList();
        if (!own.isEmpty()) {
          return results(own, resultIndex, GoToken.joined(callee));
        }
      }
      if (COBRA_FLAG_SETS.contains(method)) {
        return new Verdict(Kind.PFLAG, PFLAG, "FlagSet", "cobra's " + method + "()");
      }
      return results(declarations.methods(method), resultIndex, GoToken.joined(callee));
    }
    return unknown(GoToken.joined(callee) + "(...)");
  }

  /** The declared result type of functions or methods of one name, when they all agree. */
  private Verdict results(List<GoDeclarations.Function> functions, int index, String what) {
    Verdict found = null;
    for (GoDeclarations.Function f : functions) {
      if (f.results().size() <= index) {
        return unknown(what + ": result " + index + " not declared");
      }
      Verdict v = type(f.file(), f.results().get(index));
      if (found != null && !found.equals(v)) {
        return unknown(what + ": declared with different result types");
      }
      found = v;
    }
    return found == null ? unknown(what + ": not declared in the module") : found;
  }

  /** A type written in a file: {@code *pflag.FlagSet}, {@code T}, {@code pkg.T}. */
  Verdict type(GoFile file, List<GoToken> tokens) {
    List<GoToken> t = tokens;
    while (!t.isEmpty() && t.get(0).is("*")) {
      t = t.subList(1, t.size());
    }
    String path;
    String name;
    if (t.size() == 1 && t.get(0).isIdent()) {
      path = file.packagePath();
      name = t.get(0).text();
    } else if (t.size() == 3 && t.get(0).isIdent() && t.get(1).is(".") && t.get(2).isIdent()) {
      path = file.importPathOf(t.get(0).text());
      name = t.get(2).text();
      if (path == null) {
        return unknown(GoToken.joined(tokens) + ": " + t.get(0).text() + " is not an imported package");
      }
    } else {
      return new Verdict(Kind.OTHER, null, null, GoToken.joined(tokens));
    }
    if (name.equals("FlagSet") && path.equals(PFLAG)) {
      return new Verdict(Kind.PFLAG, path, name, "*pflag.FlagSet");
    }
    if (name.equals("FlagSet") && path.equals(GO_FLAG)) {
      return new Verdict(Kind.GO_FLAG, path, name, "*flag.FlagSet");
    }
    return new Verdict(Kind.OTHER, path, name, GoToken.joined(tokens));
  }

  private Verdict declared(GoDeclarations.Variable v, int depth) {
    if (v.type() != null) {
      return type(v.file(), v.type());
    }
    return v.initializer() == null ? unknown(v.name() + ": no type or value") : expression(v.file(), -1, v.initializer(), depth + 1);
  }

  /** A name: a local declaration before {@code at}, a parameter of the enclosing function, or a package-level var. */
  private Verdict variable(GoFile file, int at, String name, int depth) {
    if (localDeclaration(file, at, name) != null) {
      return resolveLocal(file, at, name, depth);
    }
    GoDeclarations.Variable v = declarations.variable(file.packagePath(), name);
    return v == null ? unknown(name + ": no declaration in sight") : declared(v, depth);
  }

  /** The function that declares {@code name} (as a parameter or before {@code at}) around {@code at}; null when none does. */
  private GoDeclarations.Function localDeclaration(GoFile file, int at, String name) {
    if (at < 0) {
      return null;
    }
    GoDeclarations.Function f = declarations.enclosing(file, at);
    if (f == null) {
      return null;
    }
    if (f.parameters().containsKey(name)) {
      return f;
    }
    List<GoToken> t = file.tokens();
    for (int i = at - 1; i > f.bodyStart(); i--) {
      if (t.get(i).isIdent() && t.get(i).text().equals(name) && !t.get(i - 1).is(".") && assignment(t, i) >= 0) {
        return f;
      }
    }
    return null;
  }

  private Verdict resolveLocal(GoFile file, int at, String name, int depth) {
    GoDeclarations.Function f = declarations.enclosing(file, at);
    List<GoToken> t = file.tokens();
    for (int i = at - 1; i > f.bodyStart(); i--) {
      if (!t.get(i).isIdent() || !t.get(i).text().equals(name) || t.get(i - 1).is(".")) {
        continue;
      }
      int op = assignment(t, i);
      if (op < 0) {
        continue;
      }
      if (t.get(op).is("var")) {
        int eq = GoCall.topLevelEnd(t, i + 1, "=", ";", ")");
        if (eq > i + 1) {
          return type(file, t.subList(i + 1, eq));
        }
        if (!t.get(eq).is("=")) {
          return unknown(name + ": declared without a type or value");
        }
        op = eq;
      }
      if (op + 1 < t.size() && t.get(op + 1).is("range")) {
        return unknown(name + ": a range variable");
      }
      int position = 0;
      for (int k = i - 1; k > f.bodyStart() && t.get(k).is(","); k -= 2) {
        position++;
      }
      int end = GoCall.topLevelEnd(t, op + 1, ";", ")", "}");
      List<List<GoToken>> values = GoCall.splitTopLevel(t.subList(op + 1, end));
      if (values.size() > position && (values.size() > 1 || position == 0)) {
        return expression(file, op, values.get(position), depth + 1);
      }
      List<GoToken> single = values.isEmpty() ? List.of() : values.get(0);
      if (single.isEmpty() || !single.get(single.size() - 1).is(")")) {
        return unknown(name + ": " + GoToken.joined(single));
      }
      int open = GoCall.matchingBackwards(single, single.size() - 1);
      return open <= 0 ? unknown(name + ": " + GoToken.joined(single))
          : call(file, op, single.subList(0, open), single.subList(open + 1, single.size() - 1), position, depth + 1);
    }
    return type(file, declarations.enclosing(file, at).parameters().get(name));
  }

  /**
   * When the name at {@code i} is declared there: the index of the {@code :=} or {@code =} of its
   * assignment ({@code x := ...}, {@code a, x = ...}), or of the {@code var} before it; -1 otherwise.
   */
  private static int assignment(List<GoToken> t, int i) {
    if (t.get(i - 1).is("var")) {
      return i - 1;
    }
    int j = i + 1;
    while (j + 1 < t.size() && t.get(j).is(",") && t.get(j + 1).isIdent()) {
      j += 2;
    }
    if (j < t.size() && (t.get(j).is(":=") || t.get(j).is("="))) {
      int k = i - 1;
      while (k > 0 && t.get(k).is(",") && t.get(k - 1).isIdent()) {
        k -= 2;
      }
      // the statement starts here: x := ..., or the left side is preceded by a statement boundary
      if (t.get(k).is(";") || t.get(k).is("{") || t.get(k).is("(") || t.get(k).is("var") || t.get(k).is("if")
          || t.get(k).is("for") || t.get(k).is("switch") || t.get(k).is("}")) {
        return j;
      }
    }
    return -1;
  }
}
