package dev.manifestgen.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of the fixture gosrc/plurals gets the plural controller-gen v0.23.0 gave it
 * (expected/plurals.txt); the e2e oracle compares the whole CRDs with controller-gen's own run.
 */
class KindPluralTest {
  private static final Path TREE = Repo.root().resolve("generator/src/test/resources/gosrc/plurals");

  @Test
  void everyKindGetsControllerGensPlural() throws IOException {
    List<String> expected = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (String line : Files.readAllLines(TREE.resolve("expected/plurals.txt"))) {
      if (line.startsWith("#")) {
        continue;
      }
      String kind = line.split(" ")[0];
      expected.add(line);
      ours.add(kind + " " + KindPlural.of(kind));
    }
    assertEquals(140, expected.size());
    assertEquals(expected, ours);
  }

  @Test
  void theLastWordStartsAtACapitalAfterALowerCaseLetterOrAKnownInitialism() {
    assertEquals("Index", KindPlural.lastWord("ElasticsearchIndex"));
    assertEquals("Route", KindPlural.lastWord("HTTPRoute"));
    assertEquals("DNS", KindPlural.lastWord("ManagedDNS"));
    assertEquals("Bucket", KindPlural.lastWord("S3Bucket"));
    assertEquals("XYZAlias", KindPlural.lastWord("XYZAlias"));
  }
}
