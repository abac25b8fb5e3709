package dev.manifestgen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.values.SetParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathsTest {
  /** A path written as a --set key reads back, through Helm's --set parser, as the same path. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "replicas; replicas",
      "leaderElection.lockType; leaderElection.lockType",
      "managedNamespaces[2]; managedNamespaces[2]",
      "tolerations[0].key; tolerations[0].key",
      "podAnnotations[\"example.com/x\"]; podAnnotations.example\\.com/x",
      "podAnnotations.a,b; podAnnotations.a\\,b",
      "podAnnotations.k=v; podAnnotations.k\\=v"})
  void aPathAsASetKeyReadsBackAsThatPath(String path, String setKey) throws Exception {
    assertEquals(setKey, Paths.asSetKey(path));
    assertEquals(List.of(path), SetParser.assignedPaths(setKey + "=x"));
  }
}
