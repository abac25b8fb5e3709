package dev.manifestgen.yaml;

import java.math.BigDecimal;

/**
 * Go's formatting of floats, which Helm's output goes through: strconv.FormatFloat with the
 * shortest digits that read back as the same value ('g', 'e', 'f'), for float64 or float32, and
 * encoding/json's choice between them.
 */
public final class GoFloats {
  private GoFloats() {}

  /** The shortest decimal digits of a finite value and where its decimal point goes (0.5: "5", 0). */
  private record Digits(boolean negative, String digits, int point) {}

  private static Digits shortest(double value, boolean float32) {
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    double abs = Math.abs(value);
    if (abs == 0) {
      return new Digits(negative, "0", 1);
    }
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal rounded = new BigDecimal(abs).round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
      boolean same = float32
          ? rounded.floatValue() == (float) abs
          : rounded.doubleValue() == abs;
      if (same) {
        String unscaled = rounded.unscaledValue().toString();
        int trailing = 0;
        while (trailing < unscaled.length() - 1 && unscaled.charAt(unscaled.length() - 1 - trailing) == '0') {
          trailing++;
        }
        String digits = unscaled.substring(0, unscaled.length() - trailing);
        int point = unscaled.length() - rounded.scale();
        return new Digits(negative, digits, point);
      }
    }
    throw new IllegalStateException("no shortest form for " + value);
  }

  /** strconv.FormatFloat(v, fmt, -1, 64 or 32) for fmt 'g', 'e' or 'f'; +Inf, -Inf and NaN as Go writes them. */
  public static String format(double value, char fmt, boolean float32) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    Digits d = shortest(value, float32);
    char f = fmt;
    if (fmt == 'g') {
      // strconv: with the shortest digits, %e from an exponent of 21 or below -4 ... see eprec
      int exp = d.point() - 1;
      int eprec = 6;
      f = exp < -4 || exp >= eprec ? 'e' : 'f';
    }
    StringBuilder out = new StringBuilder();
    if (d.negative()) {
      out.append('-');
    }
    if (f == 'e') {
      out.append(d.digits().charAt(0));
      if (d.digits().length() > 1) {
        out.append('.').append(d.digits(), 1, d.digits().length());
      }
      int exp = d.point() - 1;
      out.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
      return out.toString();
    }
    if (d.point() <= 0) {
      out.append("0.").append("0".repeat(-d.point())).append(d.digits());
    } else if (d.point() >= d.digits().length()) {
      out.append(d.digits()).append("0".repeat(d.point() - d.digits().length()));
    } else {
      out.append(d.digits(), 0, d.point()).append('.').append(d.digits(), d.point(), d.digits().length());
    }
    return out.toString();
  }

  public static String format(double value, char fmt) {
    return format(value, fmt, false);
  }

  /** A float32's 'g' form (sigs.k8s.io/yaml writes float map keys so). */
  public static String format(float value, char fmt) {
    return format((double) value, fmt, true);
  }

  /** encoding/json's text for a float64: 'f', or 'e' below 1e-6 and from 1e21, with e-07 cut to e-7. */
  public static String json(double value) {
    double abs = Math.abs(value);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String e = format(value, 'e');
      return e.replaceFirst("e([-+])0([0-9])$", "e$1$2");
    }
    return format(value, 'f');
  }
}
