package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value layering with Helm's semantics, and the one-line messages for bad values. */
class ValuesLoaderTest {
  static ValuesLoader loader;
  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    Path root = Repo.root();
    loader = new ValuesLoader(ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml"),
        root.resolve("config/profiles"), "config/profiles");
  }

  private Values load(List<String> profiles, List<Path> files, List<String> sets, List<String> setStrings)
      throws ValuesException {
    return loader.load(new ValuesRequest(profiles, files, sets, setStrings));
  }

  private Values sets(String... sets) throws ValuesException {
    return load(List.of(), List.of(), List.of(sets), List.of());
  }

  private String refusal(List<String> profiles, List<Path> files, List<String> sets, List<String> setStrings) {
    ValuesException e = assertThrows(ValuesException.class, () -> load(profiles, files, sets, setStrings));
    assertEquals(1, e.lines().size(), () -> "one line per problem: " + e.getMessage());
    return e.lines().get(0);
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void defaultsComeFromValuesYaml() throws Exception {
    Values v = sets();
    assertEquals(1L, v.get("replicas"));
    assertEquals(true, v.get("leaderElection.enabled"));
    assertEquals("elastic-operator-leader", v.get("leaderElection.lockName"));
    assertEquals("configmaps", v.get("leaderElection.lockType"));
    assertEquals(List.of(), v.get("managedNamespaces"));
  }

  @Test
  void layersApplyLowestFirstProfileThenFileThenSetThenSetString() throws Exception {
    Path f = file("f.yaml", "replicas: 4\nimage:\n  tag: from-file\n");
    Values v = load(List.of("ha"), List.of(f), List.of("image.tag=from-set"), List.of("image.pullPolicy=Always"));
    assertEquals(4L, v.get("replicas"), "-f is above the profile");
    assertEquals("from-set", v.get("image.tag"), "--set is above -f");
    assertEquals("Always", v.get("image.pullPolicy"));
    assertEquals("docker.elastic.co/eck/eck-operator", v.get("image.repository"), "maps merge: siblings stay");
    assertEquals(true, v.get("podDisruptionBudget.enabled"), "the profile still applies where nothing overrides it");
  }

  @Test
  void setStringAppliesAfterEverySetWhateverTheOrder() throws Exception {
    Values v = load(List.of(), List.of(), List.of("image.tag=1"), List.of("image.tag=2"));
    assertEquals("2", v.get("image.tag"));
  }

  @Test
  void laterFilesWinAndListsReplaceRatherThanMerge() throws Exception {
    Path a = file("a.yaml", "managedNamespaces: [a, b, c]\ntolerations:\n- key: x\n  operator: Exists\n");
    Path b = file("b.yaml", "managedNamespaces: [d]\n");
    Values v = load(List.of(), List.of(a, b), List.of(), List.of());
    assertEquals(List.of("d"), v.get("managedNamespaces"));
    assertEquals(List.of(Map.of("key", "x", "operator", "Exists")), v.get("tolerations"));
  }

  @Test
  void setIndexesIntoTheListTheFilesBuilt() throws Exception {
    Path a = file("a.yaml", "managedNamespaces: [a, b]\n");
    Values v = load(List.of(), List.of(a), List.of("managedNamespaces[1]=z"), List.of());
    assertEquals(List.of("a", "z"), v.get("managedNamespaces"));
  }

  @Test
  void nullDeletesAKeyOfAFreeMap() throws Exception {
    Values v = sets("resources.limits=null");
    @SuppressWarnings("unchecked")
    Map<String, Object> resources = (Map<String, Object>) v.get("resources");
    assertFalse(resources.containsKey("limits"));
    assertTrue(resources.containsKey("requests"));
  }

  @Test
  void nullOnAKeyWithoutDefaultIsRefusedAsRequired() {
    String line = refusal(List.of(), List.of(), List.of("image=null"), List.of());
    assertEquals("--set image=null: image: is required (it has no default once removed; set it or drop the null)", line);
  }

  @Test
  void wrongTypeNamesTheKeyAndTheSetThatGaveIt() {
    assertEquals("--set replicas=abc: replicas: expected an integer, got string \"abc\"",
        refusal(List.of(), List.of(), List.of("replicas=abc"), List.of()));
  }

  @Test
  void numberGivenForAStringSuggestsSetString() {
    String line = refusal(List.of(), List.of(), List.of("image.tag=130"), List.of());
    assertTrue(line.startsWith("--set image.tag=130: image.tag: expected a string, got integer 130"), line);
    assertTrue(line.contains("--set-string"), line);
    assertEquals("130", assertDoesNotThrowLoad(List.of("image.tag=130")).get("image.tag"));
  }

  private Values assertDoesNotThrowLoad(List<String> setStrings) {
    try {
      return load(List.of(), List.of(), List.of(), setStrings);
    } catch (ValuesException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  @Test
  void outOfRangeAndUnknownEnum() {
    assertEquals("--set replicas=-1: replicas: must be at least 0, got -1",
        refusal(List.of(), List.of(), List.of("replicas=-1"), List.of()));
    assertEquals("--set leaderElection.lockType=lease: leaderElection.lockType: must be one of configmaps, leases, "
            + "configmapsleases; got \"lease\"",
        refusal(List.of(), List.of(), List.of("leaderElection.lockType=lease"), List.of()));
  }

  @Test
  void badDurationFormat() {
    assertEquals("--set leaderElection.leaseDuration=15: leaderElection.leaseDuration: expected a string, got integer 15"
            + " (with --set, use --set-string for values that look like numbers or booleans)",
        refusal(List.of(), List.of(), List.of("leaderElection.leaseDuration=15"), List.of()));
    assertEquals("--set-string leaderElection.leaseDuration=15 seconds: leaderElection.leaseDuration: must be a "
            + "duration such as 15s, 2m or 8760h; got \"15 seconds\"",
        refusal(List.of(), List.of(), List.of(), List.of("leaderElection.leaseDuration=15 seconds")));
  }

  @Test
  void unknownKeyInAFileNamesFileAndLineWithAHint() throws Exception {
    Path f = file("mine.yaml", "replicas: 2\nleaderElection:\n  lockname: x\n");
    assertEquals(f + ":3: leaderElection.lockname: unknown key; did you mean leaderElection.lockName?",
        refusal(List.of(), List.of(f), List.of(), List.of()));
  }

  @Test
  void unknownTopLevelKeyWithoutCloseMatchListsNothingMisleading() {
    String line = refusal(List.of(), List.of(), List.of("zzzzzzzz=1"), List.of());
    assertEquals("--set zzzzzzzz=1: zzzzzzzz: unknown key", line);
  }

  @Test
  void malformedValuesFileNamesFileAndLine() throws Exception {
    Path f = file("broken.yaml", "replicas: 2\nimage:\n  tag: [unclosed\n");
    String line = refusal(List.of(), List.of(f), List.of(), List.of());
    assertTrue(line.startsWith(f + ":"), line);
    assertTrue(line.contains("invalid YAML"), line);
  }

  @Test
  void aKeyGivenTwiceInAValuesFileTakesItsLastValueAsInHelm() throws Exception {
    Path f = file("dup.yaml", "replicas: 2\nreplicas: 3\n");
    assertEquals(3L, load(List.of(), List.of(f), List.of(), List.of()).tree().get("replicas"));
  }

  @Test
  void missingValuesFile() {
    assertEquals("nope.yaml: file not found", refusal(List.of(), List.of(Path.of("nope.yaml")), List.of(), List.of()));
  }

  @Test
  void unknownProfileListsTheKnownOnes() {
    assertEquals("--profile nope: no such profile; known profiles: all-in-one, ha, restricted (files in config/profiles)",
        refusal(List.of("nope"), List.of(), List.of(), List.of()));
  }

  @Test
  void valuesFileThatIsNotAMap() throws Exception {
    Path f = file("list.yaml", "- a\n- b\n");
    assertEquals(f + ":1: a values file must be a map of keys, not a list", refusal(List.of(), List.of(f), List.of(), List.of()));
  }

  @Test
  void freeMapValuesAreTypedWhereTheDefinitionSaysSo() {
    assertEquals("--set podAnnotations.a=1: podAnnotations.a: expected a string, got integer 1"
            + " (with --set, use --set-string for values that look like numbers or booleans)",
        refusal(List.of(), List.of(), List.of("podAnnotations.a=1"), List.of()));
  }

  @Test
  void aKeyIsSpelledAsItsSourceSpellsItWithAFixThatWorksThere() throws Exception {
    assertEquals("--set podAnnotations.example\\.com/x=1: podAnnotations.example\\.com/x: expected a string, got integer 1"
            + " (with --set, use --set-string for values that look like numbers or booleans)",
        refusal(List.of(), List.of(), List.of("podAnnotations.example\\.com/x=1"), List.of()));
    Path f = file("annotations.yaml", "podAnnotations:\n  example.com/x: 1\n");
    assertEquals(f + ":2: podAnnotations[\"example.com/x\"]: expected a string, got integer 1 (quote it to make it a string)",
        refusal(List.of(), List.of(f), List.of(), List.of()));
    assertEquals("--set-string managedNamespaces[0]=B: managedNamespaces[0]: must be a DNS-1123 label: lower-case "
            + "letters, digits and '-', at most 63, starting and ending alphanumeric; got \"B\"",
        refusal(List.of(), List.of(), List.of(), List.of("managedNamespaces[0]=B")));
  }

  @Test
  void wholeDoublesForIntegersAreAcceptedAsIntegers() throws Exception {
    Path f = file("f.yaml", "replicas: 2.0\n");
    assertEquals(2L, load(List.of(), List.of(f), List.of(), List.of()).get("replicas"));
  }

  @Test
  void yamlBooleansFollowYaml11AsHelmDoes() throws Exception {
    Path f = file("f.yaml", "webhook:\n  enabled: off\n");
    assertEquals(false, load(List.of(), List.of(f), List.of(), List.of()).get("webhook.enabled"));
  }

  @Test
  void everyProfileLoads() throws Exception {
    for (String p : loader.profiles()) {
      load(List.of(p), List.of(), List.of(), List.of());
    }
    assertEquals(List.of("all-in-one", "ha", "restricted"), loader.profiles());
  }
}
