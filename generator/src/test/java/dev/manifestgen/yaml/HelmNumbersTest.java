package dev.manifestgen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Numbers as Helm holds them (float64 from files and JSON) and converts them (Go's int64 on x86_64). */
class HelmNumbersTest {
  @Test
  void aWholeNumberUpTo2To53IsALongAndBeyondItTheNearestFloat64() {
    assertEquals(9007199254740992L, HelmNumbers.float64(new BigInteger("9007199254740992")));
    assertEquals(9007199254740992L, HelmNumbers.float64(9007199254740993L), "2^53+1 rounds to 2^53, as in Helm");
    assertEquals(9.007199254740996E15, HelmNumbers.float64(9007199254740995L));
    assertEquals(9.223372036854775807E18, HelmNumbers.float64(new BigInteger("9223372036854775808")));
    assertEquals(1.8446744073709552E19, HelmNumbers.float64(new BigInteger("18446744073709551616")), "not clamped");
    assertEquals(1.7976931348623157E308, HelmNumbers.float64(new BigDecimal("1.7976931348623157e308")));
    assertEquals(1e20, HelmNumbers.float64(1e20));
    assertEquals(2L, HelmNumbers.float64(2.0));
    assertEquals(2.5, HelmNumbers.float64(2.5));
    assertEquals(-9.223372036854775808E18, HelmNumbers.float64(Long.MIN_VALUE));
  }

  @Test
  void goInt64OfAFloat64OutOfRangeIsTheMinimumOnX8664() {
    assertEquals(Long.MIN_VALUE, HelmNumbers.toInt64(9.223372036854775808E18));
    assertEquals(Long.MIN_VALUE, HelmNumbers.toInt64(1e300));
    assertEquals(Long.MIN_VALUE, HelmNumbers.toInt64(-1e300));
    assertEquals(Long.MIN_VALUE, HelmNumbers.toInt64(Double.NaN));
    assertEquals(Long.MIN_VALUE, HelmNumbers.toInt64(-9.223372036854775808E18), "-2^63 itself is in range");
    assertEquals(9223372036854774784L, HelmNumbers.toInt64(9.2233720368547748E18), "the largest float64 below 2^63");
    assertEquals(-2L, HelmNumbers.toInt64(-2.9), "truncated toward zero");
    assertEquals(Long.MAX_VALUE, HelmNumbers.toInt64(Long.MAX_VALUE), "an int64 from --set stays");
  }
}
