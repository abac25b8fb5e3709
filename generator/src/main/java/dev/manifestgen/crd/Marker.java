package dev.manifestgen.crd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One marker comment such as {@code +kubebuilder:validation:Minimum=0} or
 * {@code +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"}.
 *
 * @param name the registered marker name ({@code kubebuilder:validation:Minimum})
 * @param value the text after {@code name=}, quotes kept; null when there is none
 * @param args the {@code key=value} arguments after {@code name:}, values unquoted, in source order
 * @param file where it was written, relative to the module root
 * @param line its 1-based line
 */
record Marker(String name, String value, Map<String, String> args, String file, int line) {

  String where() {
    return file + ":" + line;
  }

  /** The single value unquoted; for a flag marker without one ({@code +optional}), "true". */
  String text() {
    return value == null ? "true" : unquote(value.strip());
  }

  /** An argument split into its list items: {@code a;b;c} or {@code {a,b,c}}, each unquoted. */
  List<String> listArg(String key) {
    String v = args.get(key);
    return v == null ? List.of() : items(v);
  }

  static List<String> items(String v) {
    String s = v.strip();
    List<String> raw = s.startsWith("{") && s.endsWith("}") ? split(s.substring(1, s.length() - 1), ',') : split(s, ';');
    List<String> out = new ArrayList<>();
    for (String r : raw) {
      out.add(unquote(r.strip()));
    }
    return out;
  }

  /** The {@code key=value} arguments of a marker's argument text, split on commas outside quotes and braces. */
  static Map<String, String> parseArgs(String text, String where) throws CrdException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : split(text, ',')) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new CrdException(where + ": marker argument '" + p + "': expected key=value");
      }
      out.put(p.substring(0, eq).strip(), unquote(p.substring(eq + 1).strip()));
    }
    return out;
  }

  /** Splits on a separator outside double quotes, backquotes and braces. */
  static List<String> split(String text, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        cur.append(c);
        if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          cur.append(text.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`') {
        quote = c;
        cur.append(c);
      } else if (c == '{') {
        depth++;
        cur.append(c);
      } else if (c == '}') {
        depth--;
        cur.append(c);
      } else if (c == separator && depth == 0) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0 || !out.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  /** A Go string literal's value ("..." with escapes, or `...`); anything else as it is. */
  static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
      return s.substring(1, s.length() - 1);
    }
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < s.length() - 1; i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() - 1) {
          char e = s.charAt(++i);
          out.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> e;
          });
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
    return s;
  }
}
