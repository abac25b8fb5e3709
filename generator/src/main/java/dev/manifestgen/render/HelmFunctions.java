package dev.manifestgen.render;

import dev.manifestgen.yaml.HelmNumbers;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Jinja filters and functions of the template subset, each behaving like the Helm (sprig /
 * Go template) function the chart compiler translates it to, so both outputs agree.
 */
public final class HelmFunctions {
  private HelmFunctions() {}

  /** Helm's fail: stops rendering with the message (a jinjava function, hence public). */
  public static String fail(String message) {
    throw new TemplateFailure(message);
  }

  /** Thrown by fail(); the renderer reports its message as it is. */
  static final class TemplateFailure extends RuntimeException {
    TemplateFailure(String message) {
      super(message);
    }
  }

  /** sprig {@code quote}: Go's %q of the value's string form; nothing for null. */
  public static String quote(Object value) {
    if (value == null) {
      return "";
    }
    return goQuote(goString(value));
  }

  /** Go's strconv.Quote: printable characters as they are, the rest escaped. */
  static String goQuote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 7 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 11 -> out.append("\\v");
        default -> {
          if (isGoPrintable(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < 0x80) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** A Go string literal for a template (Go's quoting; a Go template reads it back exactly). */
  public static String goQuoteForTemplate(String s) {
    return goQuote(s);
  }

  /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isGoPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** How Go's fmt prints a value with %v (what sprig's strval gives for non-strings). */
  static String goString(Object value) {
    if (value == null) {
      return "<nil>";
    }
    if (value instanceof Double d) {
      return goFloat(d);
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return YamlWriter.toYaml(value);
    }
    return String.valueOf(value);
  }

  /** Go's %v for a float64: the shortest representation, in exponent form from 1e21 or below 1e-4. */
  private static String goFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return String.valueOf((long) d);
    }
    return String.valueOf(d);
  }

  /** Helm's toYaml: block YAML without the final newline. */
  public static String toYaml(Object value) {
    return YamlWriter.toYaml(value);
  }

  /**
   * Jinja's indent (the first line stays as it is) with Go's padding of every later line, empty
   * ones too: {@code {{ x | indent(4) }}} after four spaces equals Helm's {@code nindent 4}.
   */
  public static String indent(Object value, int width) {
    String pad = " ".repeat(width);
    return goString(value).replace("\n", "\n" + pad);
  }

  /** sprig's empty(): null, false, 0, "" and empty lists and maps. */
  public static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isEmpty();
    }
    if (value instanceof Boolean b) {
      return !b;
    }
    if (value instanceof Number n) {
      return n.doubleValue() == 0;
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    return false;
  }

  /** sprig default: the fallback when the value is empty. */
  public static Object defaultTo(Object value, Object fallback) {
    return isEmpty(value) ? fallback : value;
  }

  /** sprig toInt (Helm's int): numbers truncated, numeric strings parsed, anything else 0. */
  public static long toInt(Object value) {
    if (value instanceof Number n) {
      return HelmNumbers.toInt64(n);
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        try {
          return (long) Double.parseDouble(s.trim());
        } catch (NumberFormatException e2) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** sprig join: the items' string forms, nulls skipped. */
  public static String join(Object list, String separator) {
    if (!(list instanceof Collection<?> items)) {
      return list == null ? "" : goString(list);
    }
    List<String> parts = new ArrayList<>();
    for (Object item : items) {
      if (item != null) {
        parts.add(goString(item));
      }
    }
    return String.join(separator, parts);
  }

  public static String b64encode(Object value) {
    return Base64.getEncoder().encodeToString(goString(value).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * sprig trunc: the first n bytes of the UTF-8 form (sprig counts bytes). Where Go would cut a
   * character in two, this stops before it: Go's result there is not valid UTF-8 anyway.
   */
  public static String trunc(Object value, int n) {
    String s = goString(value);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (n >= 0) {
      return bytes.length > n ? utf8Prefix(s, n) : s;
    }
    return bytes.length > -n ? new StringBuilder(utf8Prefix(new StringBuilder(s).reverse().toString(), -n)).reverse().toString() : s;
  }

  private static String utf8Prefix(String s, int maxBytes) {
    int bytes = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }

  /** sprig sha256sum: the lower-case hex SHA-256 of the value's string form, as UTF-8. */
  public static String sha256sum(Object value) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(goString(value).getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static String trimSuffix(Object value, String suffix) {
    String s = goString(value);
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }
}
