package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `manifest-gen validate`: output forms, exit codes, switching rules off, the contract option. */
class ValidateCommandTest {
  @TempDir Path dir;

  /**
   * The restricted profile with the lock Role's update removed: exactly one error, MG402. (generate
   * without --crds writes no CRDs, so the runs below say they are installed separately.)
   */
  private Path brokenManifest() throws Exception {
    Cli.Result r = Cli.run("generate", "--profile", "restricted");
    assertEquals(0, r.exit(), r.err());
    String broken = r.out().replace("  resourceNames: [\"elastic-operator-leader\"]\n  verbs: [get, update]",
        "  resourceNames: [\"elastic-operator-leader\"]\n  verbs: [get]");
    assertTrue(!broken.equals(r.out()));
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, broken);
    return file;
  }

  @Test
  void theCommittedOutputsAreClean() {
    Cli.Result r = Cli.run("validate", "--full");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().endsWith("objects checked: 0 errors, 0 warnings\n"), r.out());
  }

  @Test
  void anErrorExitsOneWithOneLinePerFinding() throws Exception {
    Cli.Result r = Cli.run("validate", "--crds-installed", brokenManifest().toString());
    assertEquals(1, r.exit(), r.toString());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].contains(": error MG402 Role elastic-system/elastic-operator-leader-election rules[0]: "), lines[0]);
    assertEquals("16 objects checked: 1 error, 0 warnings", lines[1]);
  }

  @Test
  void jsonOutputForMachines() throws Exception {
    Cli.Result r = Cli.run("validate", "--crds-installed", "--output", "json", brokenManifest().toString());
    assertEquals(1, r.exit(), r.toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("errors").asInt());
    JsonNode f = json.get("findings").get(0);
    assertEquals("MG402", f.get("rule").asText());
    assertEquals("error", f.get("severity").asText().toLowerCase());
    assertEquals("Role elastic-system/elastic-operator-leader-election", f.get("object").asText());
    assertEquals("rules[0]", f.get("path").asText());
    assertTrue(f.get("line").asInt() > 0);
  }

  @Test
  void rulesSwitchOffPerRunAndPerObject() throws Exception {
    Path file = brokenManifest();
    assertEquals(0, Cli.run("validate", "--crds-installed", "--skip", "MG402", file.toString()).exit());
    String annotated = Files.readString(file).replace("  name: \"elastic-operator-leader-election\"\n  namespace: \"elastic-system\"\n  labels:",
        "  name: \"elastic-operator-leader-election\"\n  namespace: \"elastic-system\"\n  annotations:\n"
            + "    manifest-gen.dev/skip-rules: MG402\n  labels:");
    Files.writeString(file, annotated);
    Cli.Result r = Cli.run("validate", "--crds-installed", file.toString());
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void theContractOption() throws Exception {
    Path file = brokenManifest();
    Cli.Result none = Cli.run("validate", "--crds-installed", "--contract", "none", file.toString());
    assertEquals(0, none.exit(), "without a contract the leader-election rules cannot tell the lock: " + none);
    Path copy = dir.resolve("contract.yaml");
    Files.copy(Repo.root().resolve("config/operator-contract.yaml"), copy);
    assertEquals(1, Cli.run("validate", "--contract", copy.toString(), file.toString()).exit());
    Cli.Result missing = Cli.run("validate", "--contract", dir.resolve("nope.yaml").toString(), file.toString());
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("nope.yaml: file not found"), missing.err());
    Files.writeString(copy, Files.readString(copy).replace("operator: elastic-operator", "operator: elastic-operator\nextra: 1"));
    Cli.Result bad = Cli.run("validate", "--contract", copy.toString(), file.toString());
    assertEquals(2, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("extra: unknown key"), bad.err());
  }

  @Test
  void badArguments() {
    Cli.Result skip = Cli.run("validate", "--skip", "MG999");
    assertEquals(2, skip.exit());
    assertTrue(skip.err().contains("--skip MG999: no such rule"), skip.err());
    Cli.Result output = Cli.run("validate", "--output", "xml");
    assertEquals(2, output.exit());
  }
}
