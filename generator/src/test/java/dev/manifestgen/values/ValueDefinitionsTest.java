package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.manifestgen.testing.Repo;
import dev.manifestgen.yaml.YamlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions read from the comments of values.yaml. */
class ValueDefinitionsTest {

  private static ValueDefinitions parse(String text) throws YamlException {
    return ValueDefinitions.parse(text, "v.yaml");
  }

  @Test
  void typesComeFromDefaultsAndAnnotations() throws Exception {
    ValueDefinitions d = parse("""
        # How many.
        # @minimum 0
        # @maximum 9
        n: 1
        # Which.
        # @enum a b
        e: a
        # Free labels.
        # @items string
        labels: {}
        # A fixed group.
        group:
          # Inner flag.
          on: true
        # Free map with a default.
        # @type map
        res:
          cpu: 1
        # Names.
        # @items string
        # @format dns1123-label
        names: []
        """);
    ValueDefinition n = d.find("n");
    assertEquals(ValueType.INTEGER, n.type());
    assertEquals(0L, n.minimum());
    assertEquals(9L, n.maximum());
    assertEquals("How many.", n.description());
    assertEquals(List.of("a", "b"), d.find("e").enumValues());
    assertEquals(ValueType.MAP, d.find("labels").type());
    assertEquals(ValueType.STRING, d.find("labels").itemType());
    assertEquals(ValueType.OBJECT, d.find("group").type());
    assertEquals(ValueType.BOOLEAN, d.find("group.on").type());
    assertEquals(ValueType.MAP, d.find("res").type());
    assertNull(d.find("res.cpu"), "a free map has no fixed keys");
    assertEquals("list of string", d.find("names").typeLabel());
    assertEquals(ValueFormat.DNS1123_LABEL, d.find("names").format());
  }

  @Test
  void everyLeafNeedsADescription() {
    YamlException e = assertThrows(YamlException.class, () -> parse("# ok\na: 1\nb: 2\n"));
    assertEquals("v.yaml:3: b: every key needs a comment above it that documents it (groups of keys may go without)",
        e.getMessage());
  }

  @Test
  void theCommentRightAboveCountsNotAnEarlierParagraph() {
    YamlException e = assertThrows(YamlException.class, () -> parse("# header of the file\n\nb: 2\n"));
    assertEquals("v.yaml:3: b: every key needs a comment above it that documents it (groups of keys may go without)",
        e.getMessage());
  }

  @Test
  void unknownAnnotationIsRefused() {
    YamlException e = assertThrows(YamlException.class, () -> parse("# Doc.\n# @typo 1\na: 1\n"));
    assertEquals("v.yaml:3: a: unknown annotation @typo (known: @type, @items, @enum, @minimum, @maximum, @format, @unique)",
        e.getMessage());
  }

  @Test
  void aDefaultThatBreaksItsOwnDefinitionIsRefused() {
    YamlException e = assertThrows(YamlException.class, () -> parse("# Doc.\n# @enum x y\na: z\n"));
    assertEquals("v.yaml:3: a: the default does not fit its own definition: must be one of x, y; got \"z\"",
        e.getMessage());
  }

  @Test
  void theProjectValuesFileDocumentsEveryKey() throws Exception {
    ValueDefinitions d = ValueDefinitions.load(Repo.root().resolve("config/values.yaml"), "config/values.yaml");
    for (ValueDefinition def : d.all()) {
      if (def.type() != ValueType.OBJECT) {
        assertEquals(false, def.description().isBlank(), def.path());
      }
    }
    assertEquals(List.of("configmaps", "leases", "configmapsleases"), d.find("leaderElection.lockType").enumValues());
    assertEquals(0L, d.find("replicas").minimum());
  }
}
