package dev.manifestgen.values;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.yaml.InputText;
import dev.manifestgen.yaml.Paths;
import dev.manifestgen.yaml.Printable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm 3.17's --set, --set-string, --set-file, --set-json and --set-literal expressions (its
 * pkg/strvals), applied to a values tree in place as Helm applies them on top of the -f files.
 *
 * <p>The grammar: assignments {@code a.b[0].c=v} separated by commas; a backslash takes the next
 * character as it is (a backslash at the very end is dropped); {@code a={x,y}} is a list.
 * --set types {@code true}, {@code false}, {@code null} (any case) and decimal integers that do
 * not start with 0; --set-string keeps every value a string; --set-file reads each value as a file
 * (- is standard input); --set-json reads a JSON value after {@code =}; --set-literal takes
 * everything after the first {@code =} as one string, commas and backslashes included.
 *
 * <p>Helm's quirks are kept, since a user sees them: an expression that ends right after a key's
 * {@code =} inside a list item's map ({@code list[0].k=}) assigns nothing but still creates the
 * list; {@code a[0]} alone sets {@code a} to an empty list; {@code =v} does nothing. Where a path
 * runs through a value of the wrong kind (including null), Helm fails with a Go type assertion;
 * this fails there too, saying which key it is. {@code @} has no meaning anywhere.
 */
public final class SetParser {
  static final int MAX_INDEX = 65536;
  static final int MAX_NESTING = 30;

  /** Which flag's grammar and typing. */
  public enum Kind {
    SET("--set"), STRING("--set-string"), FILE("--set-file"), JSON("--set-json"), LITERAL("--set-literal");

    private final String flag;

    Kind(String flag) {
      this.flag = flag;
    }

    public String flag() {
      return flag;
    }
  }

  /** Reads a --set-file value: the file's text. */
  @FunctionalInterface
  public interface FileReader {
    String read(String path) throws SetSyntaxException;
  }

  /** JSON nests no deeper than YAML may: deeper trees would overflow the stack of later stages. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxNestingDepth(InputText.MAX_NESTING).build())
      .build());

  private final String expression;
  private final Kind kind;
  private final FileReader files;
  private final int[] runes;
  private int pos;
  private int stop;
  private final List<String> assigned = new ArrayList<>();

  private SetParser(String expression, Kind kind, FileReader files) {
    this.expression = expression;
    this.kind = kind;
    this.files = files;
    this.runes = expression.codePoints().toArray();
  }

  /** Applies one expression to target, in place; returns the paths it assigned, in order. */
  public static List<String> apply(Kind kind, String expression, Map<String, Object> target, FileReader files)
      throws SetSyntaxException {
    SetParser p = new SetParser(expression, kind, files);
    p.parse(target);
    return List.copyOf(p.assigned);
  }

  /** Applies one --set expression to target, in place, like Helm's strvals.ParseInto. */
  public static void parseInto(String expression, Map<String, Object> target) throws SetSyntaxException {
    apply(Kind.SET, expression, target, null);
  }

  /** Applies one --set-string expression: values are never typed, like strvals.ParseIntoString. */
  public static void parseIntoString(String expression, Map<String, Object> target) throws SetSyntaxException {
    apply(Kind.STRING, expression, target, null);
  }

  /** The paths (Helm's --set notation, e.g. {@code a.b[0].c}) each assignment of a --set expression sets. */
  public static List<String> assignedPaths(String expression) throws SetSyntaxException {
    return apply(Kind.SET, expression, new LinkedHashMap<>(), null);
  }

  /** Thrown inside the parser when the expression ends where Helm's reader returns io.EOF. */
  private static final class End extends Exception {
    End() {
      super(null, null, false, false);
    }
  }

  private void parse(Map<String, Object> target) throws SetSyntaxException {
    try {
      while (true) {
        key(target, "", 0);
      }
    } catch (End end) {
      // the expression is used up
    }
  }

  private boolean literal() {
    return kind == Kind.LITERAL;
  }

  /** The runes up to one of the stop characters; the stop is in {@link #stop}, -1 at the end. */
  private String until(String stops) {
    StringBuilder s = new StringBuilder();
    while (pos < runes.length) {
      int r = runes[pos++];
      if (stops.indexOf(r) >= 0) {
        stop = r;
        return s.toString();
      }
      if (r == '\\' && !literal()) {
        if (pos >= runes.length) {
          break; // Helm drops a backslash that has nothing after it
        }
        r = runes[pos++];
      }
      s.appendCodePoint(r);
    }
    stop = -1;
    return s.toString();
  }

  @SuppressWarnings("unchecked")
  private void key(Map<String, Object> data, String path, int nesting) throws SetSyntaxException, End {
    String k = until(literal() ? "=[." : "=[,.");
    String keyPath = k.isEmpty() ? path : Paths.child(path, k);
    switch (stop) {
      case -1 -> {
        if (!k.isEmpty()) {
          throw error("key \"" + k + "\" has no value (write " + k + "=VALUE)");
        }
        throw new End();
      }
      case '[' -> {
        int index = index(keyPath);
        List<Object> list = new ArrayList<>();
        if (data.containsKey(k)) {
          if (!(data.get(k) instanceof List<?> existing)) {
            throw error(keyPath + " is " + kind(data.get(k)) + ", not a list: it cannot take [" + index + "]");
          }
          list = (List<Object>) existing;
        }
        try {
          list = listItem(list, index, Paths.index(keyPath, index), nesting);
        } finally {
          set(data, k, list);
        }
      }
      case '=' -> {
        Object v = value(keyPath);
        set(data, k, v == NOTHING ? "" : v);
        if (!k.isEmpty()) {
          assigned.add(keyPath);
        }
        if (v == NOTHING) {
          throw new End();
        }
      }
      case ',' -> throw error("key \"" + k + "\" has no value (cannot end with ,)");
      case '.' -> {
        if (++nesting > MAX_NESTING) {
          throw error("keys nest deeper than Helm's limit of " + MAX_NESTING);
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        if (data.containsKey(k)) {
          if (!(data.get(k) instanceof Map<?, ?> existing)) {
            throw error(keyPath + " is " + kind(data.get(k)) + ", not a map: it cannot take ." + rest());
          }
          inner = (Map<String, Object>) existing;
        }
        try {
          key(inner, keyPath, nesting);
        } catch (End end) {
          if (!inner.isEmpty()) {
            set(data, k, inner);
          }
          throw end;
        }
        if (inner.isEmpty()) {
          throw error("key map \"" + k + "\" has no value");
        }
        set(data, k, inner);
      }
      default -> throw new IllegalStateException();
    }
  }

  /** What {@link #value} returns when the expression ends right after '=' (Helm: io.EOF). */
  private static final Object NOTHING = new Object();

  private String rest() {
    StringBuilder s = new StringBuilder();
    for (int i = pos; i < runes.length; i++) {
      s.appendCodePoint(runes[i]);
    }
    return s.toString();
  }

  /** Go's strconv.Atoi of what is up to ']'. */
  private int index(String path) throws SetSyntaxException {
    String digits = until("]");
    if (stop == -1) {
      throw error("list index of " + path + " is not closed with ]");
    }
    int i;
    try {
      if (!digits.matches("[+-]?[0-9]+")) {
        throw new NumberFormatException();
      }
      i = Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
    } catch (NumberFormatException e) {
      throw error("list index \"" + digits + "\" of " + path + " is not a number");
    }
    if (i < 0) {
      throw error("negative index " + i + " of " + path + " is not allowed");
    }
    return i;
  }

  @SuppressWarnings("unchecked")
  private List<Object> listItem(List<Object> list, int i, String path, int nesting) throws SetSyntaxException, End {
    String k = until("[.=");
    if (!k.isEmpty()) {
      throw error("unexpected \"" + k + "\" after the list index of " + path);
    }
    switch (stop) {
      case -1 -> throw new End(); // the list stays as it was (a new one stays empty)
      case '=' -> {
        Object v = value(path);
        assigned.add(path);
        return setIndex(list, i, v == NOTHING ? "" : v, path);
      }
      case '[' -> {
        if (++nesting > InputText.MAX_NESTING) {
          throw error("list indices nest deeper than manifest-gen's limit of " + InputText.MAX_NESTING + " levels");
        }
        int next = index(path);
        List<Object> inner = null;
        if (i < list.size() && list.get(i) != null) {
          if (!(list.get(i) instanceof List<?> existing)) {
            throw error(path + " is " + kind(list.get(i)) + ", not a list: it cannot take [" + next + "]");
          }
          inner = (List<Object>) existing;
        }
        List<Object> item = listItem(inner == null ? new ArrayList<>() : inner, next, Paths.index(path, next), nesting);
        return setIndex(list, i, item, path);
      }
      case '.' -> {
        Map<String, Object> inner = new LinkedHashMap<>();
        if (i < list.size()) {
          if (list.get(i) instanceof Map<?, ?> m) {
            inner = (Map<String, Object>) m;
          } else {
            list.set(i, inner); // Helm replaces an item that is not a map, in place
          }
        }
        key(inner, path, nesting); // at the end (End) the item is not set, as in Helm
        return setIndex(list, i, inner, path);
      }
      default -> throw new IllegalStateException();
    }
  }

  private List<Object> setIndex(List<Object> list, int i, Object value, String path) throws SetSyntaxException {
    if (i > MAX_INDEX) {
      throw error("index " + i + " of " + Paths.parent(path) + " is above Helm's maximum of " + MAX_INDEX);
    }
    while (list.size() <= i) {
      list.add(null);
    }
    list.set(i, value);
    return list;
  }

  /** The value after '=': by the flag's grammar; NOTHING when the expression ends there. */
  private Object value(String path) throws SetSyntaxException {
    if (literal()) {
      String v = rest();
      pos = runes.length;
      return v;
    }
    if (kind == Kind.JSON) {
      return json(path);
    }
    if (pos >= runes.length) {
      return NOTHING;
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

  /** A JSON value up to its end, then optional spaces and a comma; an empty value is null. */
  private Object json(String path) throws SetSyntaxException {
    if (emptyValue()) {
      return null;
    }
    String text = rest();
    int end = JsonValueEnd.of(text);
    Object value;
    try {
      value = JSON.readValue(text.substring(0, end), Object.class);
    } catch (JsonProcessingException e) {
      throw error("the value of " + path + " is not JSON: " + e.getOriginalMessage());
    }
    pos += text.codePointCount(0, end);
    emptyValue();
    return JsonValues.asHelmValue(value);
  }

  /** Skips spaces up to a comma (consumed) or the end: true; false at anything else (left). */
  private boolean emptyValue() {
    while (pos < runes.length) {
      int r = runes[pos];
      if (r == ',') {
        pos++;
        return true;
      }
      if (!Character.isWhitespace(r) && r != 0x85 && r != 0xA0) {
        return false;
      }
      pos++;
    }
    return true;
  }

  private Object typed(String v) throws SetSyntaxException {
    return switch (kind) {
      case STRING, LITERAL -> v;
      case FILE -> files.read(v);
      default -> typedValue(v);
    };
  }

  /** Helm's typedVal for --set: true, false, null (any case) and decimal integers not starting with 0. */
  static Object typedValue(String v) {
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
    return new SetSyntaxException(Printable.oneLine(kind.flag() + " " + expression + ": " + message));
  }
}
