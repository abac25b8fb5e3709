package dev.manifestgen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stream large enough to be parsed in parallel reads exactly as it would in one piece. */
class YamlReaderLargeStreamTest {
  private static final int DOCUMENTS = 3000;

  /** Document i's "---" is on line 1 + 6 * i, its object on the next line, its "value" key two lines further. */
  private static String stream(String lastValue) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      b.append("---\n")
          .append("kind: ConfigMap\n")
          .append("data:\n")
          .append("  value: ").append(i == DOCUMENTS - 1 ? lastValue : "\"" + "x".repeat(400) + i + "\"").append('\n')
          .append("  block: |\n")
          .append("    --- not a document marker when indented\n");
    }
    return b.toString();
  }

  @Test
  void documentsTreesAndLinesMatchTheirPlaceInTheFile() throws Exception {
    String text = stream("\"last\"");
    assertEquals(true, text.length() > 1 << 20, "the stream must be large enough to be split");
    List<YamlReader.Document> docs = YamlReader.readAll(text, "big.yaml");
    assertEquals(DOCUMENTS, docs.size());
    for (int i = 0; i < DOCUMENTS; i++) {
      YamlReader.Document d = docs.get(i);
      assertEquals(2 + 6 * i, d.line(), "document " + i);
      assertEquals(4 + 6 * i, d.tree().lines().get("data.value"), "document " + i);
      Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) d.tree().root()).get("data");
      assertEquals("--- not a document marker when indented\n", data.get("block"));
    }
    assertEquals("last", ((Map<?, ?>) ((Map<?, ?>) docs.get(DOCUMENTS - 1).tree().root()).get("data")).get("value"));
  }

  @Test
  void anErrorNamesItsLineInTheWholeFile() {
    YamlException e = assertThrows(YamlException.class, () -> YamlReader.readAll(stream("[unclosed"), "big.yaml"));
    // snakeyaml reports an unclosed flow sequence where it gives up: after its line, in the last document
    int line = Integer.parseInt(e.getMessage().split(":")[1]);
    int valueLine = 4 + 6 * (DOCUMENTS - 1);
    assertEquals(true, line >= valueLine && line <= valueLine + 3, e.getMessage());
  }
}
