package dev.manifestgen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YamlWriterTest {
  private static final int[] TRICKY = "ab :#'\"{}[]%&*!|>-?,\n\r\t\\\u0001é☃🚀\u2028\u0085 1e.yN".codePoints().toArray();

  /** Up to 11 characters YAML must quote or escape: indicators, quotes, line breaks, control and non-BMP. */
  private static String randomString(Random random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.appendCodePoint(TRICKY[random.nextInt(TRICKY.length)]);
    }
    return s.toString();
  }

  /**
   * Helm's toYaml reads its JSON back as YAML, where a raw NEL folds into a space, and writes a
   * string holding U+2028 in single quotes, where it folds too: those two do not round-trip in
   * Helm either (HelmDifferentialTest shows the bytes Helm prints); everything else does.
   */
  @Test
  void randomStringsRoundTripExactly() throws Exception {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      String s = randomString(random).replace("\u2028", "").replace("\u0085", "");
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("k", s);
      doc.put("list", List.of(s));
      // Helm trims the document's last newline; yaml.v2 wrote it, and a final "|+" block needs it
      Object back = YamlReader.read(YamlWriter.toYaml(doc) + "\n", "test").root();
      assertEquals(YamlWriter.sorted(doc), back, () -> "round " + s);
    }
  }

  @Test
  void randomStringsRoundTripExactlyInFlowStyleOnOneLine() throws Exception {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      String s = randomString(random);
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("k", s);
      doc.put("list", List.of(s, "x"));
      String flow = YamlWriter.toFlowYaml(doc);
      assertEquals(-1, flow.indexOf('\n'), () -> "one line: " + flow);
      assertEquals(doc, YamlReader.read("v: " + flow, "test").root() instanceof Map<?, ?> m ? m.get("v") : null,
          () -> "round " + s + ": " + flow);
    }
  }

  @Test
  void readsPlainYAndNAndNonStringKeysAsHelmDoes() throws Exception {
    Object tree = YamlReader.read("a: y\nb: N\nc: 'y'\non: 1\n2: x\n'null': z\n", "t").root();
    java.util.Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", true);
    expected.put("b", false);
    expected.put("c", "y");
    expected.put("true", 1L);
    expected.put("2", "x");
    expected.put("null", "z");
    assertEquals(expected, tree);
  }

  @Test
  void keysAreSortedAndWholeDoublesBecomeIntegersLikeHelmsToYaml() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", 2.0);
    m.put("a", 1.5);
    assertEquals("a: 1.5\nb: 2", YamlWriter.toYaml(m));
  }

  @Test
  void stringsYamlWouldReadAsSomethingElseAreQuoted() {
    assertEquals("- \"on\"\n- \"null\"\n- \"1.0\"\n- \"\"", YamlWriter.toYaml(List.of("on", "null", "1.0", "")));
  }

  @Test
  void stringsGosYamlReadsAsBooleansOrNumbersAreQuotedToo() {
    assertEquals("- \"y\"\n- \"N\"\n- \"1e3\"\n- \"-2E+5\"\n- .5e\n- \"0o17\"\n- \"1:30\"",
        YamlWriter.toYaml(List.of("y", "N", "1e3", "-2E+5", ".5e", "0o17", "1:30")));
  }

  @Test
  void aLeadingByteOrderMarkEscapesEveryCharacterAfterItAsYamlV2Does() {
    // yaml.v2's is_bom(value, i) looks at the value's first bytes whatever i is.
    assertEquals("\"\\uFEFF\\x62\\x6F\\x6D\"", YamlWriter.toYaml("\uFEFFbom"));
    assertEquals("\"\\uFEFF\\x61\\x20\\\"\\xE9\\u65E5\\U0001F600\\n\"", YamlWriter.toYaml("\uFEFFa \"\u00e9\u65e5\ud83d\ude00\n"));
    assertEquals("\"b\\uFEFFom\"", YamlWriter.toYaml("b\uFEFFom"), "a BOM further in escapes only itself");
  }
}
