package dev.manifestgen.yaml;

/** User text shown inside a one-line message: every character that could break or hide the line escaped. */
public final class Printable {
  private Printable() {}

  /** The text with line breaks, tabs, control and format characters written as escapes (\n, \r, \u2028). */
  public static String oneLine(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      String escape = switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> isPrintable(c) ? null : c < 0x80 ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
      };
      if (escape != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.appendCodePoint(c);
        }
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
      default -> true;
    };
  }
}
