package dev.manifestgen.values;

import dev.manifestgen.yaml.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Helm's --set and --set-string expressions into a values tree, with Helm's semantics
 * (its pkg/strvals): {@code a.b=c}, several assignments separated by commas, list indexes
 * {@code a[0].b=c} (lists grow with nulls), list literals {@code a={x,y}}, a backslash escaping
 * the next character ({@code \,} {@code \.} {@code \=}), and for --set the typing of
 * {@code true}/{@code false}/{@code null} (any case) and of integers that do not start with 0.
 * Assignments apply to an existing tree in place, as Helm applies --set on top of the -f files.
 *
 * <p>Where a path runs through a value of the wrong kind (including null), Helm fails with its
 * internal type assertion ("interface conversion"); this fails there too, saying which key it is.
 */
public final class SetParser {
  static final int MAX_INDEX = 65536;
  static final int MAX_NESTING = 30;

  private final String expression;
  private final String flag;
  private final boolean strings;
  private final int[] runes;
  private int pos;
  private final List<String> assigned = new ArrayList<>();

  private SetParser(String expression, boolean strings) {
    this.expression = expression;
    this.flag = strings ? "--set-string" : "--set";
    this.strings = strings;
    this.runes = expression.codePoints().toArray();
  }

  /** Applies one --set expression to target, in place, like Helm's strvals.ParseInto. */
  public static void parseInto(String expression, Map<String, Object> target) throws SetSyntaxException {
    new SetParser(expression, false).parse(target);
  }

  /** Applies one --set-string expression: values are never typed, like strvals.ParseIntoString. */
  public static void parseIntoString(String expression, Map<String, Object> target) throws SetSyntaxException {
    new SetParser(expression, true).parse(target);
  }

  /** The paths (Helm's --set notation, e.g. {@code a.b[0].c}) each assignment of the expression sets, in order. */
  public static List<String> assignedPaths(String expression) throws SetSyntaxException {
    SetParser p = new SetParser(expression, false);
    p.parse(new LinkedHashMap<>());
    return List.copyOf(p.assigned);
  }

  private void parse(Map<String, Object> target) throws SetSyntaxException {
    while (pos < runes.length && !key(target, "", 0)) {
      // one assignment per call, until the expression ends
    }
  }

  /** The runes up to one of the stop characters (consumed and returned as the second element, -1 at the end). */
  private String until(String stops) {
    StringBuilder s = new StringBuilder();
    while (pos < runes.length) {
      int r = runes[pos++];
      if (stops.indexOf(r) >= 0) {
        stop = r;
        return s.toString();
      }
      if (r == '\\' && pos < runes.length) {
        r = runes[pos++];
      }
      s.appendCodePoint(r);
    }
    stop = -1;
    return s.toString();
  }

  private int stop;

  /**
   * Parses one key and what follows it into data. Returns true when the expression ended before
   * an assignment was complete: Helm then stops without an error (as for {@code a.} or {@code a[0]}).
   */
  @SuppressWarnings("unchecked")
  private boolean key(Map<String, Object> data, String path, int nesting) throws SetSyntaxException {
    String k = until("=[,.");
    String keyPath = k.isEmpty() ? path : Paths.child(path, k);
    switch (stop) {
      case -1 -> {
        if (!k.isEmpty()) {
          throw error("key \"" + k + "\" has no value (write " + k + "=VALUE)");
        }
        return true;
      }
      case '[' -> {
        int index = index(keyPath);
        Object existing = data.get(k);
        if (data.containsKey(k) && !(existing instanceof List)) {
          throw error(keyPath + " is " + kind(existing) + ", not a list: it cannot take [" + index + "]");
        }
        List<Object> list = existing == null ? new ArrayList<>() : (List<Object>) existing;
        boolean ended = listItem(list, index, Paths.index(keyPath, index), nesting);
        set(data, k, list);
        return ended;
      }
      case '=' -> {
        set(data, k, value());
        if (!k.isEmpty()) {
          assigned.add(keyPath);
        }
        return false;
      }
      case ',' -> throw error("key \"" + k + "\" has no value (cannot end with ,)");
      case '.' -> {
        if (++nesting > MAX_NESTING) {
          throw error("keys nest deeper than Helm's limit of " + MAX_NESTING);
        }
        Object existing = data.get(k);
        if (data.containsKey(k) && !(existing instanceof Map)) {
          throw error(keyPath + " is " + kind(existing) + ", not a map: it cannot take ." + rest());
        }
        Map<String, Object> inner = existing == null ? new LinkedHashMap<>() : (Map<String, Object>) existing;
        boolean ended = key(inner, keyPath, nesting);
        if (!ended && inner.isEmpty()) {
          throw error("key map \"" + k + "\" has no value");
        }
        if (!inner.isEmpty()) {
          set(data, k, inner);
        }
        return ended;
      }
      default -> throw new IllegalStateException();
    }
  }

  private String rest() {
    StringBuilder s = new StringBuilder();
    for (int i = pos; i < runes.length; i++) {
      s.appendCodePoint(runes[i]);
    }
    return s.toString();
  }

  private int index(String path) throws SetSyntaxException {
    String digits = until("]");
    if (stop == -1) {
      throw error("list index of " + path + " is not closed with ]");
    }
    int i;
    try {
      i = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw error("list index \"" + digits + "\" of " + path + " is not a number");
    }
    if (i < 0) {
      throw error("negative index " + i + " of " + path + " is not allowed");
    }
    if (i > MAX_INDEX) {
      throw error("index " + i + " of " + path + " is above Helm's maximum of " + MAX_INDEX);
    }
    return i;
  }

  /** Parses what follows a list index into list (in place); true when the expression ended before an assignment. */
  @SuppressWarnings("unchecked")
  private boolean listItem(List<Object> list, int i, String path, int nesting) throws SetSyntaxException {
    String k = until("[.=");
    if (!k.isEmpty()) {
      throw error("unexpected \"" + k + "\" after the list index of " + path);
    }
    switch (stop) {
      case -1 -> {
        return true;
      }
      case '=' -> {
        setIndex(list, i, value());
        assigned.add(path);
        return false;
      }
      case '[' -> {
        int next = index(path);
        Object existing = i < list.size() ? list.get(i) : null;
        if (existing != null && !(existing instanceof List)) {
          throw error(path + " is " + kind(existing) + ", not a list: it cannot take [" + next + "]");
        }
        List<Object> inner = existing == null ? new ArrayList<>() : (List<Object>) existing;
        if (listItem(inner, next, Paths.index(path, next), nesting)) {
          return true; // Helm leaves the outer item alone when the expression ends inside
        }
        setIndex(list, i, inner);
        return false;
      }
      case '.' -> {
        // Helm replaces an item that is not a map with an empty map here.
        Map<String, Object> inner = i < list.size() && list.get(i) instanceof Map<?, ?> m
            ? (Map<String, Object>) m : new LinkedHashMap<>();
        if (key(inner, path, nesting)) {
          return true;
        }
        setIndex(list, i, inner);
        return false;
      }
      default -> throw new IllegalStateException();
    }
  }

  private static void setIndex(List<Object> list, int i, Object value) {
    while (list.size() <= i) {
      list.add(null);
    }
    list.set(i, value);
  }

  /** A value after '=': a {list} literal or a plain value up to the next comma. */
  private Object value() throws SetSyntaxException {
    if (pos >= runes.length) {
      return "";
    }
    if (runes[pos] == '{') {
      pos++;
      List<Object> list = new ArrayList<>();
      while (true) {
        String item = until(",}");
        if (stop == -1) {
          throw error("list must terminate with '}'");
        }
        list.add(typed(item));
        if (stop == '}') {
          if (pos < runes.length && runes[pos] == ',') {
            pos++;
          }
          return list;
        }
      }
    }
    return typed(until(","));
  }

  /** Helm's typedVal: --set types true, false, null and integers; --set-string keeps strings. */
  private Object typed(String v) {
    if (strings) {
      return v;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equalsIgnoreCase("null")) {
      return null;
    }
    if (v.equals("0")) {
      return 0L;
    }
    if (!v.isEmpty() && v.charAt(0) != '0' && v.matches("[+-]?[0-9]+")) {
      try {
        return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  private static void set(Map<String, Object> data, String key, Object value) {
    if (!key.isEmpty()) {
      data.put(key, value);
    }
  }

  private static String kind(Object v) {
    return v instanceof Map ? "a map" : v instanceof List ? "a list" : "the value " + ValueTrees.describe(v);
  }

  private SetSyntaxException error(String message) {
    return new SetSyntaxException(flag + " " + expression + ": " + message);
  }
}
