package dev.manifestgen.yaml;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The text Helm's {@code toYaml} prints, byte for byte. Helm marshals with sigs.k8s.io/yaml: the
 * value goes to JSON, the JSON is read back by Go's yaml.v2 (numbers typed again, keys strings)
 * and yaml.v2's emitter writes it. So this writes as that emitter does: keys in yaml.v2's
 * natural order ({@code a2} before {@code a10}; characters that are not letters before letters),
 * sequences in a map not indented, empty maps and lists as {@code {}} and {@code []}, a string
 * plain when yaml.v2 would read it back as the same string, double-quoted when it would read as
 * something else ({@code ""}, {@code "true"}, {@code "0x1F"}, {@code "1:30"}), single-quoted when
 * it holds YAML indicators, literal ({@code |-}) when it holds a newline, double-quoted with
 * escapes when it holds characters YAML cannot print; long plain and quoted strings are folded at
 * spaces past column 80, as yaml.v2 (2.4) does.
 */
final class HelmYaml {
  private static final int BEST_INDENT = 2;
  private static final int BEST_WIDTH = 80;

  private enum Style { PLAIN, SINGLE, DOUBLE, LITERAL }

  private final StringBuilder out = new StringBuilder();
  private int column;
  private int indent = -1;
  private final Deque<Integer> indents = new ArrayDeque<>();
  private boolean whitespace = true;
  private boolean indention = true;
  private boolean mappingContext;
  private boolean simpleKeyContext;

  private HelmYaml() {}

  /** {@code toYaml} of a value tree, without the trailing newline (Helm trims it). */
  static String toYaml(Object value) {
    Object reread;
    try {
      reread = throughJson(value);
    } catch (IllegalArgumentException e) {
      return ""; // yaml.v2 refuses to read the JSON back; Helm's toYaml prints nothing then
    }
    HelmYaml e = new HelmYaml();
    e.node(reread, false, false);
    e.writeIndent(); // document end
    String text = e.out.toString();
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * The value as yaml.v2 reads back the JSON Go's encoding/json wrote of it. JSON escapes every
   * control character, quote, backslash, U+2028 and U+2029, but writes NEL (U+0085) raw, and in a
   * double-quoted YAML scalar a raw NEL is a line break that folds with the spaces around it; and
   * yaml.v2 refuses DEL, the other C1 controls, U+FFFE and U+FFFF outright.
   */
  private static Object throughJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(reread(String.valueOf(e.getKey())), throughJson(e.getValue()));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(throughJson(item));
      }
      return out;
    }
    if (value instanceof String s) {
      return reread(s);
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new IllegalArgumentException("json: unsupported value");
    }
    return value;
  }

  private static final java.util.regex.Pattern NEL_FOLD = java.util.regex.Pattern.compile(" *\u0085[ \u0085]*");

  private static String reread(String s) {
    if (YamlV2Reader.firstRefusedAfterJson(s) >= 0) {
      throw new IllegalArgumentException(YamlV2Reader.CONTROL_CHARACTERS);
    }
    if (s.indexOf('\u0085') < 0) {
      return s;
    }
    java.util.regex.Matcher m = NEL_FOLD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long breaks = m.group().chars().filter(c -> c == 0x85).count();
      m.appendReplacement(out, breaks == 1 ? " " : "\n".repeat((int) breaks - 1));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void node(Object value, boolean mapping, boolean simpleKey) {
    mappingContext = mapping;
    simpleKeyContext = simpleKey;
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        emptyFlow("{", "}");
      } else {
        blockMapping(map);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        emptyFlow("[", "]");
      } else {
        blockSequence(list);
      }
    } else if (value instanceof String s) {
      string(s);
    } else {
      scalar(scalarText(value), Style.PLAIN);
    }
  }

  private void emptyFlow(String open, String close) {
    writeIndicator(open, true, true, false);
    increaseIndent(true, false);
    indent = indents.pop();
    writeIndicator(close, false, false, false);
  }

  private void blockMapping(Map<?, ?> map) {
    List<String> keys = new ArrayList<>();
    map.keySet().forEach(k -> keys.add((String) k));
    keys.sort(HelmYaml::naturalCompare);
    increaseIndent(false, false);
    for (String key : keys) {
      writeIndent();
      if (isSimpleKey(key)) {
        node(key, true, true);
        writeIndicator(":", false, false, false);
      } else {
        writeIndicator("?", true, false, true);
        node(key, true, false);
        writeIndent();
        writeIndicator(":", true, false, true);
      }
      node(map.get(key), true, false);
    }
    indent = indents.pop();
  }

  private void blockSequence(List<?> list) {
    increaseIndent(false, mappingContext && !indention);
    for (Object item : list) {
      writeIndent();
      writeIndicator("-", true, false, true);
      node(item, false, false);
    }
    indent = indents.pop();
  }

  /** yaml.v2 writes a key in "key: value" form when it is one line and at most 128 bytes. */
  private static boolean isSimpleKey(String key) {
    return !new Analysis(key).multiline && key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 128;
  }

  /** How the JSON step's number reads back in yaml.v2, then how yaml.v2 writes it. */
  static String scalarText(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    String json;
    if (value instanceof Double d) {
      json = GoFloats.json(d);
    } else if (value instanceof Float f) {
      json = GoFloats.json(f.doubleValue());
    } else {
      json = value.toString(); // Long, Integer, BigInteger
    }
    Object resolved = GoYamlScalars.resolve(json);
    if (resolved instanceof BigInteger i) {
      return i.toString();
    }
    if (resolved instanceof Double d) {
      return GoFloats.format(d, 'g');
    }
    return json;
  }

  private void string(String s) {
    Object resolved = GoYamlScalars.resolve(s);
    boolean canUsePlain = resolved instanceof String && !isBase60Float(s) && !isTimestamp(s);
    Style style = s.indexOf('\n') >= 0 ? Style.LITERAL : canUsePlain ? Style.PLAIN : Style.DOUBLE;
    scalar(s, style);
  }

  private static final java.util.regex.Pattern BASE60 =
      java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");

  private static boolean isBase60Float(String s) {
    return !s.isEmpty() && s.indexOf(':') >= 0 && BASE60.matcher(s).matches();
  }

  private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
      "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
          + "(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2}))"
          + "|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?))?");

  /** yaml.v2 resolves these forms to timestamps (so writes them quoted): Go's time.Parse of its four layouts. */
  static boolean isTimestamp(String s) {
    java.util.regex.Matcher m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    try {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || day < 1
          || day > java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth()) {
        return false;
      }
      for (int g : new int[] {4, 7}) {
        if (m.group(g) != null && (Integer.parseInt(m.group(g)) > 23 || Integer.parseInt(m.group(g + 1)) > 59
            || Integer.parseInt(m.group(g + 2)) > 59)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void scalar(String value, Style requested) {
    Analysis a = new Analysis(value);
    Style style = requested;
    if (simpleKeyContext && a.multiline) {
      style = Style.DOUBLE;
    }
    if (style == Style.PLAIN) {
      if (!a.blockPlainAllowed || (value.isEmpty() && simpleKeyContext)) {
        style = Style.SINGLE;
      }
    }
    if (style == Style.SINGLE && !a.singleQuotedAllowed) {
      style = Style.DOUBLE;
    }
    if (style == Style.LITERAL && (!a.blockAllowed || simpleKeyContext)) {
      style = Style.DOUBLE;
    }
    increaseIndent(true, false);
    int[] cps = value.codePoints().toArray();
    switch (style) {
      case PLAIN -> writePlain(cps, !simpleKeyContext);
      case SINGLE -> writeSingleQuoted(cps, !simpleKeyContext);
      case DOUBLE -> writeDoubleQuoted(cps, !simpleKeyContext);
      case LITERAL -> writeLiteral(cps);
    }
    indent = indents.pop();
  }

  // ---- yaml.v2's emitter primitives ----

  private void increaseIndent(boolean flow, boolean indentless) {
    indents.push(indent);
    if (indent < 0) {
      indent = flow ? BEST_INDENT : 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
  }

  private void put(int cp) {
    out.appendCodePoint(cp);
    column++;
  }

  private void putBreak() {
    out.append('\n');
    column = 0;
  }

  private void writeBreak(int cp) {
    if (cp == '\n') {
      putBreak();
    } else {
      out.appendCodePoint(cp);
      column = 0;
    }
  }

  private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    indicator.codePoints().forEach(this::put);
    whitespace = isWhitespace;
    indention = indention && isIndention;
  }

  private void writeIndent() {
    int i = Math.max(indent, 0);
    if (!indention || column > i || (column == i && !whitespace)) {
      putBreak();
    }
    while (column < i) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  private void writePlain(int[] v, boolean allowBreaks) {
    if (!whitespace) {
      put(' ');
    }
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && !(i + 1 < v.length && v[i + 1] == ' ')) {
          writeIndent();
        } else {
          put(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c == '\n') {
          putBreak();
        }
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        put(c);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    whitespace = false;
    indention = false;
  }

  private void writeSingleQuoted(int[] v, boolean allowBreaks) {
    writeIndicator("'", true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < v.length - 1 && v[i + 1] != ' ') {
          writeIndent();
        } else {
          put(c);
        }
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c == '\n') {
          putBreak();
        }
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        if (c == '\'') {
          put('\'');
        }
        put(c);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    writeIndicator("'", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void writeDoubleQuoted(int[] v, boolean allowBreaks) {
    boolean spaces = false;
    // yaml.v2's writer tests is_bom(value, i) for each character, but is_bom reads the value's first
    // three bytes whatever i is: after a leading U+FEFF every character is escaped (b as \x62, a space
    // as \x20, so nothing folds either).
    boolean leadingBom = v.length > 0 && v[0] == 0xFEFF;
    writeIndicator("\"", true, false, false);
    for (int i = 0; i < v.length; i++) {
      int c = v[i];
      if (leadingBom || !isPrintable(c) || c == 0xFEFF || isBreak(c) || c == '"' || c == '\\') {
        put('\\');
        switch (c) {
          case 0 -> put('0');
          case 0x07 -> put('a');
          case 0x08 -> put('b');
          case 0x09 -> put('t');
          case 0x0A -> put('n');
          case 0x0B -> put('v');
          case 0x0C -> put('f');
          case 0x0D -> put('r');
          case 0x1B -> put('e');
          case '"' -> put('"');
          case '\\' -> put('\\');
          case 0x85 -> put('N');
          case 0xA0 -> put('_');
          case 0x2028 -> put('L');
          case 0x2029 -> put('P');
          default -> {
            String hex = c <= 0xFF ? String.format("x%02X", c) : c <= 0xFFFF ? String.format("u%04X", c) : String.format("U%08X", c);
            hex.codePoints().forEach(this::put);
          }
        }
        spaces = false;
      } else if (c == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < v.length - 1) {
          writeIndent();
          if (i + 1 < v.length && v[i + 1] == ' ') {
            put('\\');
          }
        } else {
          put(c);
        }
        spaces = true;
      } else {
        put(c);
        spaces = false;
      }
    }
    writeIndicator("\"", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void writeLiteral(int[] v) {
    writeIndicator("|", true, false, false);
    if (v.length > 0 && (v[0] == ' ' || isBreak(v[0]))) {
      writeIndicator(Integer.toString(BEST_INDENT), false, false, false);
    }
    String chomp = null;
    if (v.length == 0 || !isBreak(v[v.length - 1])) {
      chomp = "-";
    } else if (v.length == 1 || isBreak(v[v.length - 2])) {
      chomp = "+";
    }
    if (chomp != null) {
      writeIndicator(chomp, false, false, false);
    }
    putBreak();
    indention = true;
    whitespace = true;
    boolean breaks = true;
    for (int c : v) {
      if (isBreak(c)) {
        writeBreak(c);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        put(c);
        indention = false;
        breaks = false;
      }
    }
  }

  static boolean isBreak(int c) {
    return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** yaml.v2's is_printable, by code point. */
  static boolean isPrintable(int c) {
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  /** What yaml.v2's emitter finds in a scalar (yaml_emitter_analyze_scalar), for block context. */
  private static final class Analysis {
    boolean multiline;
    boolean blockPlainAllowed = true;
    boolean singleQuotedAllowed = true;
    boolean blockAllowed = true;

    Analysis(String s) {
      if (s.isEmpty()) {
        blockAllowed = false;
        return;
      }
      int[] v = s.codePoints().toArray();
      boolean blockIndicators = s.startsWith("---") || s.startsWith("...");
      boolean lineBreaks = false;
      boolean special = false;
      boolean leadingSpace = false;
      boolean leadingBreak = false;
      boolean trailingSpace = false;
      boolean trailingBreak = false;
      boolean breakSpace = false;
      boolean spaceBreak = false;
      boolean precededByWhitespace = true;
      boolean previousSpace = false;
      boolean previousBreak = false;
      for (int i = 0; i < v.length; i++) {
        int c = v[i];
        boolean followedByWhitespace = i + 1 >= v.length || v[i + 1] == ' ' || v[i + 1] == '\t';
        if (i == 0) {
          switch (c) {
            case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> blockIndicators = true;
            case '?', ':', '-' -> {
              if (followedByWhitespace) {
                blockIndicators = true;
              }
            }
            default -> { }
          }
        } else {
          if (c == ':' && followedByWhitespace) {
            blockIndicators = true;
          } else if (c == '#' && precededByWhitespace) {
            blockIndicators = true;
          }
        }
        if (!isPrintable(c)) {
          special = true;
        }
        if (c == ' ') {
          leadingSpace |= i == 0;
          trailingSpace |= i == v.length - 1;
          breakSpace |= previousBreak;
          previousSpace = true;
          previousBreak = false;
        } else if (isBreak(c)) {
          lineBreaks = true;
          leadingBreak |= i == 0;
          trailingBreak |= i == v.length - 1;
          spaceBreak |= previousSpace;
          previousSpace = false;
          previousBreak = true;
        } else {
          previousSpace = false;
          previousBreak = false;
        }
        precededByWhitespace = c == ' ' || c == '\t' || isBreak(c) || c == 0;
      }
      multiline = lineBreaks;
      if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        blockPlainAllowed = false;
      }
      if (trailingSpace) {
        blockAllowed = false;
      }
      if (breakSpace) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
      }
      if (spaceBreak || special) {
        blockPlainAllowed = false;
        singleQuotedAllowed = false;
        blockAllowed = false;
      }
      if (lineBreaks) {
        blockPlainAllowed = false;
      }
      if (blockIndicators) {
        blockPlainAllowed = false;
      }
    }
  }

  /** yaml.v2's map key order (its keyList.Less) for string keys. */
  static int naturalCompare(String a, String b) {
    if (less(a, b)) {
      return -1;
    }
    return less(b, a) ? 1 : a.compareTo(b); // (Go's order for keys it finds equal: left to its sort)
  }

  private static boolean less(String as, String bs) {
    int[] a = as.codePoints().toArray();
    int[] b = bs.codePoints().toArray();
    for (int i = 0; i < a.length && i < b.length; i++) {
      if (a[i] == b[i]) {
        continue;
      }
      boolean al = Character.isLetter(a[i]);
      boolean bl = Character.isLetter(b[i]);
      if (al && bl) {
        return a[i] < b[i];
      }
      if (al || bl) {
        return bl;
      }
      long an = 0;
      long bn = 0;
      if (a[i] == '0' || b[i] == '0') {
        for (int j = i - 1; j >= 0 && isDigit(a[j]); j--) {
          if (a[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < a.length && isDigit(a[ai]); ai++) {
        an = an * 10 + (a[ai] - '0');
      }
      int bi = i;
      for (; bi < b.length && isDigit(b[bi]); bi++) {
        bn = bn * 10 + (b[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return a[i] < b[i];
    }
    return a.length < b.length;
  }

  /** Go's unicode.IsDigit: decimal digits of any script (only '0'..'9' are counted as values). */
  private static boolean isDigit(int c) {
    return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
  }
}
