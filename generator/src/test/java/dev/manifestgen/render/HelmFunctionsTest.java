package dev.manifestgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jinja filters behave like the Helm functions they compile to. */
class HelmFunctionsTest {
  @Test
  void quoteIsGosPercentQ() {
    assertEquals("\"a: b\"", HelmFunctions.quote("a: b"));
    assertEquals("\"say \\\"hi\\\" \\\\ x\"", HelmFunctions.quote("say \"hi\" \\ x"));
    assertEquals("\"l1\\nl2\\t\\r\"", HelmFunctions.quote("l1\nl2\t\r"));
    assertEquals("\"héllo ☃ 🚀\"", HelmFunctions.quote("héllo ☃ 🚀"));
    assertEquals("\"\\x01\\u2028\"", HelmFunctions.quote("\u0001\u2028"));
    assertEquals("\"2\"", HelmFunctions.quote(2L));
    assertEquals("\"true\"", HelmFunctions.quote(true));
    assertEquals("", HelmFunctions.quote(null), "sprig quote drops nil");
  }

  @Test
  void sha256IsSprigsSha256sumOfTheUtf8Text() {
    // sha256sum of "" and of "abc" (FIPS 180-2's example), and of a non-ASCII text as its UTF-8 bytes.
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HelmFunctions.sha256sum(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", HelmFunctions.sha256sum("abc"));
    assertEquals("7dfbe0eab96510b11c9a2671d83019cd52953211294db5f917ffa0b7cc84f534", HelmFunctions.sha256sum("hé"));
  }

  @Test
  void indentPadsEveryLineButTheFirstIncludingEmptyOnesLikeNindentAfterThePad() {
    assertEquals("a\n  b\n  \n  c", HelmFunctions.indent("a\nb\n\nc", 2));
  }

  @Test
  void defaultFollowsSprigEmptiness() {
    for (Object empty : Arrays.asList(null, "", 0L, false, List.of(), Map.of())) {
      assertEquals("d", HelmFunctions.defaultTo(empty, "d"), String.valueOf(empty));
    }
    assertEquals("x", HelmFunctions.defaultTo("x", "d"));
    assertEquals(true, HelmFunctions.defaultTo(true, "d"));
  }

  @Test
  void intTruncAndTrimSuffix() {
    assertEquals(3L, HelmFunctions.toInt(3.9));
    assertEquals(12L, HelmFunctions.toInt("12"));
    assertEquals(0L, HelmFunctions.toInt("x"));
    assertEquals("abc", HelmFunctions.trunc("abcdef", 3));
    assertEquals("ab", HelmFunctions.trimSuffix("ab-", "-"));
    assertEquals("ab--", HelmFunctions.trimSuffix("ab---", "-"));
  }

  @Test
  void joinSkipsNulls() {
    assertEquals("a,1,true", HelmFunctions.join(Arrays.asList("a", null, 1L, true), ","));
  }

  @Test
  void semverConstraintOfTheOneSupportedForm() {
    SemverConstraint c = SemverConstraint.parse(">=1.21.0-0");
    assertTrue(c.matches("1.21"));
    assertTrue(c.matches("v1.33.1"));
    assertTrue(c.matches("v1.21.2-gke.100"));
    assertFalse(c.matches("1.20"));
    assertFalse(c.matches("v1.20.2"));
    assertTrue(SemverConstraint.parse("<1.21.0-0").matches("1.20.15"));
    assertNull(SemverConstraint.parse("~1.21"));
  }
}
