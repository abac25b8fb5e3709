package dev.manifestgen.crd;

import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The values of a {@code +k8s:enum} type, as controller-gen finds them: every package-level constant
 * declared with that type by name and a string literal as its value ({@code Low Level = "low"}), in
 * the order of their JSON text.
 */
final class EnumConstants {
  private EnumConstants() {}

  static List<String> of(List<GoFile> files, String typeName) {
    List<String> out = new ArrayList<>();
    for (GoFile f : files) {
      collect(f.tokens(), typeName, out);
    }
    out.sort(Comparator.comparing(EnumConstants::json));
    return out;
  }

  private static void collect(List<GoToken> t, String typeName, List<String> out) {
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      GoToken tok = t.get(i);
      if (depth == 0 && tok.isIdent() && tok.is("const")) {
        if (i + 1 < t.size() && t.get(i + 1).is("(")) {
          int k = i + 2;
          while (k < t.size() && !t.get(k).is(")")) {
            k = spec(t, k, typeName, out);
          }
          i = k;
        } else {
          i = spec(t, i + 1, typeName, out) - 1;
        }
        continue;
      }
      if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth++;
      } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
        depth--;
      }
    }
  }

  /** Reads one constant spec from {@code k}; returns the index after it (past its ';'). */
  private static int spec(List<GoToken> t, int k, String typeName, List<String> out) {
    List<String> names = new ArrayList<>();
    while (k < t.size() && t.get(k).isIdent()) {
      names.add(t.get(k).text());
      k++;
      if (k < t.size() && t.get(k).is(",")) {
        k++;
      } else {
        break;
      }
    }
    List<GoToken> type = new ArrayList<>();
    while (k < t.size() && !t.get(k).is("=") && !t.get(k).is(";") && !t.get(k).is(")")) {
      type.add(t.get(k++));
    }
    List<List<GoToken>> values = new ArrayList<>();
    if (k < t.size() && t.get(k).is("=")) {
      k++;
      List<GoToken> value = new ArrayList<>();
      int depth = 0;
      while (k < t.size() && !(depth == 0 && (t.get(k).is(";") || t.get(k).is(")")))) {
        GoToken tok = t.get(k++);
        if (depth == 0 && tok.is(",")) {
          values.add(value);
          value = new ArrayList<>();
          continue;
        }
        depth += tok.is("(") || tok.is("[") || tok.is("{") ? 1 : tok.is(")") || tok.is("]") || tok.is("}") ? -1 : 0;
        value.add(tok);
      }
      values.add(value);
    }
    if (k < t.size() && t.get(k).is(";")) {
      k++;
    }
    boolean typed = type.size() == 1 && type.get(0).isIdent() && type.get(0).text().equals(typeName);
    for (int n = 0; typed && n < names.size() && n < values.size(); n++) {
      List<GoToken> v = values.get(n);
      if (v.size() == 1 && v.get(0).kind() == GoToken.Kind.STRING) {
        out.add(v.get(0).value());
      }
    }
    return k;
  }

  /** A string's JSON text as Go's encoding/json writes it (the order controller-gen sorts enum values in). */
  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
