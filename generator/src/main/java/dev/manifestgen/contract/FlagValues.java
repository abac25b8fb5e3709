package dev.manifestgen.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a value fits a flag's type the way the operator reads it: pflag parses command-line and
 * environment strings, viper casts config-file values (spf13/cast), so a config file may hold a YAML
 * bool for a bool flag or a numeric string for an int flag, but a bare number for a duration is
 * read as nanoseconds, which is never what a person meant.
 */
public final class FlagValues {
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");
  private static final Pattern INT = Pattern.compile("[+-]?(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|[1-9][0-9_]*|0[bB][01_]+)");
  private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*([eE][+-]?[0-9]+)?|\\.[0-9]+([eE][+-]?[0-9]+)?|[iI]nf|NaN)");

  private FlagValues() {}

  /** Null when {@code value} is a valid value of {@code type}, else what was expected. */
  public static String problem(FlagType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case BOOL -> value instanceof Boolean || value instanceof Number || value instanceof String s && isBool(s)
          ? null : "a bool (true or false)";
      case INT, INT32, INT64 -> isInteger(value, false) ? null : "an integer";
      case UINT, UINT32, UINT64 -> isInteger(value, true) ? null : "a non-negative integer";
      case FLOAT32, FLOAT64 -> value instanceof Number || value instanceof String s && FLOAT.matcher(s.trim()).matches()
          ? null : "a number";
      case DURATION -> value instanceof String s && durationNanos(s) != null ? null
          : value instanceof Number ? "a duration with a unit such as 24h or 15s (a bare number is read as nanoseconds)"
          : "a duration such as 24h or 15s";
      case STRING -> value instanceof List || value instanceof Map ? "a string" : null;
      case STRING_SLICE, STRING_ARRAY -> value instanceof Map || value instanceof List<?> l && !l.stream().allMatch(FlagValues::isScalar)
          ? "a list of strings (or one comma-separated string)" : null;
      case INT_SLICE -> intSliceProblem(value);
      case STRING_TO_STRING -> value instanceof Map<?, ?> m && m.values().stream().allMatch(FlagValues::isScalar)
          || value instanceof String s && (s.isEmpty() || List.of(s.split(",", -1)).stream().allMatch(p -> p.contains("=")))
          ? null : "a map of strings (or key=value pairs separated by commas)";
    };
  }

  private static String intSliceProblem(Object value) {
    List<?> items = value instanceof List<?> l ? l : List.of(String.valueOf(value).split(",", -1));
    if (value instanceof String s && s.isEmpty()) {
      return null;
    }
    return items.stream().allMatch(i -> isInteger(i, false)) ? null : "a list of integers";
  }

  private static boolean isScalar(Object o) {
    return !(o instanceof List || o instanceof Map);
  }

  /** Go's strconv.ParseBool. */
  public static boolean isBool(String s) {
    return List.of("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False").contains(s);
  }

  /** Go's strconv.ParseBool, true for the true spellings. */
  public static boolean parseBool(String s) {
    return List.of("1", "t", "T", "TRUE", "true", "True").contains(s);
  }

  private static boolean isInteger(Object value, boolean unsigned) {
    if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
      return !unsigned || !String.valueOf(value).startsWith("-");
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && (!unsigned || d >= 0);
    }
    if (value instanceof String s) {
      String t = s.trim();
      return INT.matcher(t).matches() && !t.endsWith("_") && (!unsigned || !t.startsWith("-"));
    }
    return false;
  }

  /** Go's time.ParseDuration, in nanoseconds; null when it is not a duration. */
  public static BigDecimal durationNanos(String s) {
    String rest = s;
    int sign = 1;
    if (rest.startsWith("-") || rest.startsWith("+")) {
      sign = rest.startsWith("-") ? -1 : 1;
      rest = rest.substring(1);
    }
    if (rest.equals("0")) {
      return BigDecimal.ZERO;
    }
    if (rest.isEmpty()) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    Matcher m = DURATION_PART.matcher(rest);
    int at = 0;
    while (at < rest.length()) {
      if (!m.find(at) || m.start() != at) {
        return null;
      }
      String number = m.group(1);
      if (number.isEmpty() || number.equals(".")) {
        return null;
      }
      total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(unitNanos(m.group(2))));
      at = m.end();
    }
    // Go's time.ParseDuration refuses what an int64 of nanoseconds cannot hold ("invalid duration").
    BigDecimal limit = BigDecimal.valueOf(sign < 0 ? Long.MIN_VALUE : Long.MAX_VALUE).abs();
    if (total.setScale(0, java.math.RoundingMode.DOWN).compareTo(limit) > 0) {
      return null;
    }
    return total.multiply(BigDecimal.valueOf(sign));
  }

  private static BigDecimal unitNanos(String unit) {
    return BigDecimal.valueOf(switch (unit) {
      case "ns" -> 1L;
      case "us", "µs", "μs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    });
  }
}
