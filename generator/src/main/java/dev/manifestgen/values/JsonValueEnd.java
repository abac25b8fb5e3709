package dev.manifestgen.values;

/**
 * Where the first JSON value of a text ends, as Go's json.Decoder reads one value from a stream
 * and leaves the rest: after the closing bracket or quote, or after a literal or number's last
 * character. The value itself is parsed (and refused if malformed) by a JSON parser.
 */
final class JsonValueEnd {
  private JsonValueEnd() {}

  static int of(String s) {
    int i = 0;
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i >= s.length()) {
      return s.length();
    }
    char c = s.charAt(i);
    if (c == '{' || c == '[') {
      int depth = 0;
      for (; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '"') {
          i = stringEnd(s, i) - 1;
        } else if (ch == '{' || ch == '[') {
          depth++;
        } else if (ch == '}' || ch == ']') {
          if (--depth == 0) {
            return i + 1;
          }
        }
      }
      return s.length();
    }
    if (c == '"') {
      return stringEnd(s, i);
    }
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  /** The index after the string starting with the quote at start. */
  private static int stringEnd(String s, int start) {
    for (int i = start + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '"') {
        return i + 1;
      }
    }
    return s.length();
  }
}
