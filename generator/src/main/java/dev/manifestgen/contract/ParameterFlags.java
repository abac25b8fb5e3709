package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The flag a function's parameter carries into a manager option, found at the function's calls: the
 * argument at the parameter's place is a variable a flag is bound to, or, for {@code param.field}, a
 * composite literal whose {@code field} is. CloudNativePG's controller command hands {@code --leader-elect}
 * to the code that builds its manager that way ({@code run(leaderElectionConfiguration{enable: v})}).
 * Only plain functions are followed, one call level, and only when every call passes the same flag.
 */
final class ParameterFlags {
  private ParameterFlags() {}

  /**
   * The flag the parameter (or its {@code field}, when not null) holds at every call of the function enclosing
   * token {@code index} of {@code file}; null when it is no parameter, a call passes something else, or none is found.
   */
  static String flagOf(GoFile file, int index, String parameter, String field, GoDeclarations declarations,
      List<GoFile> files, Function<String, String> boundVariable) {
    GoDeclarations.Function fn = declarations.enclosing(file, index);
    if (fn == null || fn.receiverType() != null || !fn.parameters().containsKey(parameter)) {
      return null;
    }
    int position = new ArrayList<>(fn.parameters().keySet()).indexOf(parameter);
    String found = null;
    for (GoFile f : files) {
      for (List<List<GoToken>> arguments : callsOf(f, fn)) {
        if (arguments.size() <= position) {
          continue;
        }
        String flag = flagIn(arguments.get(position), field, boundVariable);
        if (flag == null || found != null && !found.equals(flag)) {
          return null;
        }
        found = flag;
      }
    }
    return found;
  }

  /** The argument lists of the file's calls of the function: {@code name(...)} in its package, {@code pkg.name(...)} elsewhere. */
  private static List<List<List<GoToken>>> callsOf(GoFile f, GoDeclarations.Function fn) {
    String home = fn.file().packagePath();
    List<GoToken> t = f.tokens();
    List<List<List<GoToken>>> out = new ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      if (!t.get(i).is(fn.name()) || !t.get(i + 1).is("(") || t.get(i - 1).is("func")) {
        continue;
      }
      boolean qualified = t.get(i - 1).is(".");
      boolean ours = qualified
          ? i > 1 && t.get(i - 2).isIdent() && home.equals(f.importPathOf(t.get(i - 2).text())) && (i < 3 || !t.get(i - 3).is("."))
          : f.packagePath().equals(home);
      int close = GoCall.matching(t, i + 1);
      if (ours && close > 0) {
        out.add(GoCall.splitTopLevel(t.subList(i + 2, close)));
      }
    }
    return out;
  }

  private static String flagIn(List<GoToken> argument, String field, Function<String, String> boundVariable) {
    List<GoToken> a = !argument.isEmpty() && argument.get(0).is("&") ? argument.subList(1, argument.size()) : argument;
    if (field == null) {
      return a.size() == 1 && a.get(0).isIdent() ? boundVariable.apply(a.get(0).text()) : null;
    }
    int brace = a.size() > 1 && a.get(0).isIdent() && a.get(1).is("{") ? 1 : -1;
    if (brace < 0 || GoCall.matching(a, brace) != a.size() - 1) {
      return null;
    }
    List<GoToken> value = GoContractExtractor.field(a, brace, field);
    return value != null && value.size() == 1 && value.get(0).isIdent() ? boundVariable.apply(value.get(0).text()) : null;
  }
}
