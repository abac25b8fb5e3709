package dev.manifestgen.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers as Helm 3.17 holds and converts them, in one place. A values file goes through sigs.k8s.io/yaml
 * (yaml.v2 reads int64, then uint64, then float64; the JSON step after it makes every number a float64), and
 * --set-json through encoding/json (float64 too); only --set makes int64s. So a number from a file or JSON is
 * the float64 nearest to it: 9007199254740993 is 9007199254740992, 9223372036854775808 and
 * 18446744073709551616 are floats, never clamped. Here a float64 that is a whole number of at most 2^53 is a
 * Long (it prints and compares the same), anything else a Double.
 *
 * <p>Templates compare and print integers through Go's int64(x) conversion (sprig's int and int64, which the
 * chart uses for replicas): on x86_64 a float64 outside the int64 range, or NaN, converts to
 * -9223372036854775808, where Java's (long) would saturate.
 */
public final class HelmNumbers {
  private HelmNumbers() {}

  /** 2^53: the whole numbers a float64 holds exactly are those of at most this magnitude. */
  private static final long EXACT = 1L << 53;
  private static final double TWO_TO_63 = 9223372036854775808.0;

  /** A float64 as a value: a Long when whole and exact, else the Double. */
  public static Object float64(double d) {
    if (d == Math.rint(d) && Math.abs(d) <= EXACT) {
      return (long) d;
    }
    return d;
  }

  /** An integer read from a file or JSON: the float64 nearest to it. */
  public static Object float64(BigInteger v) {
    if (v.bitLength() < 63 && Math.abs(v.longValue()) <= EXACT) {
      return v.longValue();
    }
    return float64(v.doubleValue());
  }

  /** Any number read from a file or JSON (Long, BigInteger, BigDecimal, Double): the float64 nearest to it. */
  public static Object float64(Number n) {
    if (n instanceof Long l) {
      return Math.abs(l) <= EXACT && l != Long.MIN_VALUE ? l : float64((double) l);
    }
    if (n instanceof BigInteger b) {
      return float64(b);
    }
    if (n instanceof BigDecimal b) {
      return float64(b.doubleValue());
    }
    return float64(n.doubleValue());
  }

  /** Go's int64(x) on x86_64: a float64 truncated toward zero, or -2^63 when it is NaN or out of range. */
  public static long toInt64(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || d >= TWO_TO_63 || d < -TWO_TO_63) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }
}
