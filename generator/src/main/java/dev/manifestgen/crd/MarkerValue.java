package dev.manifestgen.crd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A marker value in controller-gen's own syntax, for markers whose value may be anything
 * ({@code +kubebuilder:default}, {@code +kubebuilder:example}, {@code Enum} items): {@code {a,b}} is a
 * list, {@code {key:value,...}} an object (keys bare or quoted), {@code a;b;c} a list at the top,
 * {@code true}/{@code false} booleans, a number standing alone a number, a Go string literal
 * ({@code "..."}, {@code `...`}) a string, and anything else the bare text up to the next
 * {@code ,}, {@code ;} or {@code }} (spaces inside kept, at the ends dropped).
 */
final class MarkerValue {
  private final String text;
  private int pos;

  private MarkerValue(String text) {
    this.text = text;
  }

  /** The value of {@code text}; {@code a;b} at the top is a list. */
  static Object parse(String text) throws BadValue {
    MarkerValue p = new MarkerValue(text);
    Object first = p.any(false);
    p.skipSpace();
    if (p.peek() == ';') {
      List<Object> items = new ArrayList<>(List.of(first));
      while (p.peek() == ';') {
        p.pos++;
        items.add(p.any(false));
        p.skipSpace();
      }
      first = items;
    }
    p.skipSpace();
    if (p.pos < text.length()) {
      throw new BadValue("unexpected '" + text.substring(p.pos) + "' after the value");
    }
    return first;
  }

  private Object any(boolean mapKeyDelimits) throws BadValue {
    skipSpace();
    char c = peek();
    if (c == '"' || c == '`') {
      return quoted();
    }
    if (c == '{') {
      return braces();
    }
    int start = pos;
    String bare = bare(mapKeyDelimits);
    if (bare.equals("true") || bare.equals("false")) {
      return Boolean.parseBoolean(bare);
    }
    Object number = number(bare);
    if (number != null) {
      return number;
    }
    if (bare.isEmpty()) {
      throw new BadValue("expected a value at '" + text.substring(start) + "'");
    }
    return bare;
  }

  /** A list or an object: an object when its first item is a string followed by ':' (or it is {}). */
  private Object braces() throws BadValue {
    pos++; // {
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new LinkedHashMap<String, Object>();
    }
    int start = pos;
    boolean isMap = false;
    if (peek() == '"' || peek() == '`') {
      quoted();
      skipSpace();
      isMap = peek() == ':';
    } else if (peek() != '{') {
      bare(true);
      skipSpace();
      isMap = peek() == ':';
    }
    pos = start;
    if (isMap) {
      Map<String, Object> out = new LinkedHashMap<>();
      while (true) {
        skipSpace();
        String key = peek() == '"' || peek() == '`' ? quoted() : bare(true);
        skipSpace();
        expect(':');
        out.put(key, any(false));
        skipSpace();
        if (peek() == '}') {
          pos++;
          return out;
        }
        expect(',');
      }
    }
    List<Object> out = new ArrayList<>();
    while (true) {
      out.add(any(false));
      skipSpace();
      if (peek() == '}') {
        pos++;
        return out;
      }
      expect(',');
    }
  }

  private String quoted() throws BadValue {
    char q = text.charAt(pos);
    int start = pos++;
    while (pos < text.length() && text.charAt(pos) != q) {
      if (q == '"' && text.charAt(pos) == '\\') {
        pos++;
      }
      pos++;
    }
    if (pos >= text.length()) {
      throw new BadValue("unterminated string " + text.substring(start));
    }
    pos++;
    return Marker.unquote(text.substring(start, pos));
  }

  /** Bare text up to a delimiter, trimmed. */
  private String bare(boolean mapKeyDelimits) {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ',' || c == ';' || c == '}' || (mapKeyDelimits && c == ':')) {
        break;
      }
      pos++;
    }
    return text.substring(start, pos).strip();
  }

  /** A number when the whole bare text is one (an integer, or a decimal/exponent float), else null. */
  private static Object number(String s) {
    if (s.matches("-?[0-9]+")) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (s.matches("-?([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?")) {
      return Double.parseDouble(s);
    }
    return null;
  }

  private void expect(char c) throws BadValue {
    skipSpace();
    if (peek() != c) {
      throw new BadValue("expected '" + c + "' at '" + text.substring(pos) + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  /** A value that is not in the marker syntax; the caller names the marker and its place. */
  static final class BadValue extends Exception {
    BadValue(String message) {
      super(message);
    }
  }
}
