package dev.manifestgen.golang;

import java.util.List;

/** The value of a Go constant expression, as far as the extractor evaluates them. */
public sealed interface GoValue {
  record Str(String value) implements GoValue {}

  record Int(long value) implements GoValue {}

  record Float(double value) implements GoValue {}

  record Bool(boolean value) implements GoValue {}

  /** A time.Duration, in nanoseconds. */
  record Duration(long nanos) implements GoValue {
    /** Go's {@code time.Duration.String()}: {@code 24h0m0s}, {@code 1m30s}, {@code 1.5s}, {@code 20ms}, {@code 0s}. */
    public String goString() {
      if (nanos == 0) {
        return "0s";
      }
      boolean negative = nanos < 0;
      long u = Math.abs(nanos);
      String body;
      if (u < 1_000_000_000L) {
        if (u < 1_000L) {
          body = u + "ns";
        } else if (u < 1_000_000L) {
          body = fraction(u, 3) + "µs";
        } else {
          body = fraction(u, 6) + "ms";
        }
      } else {
        long hours = u / 3_600_000_000_000L;
        long rest = u % 3_600_000_000_000L;
        long minutes = rest / 60_000_000_000L;
        String seconds = fraction(rest % 60_000_000_000L, 9) + "s";
        if (hours > 0) {
          body = hours + "h" + minutes + "m" + seconds;
        } else if (minutes > 0) {
          body = minutes + "m" + seconds;
        } else {
          body = seconds;
        }
      }
      return negative ? "-" + body : body;
    }

    /** v divided by 10^digits, without trailing zeros in the fraction. */
    private static String fraction(long v, int digits) {
      long unit = (long) Math.pow(10, digits);
      String whole = Long.toString(v / unit);
      String frac = String.format("%0" + digits + "d", v % unit).replaceAll("0+$", "");
      return frac.isEmpty() ? whole : whole + "." + frac;
    }
  }

  /** A slice composite literal or nil slice. */
  record Slice(List<GoValue> elements) implements GoValue {
    public Slice {
      elements = List.copyOf(elements);
    }
  }

  /** An empty map literal, such as {@code map[string]string{}}. */
  record EmptyMap() implements GoValue {}

  /** The untyped nil. */
  record Nil() implements GoValue {}
}
