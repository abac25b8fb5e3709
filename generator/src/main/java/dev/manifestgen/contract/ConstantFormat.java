package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fmt.Sprintf} folded when its format and arguments are constants (a lock id written
 * {@code fmt.Sprintf("%s-%x", name, 0x1f)}): the verbs {@code %s}, {@code %v}, {@code %d}, {@code %x} and
 * {@code %%} on strings, integers and booleans, as fmt prints them. Anything else is not folded.
 */
final class ConstantFormat {
  private ConstantFormat() {}

  /** The string {@code fmt.Sprintf(...)} makes, or null when the tokens are not such a call of constants. */
  static String sprintf(GoFile file, List<GoToken> t, GoConstants constants) {
    if (t.size() < 5 || !t.get(0).isIdent() || !"fmt".equals(file.importPathOf(t.get(0).text())) || !t.get(1).is(".")
        || !t.get(2).is("Sprintf") || !t.get(3).is("(") || GoCall.matching(t, 3) != t.size() - 1) {
      return null;
    }
    List<List<GoToken>> args = GoCall.splitTopLevel(t.subList(4, t.size() - 1));
    if (args.isEmpty() || !(GoExpressions.evaluate(file, args.get(0), constants) instanceof GoValue.Str format)) {
      return null;
    }
    List<GoValue> values = new ArrayList<>();
    for (List<GoToken> a : args.subList(1, args.size())) {
      GoValue v = GoExpressions.evaluate(file, a, constants);
      if (v == null) {
        return null;
      }
      values.add(v);
    }
    return format(format.value(), values);
  }

  static String format(String format, List<GoValue> values) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i >= format.length()) {
        return null;
      }
      char verb = format.charAt(i);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (next >= values.size()) {
        return null;
      }
      GoValue v = values.get(next++);
      String s = switch (verb) {
        case 's', 'v' -> v instanceof GoValue.Str str ? str.value() : v instanceof GoValue.Int n && verb == 'v'
            ? String.valueOf(n.value()) : v instanceof GoValue.Bool b && verb == 'v' ? String.valueOf(b.value()) : null;
        case 'd' -> v instanceof GoValue.Int n ? String.valueOf(n.value()) : null;
        case 'x' -> v instanceof GoValue.Int n ? (n.value() < 0 ? "-" + Long.toHexString(-n.value()) : Long.toHexString(n.value()))
            : v instanceof GoValue.Str str ? hex(str.value()) : null;
        default -> null;
      };
      if (s == null) {
        return null;
      }
      out.append(s);
    }
    return next == values.size() ? out.toString() : null;
  }

  private static String hex(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%02x", b & 0xff));
    }
    return out.toString();
  }
}
