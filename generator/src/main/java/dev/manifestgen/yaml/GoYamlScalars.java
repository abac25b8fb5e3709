package dev.manifestgen.yaml;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How Go's yaml.v2 (behind sigs.k8s.io/yaml, which Helm and Kubernetes read YAML with) types a
 * plain scalar, and how the JSON step after it turns the result into Helm's values: YAML 1.1
 * booleans and nulls from a fixed list ({@code y}, {@code On}, {@code NULL}; not {@code tRUE}),
 * integers as Go's strconv.ParseInt with base prefixes reads them after dropping underscores
 * ({@code 0x1F}, {@code 0o17}, {@code 017}, {@code 0b1}), floats of the form
 * {@code [-+]?(.d+|d+(.d*)?)([eE][-+]?d+)?}, timestamps kept as written, and no sexagesimal
 * numbers ({@code 1:30} is a string).
 *
 * <p>Integers are Long while JSON's float64 holds them exactly (|n| <= 2^53); beyond that they are
 * the Double float64 rounds them to, as Helm sees them.
 */
final class GoYamlScalars {
  private GoYamlScalars() {}

  private static final Map<String, Object> WORDS = words();
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private static Map<String, Object> words() {
    Map<String, Object> m = new java.util.HashMap<>();
    for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}) {
      m.put(s, Boolean.TRUE);
    }
    for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}) {
      m.put(s, Boolean.FALSE);
    }
    for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
      m.put(s, Double.NaN);
    }
    for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
      m.put(s, Double.POSITIVE_INFINITY);
    }
    for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
      m.put(s, Double.NEGATIVE_INFINITY);
    }
    return m;
  }

  /** Marks null in the result of {@link #resolve}: a Map cannot hold the difference otherwise. */
  static final Object NULL = new Object();

  /** The value of a plain scalar: String, Boolean, BigInteger (an integer), Double, or {@link #NULL}. */
  static Object resolve(String in) {
    if (in.isEmpty() || in.equals("~") || in.equals("null") || in.equals("Null") || in.equals("NULL")) {
      return NULL;
    }
    char first = in.charAt(0);
    Object word = WORDS.get(in);
    if (word != null) {
      return word;
    }
    if (first == '.') {
      Double d = parseGoFloat(in);
      return d == null ? in : d;
    }
    if (!(first == '+' || first == '-' || (first >= '0' && first <= '9'))) {
      return in;
    }
    // (yaml.v2 first tries a timestamp, which it then keeps as the text: no timestamp reads as a number)
    String plain = in.replace("_", "");
    BigInteger integer = parseGoInteger(plain);
    if (integer != null) {
      return integer;
    }
    if (FLOAT.matcher(plain).matches()) {
      Double d = parseGoFloat(plain);
      if (d != null) {
        return d;
      }
    }
    if (plain.startsWith("0b") || plain.startsWith("-0b")) {
      boolean negative = plain.startsWith("-");
      String digits = plain.substring(negative ? 3 : 2);
      if (!digits.isEmpty() && digits.chars().allMatch(c -> c == '0' || c == '1')) {
        BigInteger v = new BigInteger(digits, 2);
        if (negative) {
          v = v.negate();
        }
        if (v.bitLength() < 64 || (!negative && v.bitLength() == 64)) {
          return v;
        }
      }
    }
    return in;
  }

  /** An integer as JSON's float64 holds it. */
  static Object number(BigInteger v) {
    return HelmNumbers.float64(v);
  }

  /**
   * Go's strconv.ParseInt(s, 0, 64), then ParseUint: an optional sign, then 0x, 0o, 0b or a
   * leading 0 (octal) prefix, or decimal; null when it is not an integer or does not fit.
   */
  static BigInteger parseGoInteger(String s) {
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    String body = s.substring(i);
    int radix = 10;
    if (body.length() > 1 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x') {
        radix = 16;
        body = body.substring(2);
      } else if (p == 'o') {
        radix = 8;
        body = body.substring(2);
      } else if (p == 'b') {
        radix = 2;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), radix) < 0 || body.charAt(k) > 'z') {
        return null;
      }
    }
    BigInteger v = new BigInteger(body, radix);
    if (negative) {
      v = v.negate();
      return v.bitLength() < 64 ? v : null; // ParseInt; ParseUint takes no sign
    }
    if (s.charAt(0) == '+') {
      return v.bitLength() < 64 ? v : null; // ParseUint refuses a + sign too
    }
    return v.bitLength() <= 64 ? v : null;
  }

  /** Go's strconv.ParseFloat for the decimal forms yaml.v2 lets through; null if it fails. */
  static Double parseGoFloat(String s) {
    if (!FLOAT.matcher(s).matches()) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isInfinite(d) ? null : d; // Go: "value out of range"
  }

  /** How sigs.k8s.io/yaml writes a non-string map key as a JSON key; null for a key JSON cannot take. */
  static String jsonKey(Object key) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Boolean b) {
      return b.toString();
    }
    if (key instanceof BigInteger i) {
      return i.bitLength() < 64 ? i.toString() : null; // a uint64 key: "unsupported map key"
    }
    if (key instanceof Double d) {
      String f = GoFloats.format((float) d.doubleValue(), 'g');
      return switch (f) {
        case "+Inf" -> ".inf";
        case "-Inf" -> "-.inf";
        case "NaN" -> ".nan";
        default -> f;
      };
    }
    return null;
  }
}
