package dev.manifestgen.cli;

import java.util.regex.Pattern;

/**
 * Quotes words for display in a POSIX shell command line, on one line: the manifest header shows
 * the command, and a line break or control character copied raw into that YAML comment would end
 * the comment and let an argument inject YAML (a carriage return, NEL, U+2028 and U+2029 all end
 * a line for YAML 1.1 readers such as kubectl's). Words holding such characters are written in
 * bash's $'...' form, every one of them escaped.
 */
final class Shell {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

  private Shell() {}

  static String quote(String word) {
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    if (word.codePoints().allMatch(Shell::isPrintable)) {
      return "'" + word.replace("'", "'\\''") + "'";
    }
    StringBuilder out = new StringBuilder("$'");
    word.codePoints().forEach(cp -> {
      switch (cp) {
        case '\'' -> out.append("\\'");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isPrintable(cp)) {
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
    return out.append('\'').toString();
  }

  /** Printable on one line: no control, format, separator (but the space) or unassigned code point. */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
      default -> true;
    };
  }
}
