package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stale-file check, on a throw-away copy of the project. */
class CheckCommandTest {
  @TempDir Path project;

  @BeforeEach
  void freshOutputs() {
    Repo.copyTo(project);
    Cli.Result r = Cli.run(project, "generate", "--all");
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void upToDateOutputsPass() {
    Cli.Result r = Cli.run(project, "check");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("generated files are up to date ("), r.out());
  }

  @Test
  void theCommittedOutputsOfThisRepositoryAreUpToDate() {
    Cli.Result r = Cli.run(Repo.root(), "check");
    assertEquals(0, r.exit(), r.toString());
  }

  @Test
  void aHandEditedManifestFailsWithADiffAndTheFix() throws Exception {
    Path manifest = project.resolve("config/all-in-one.yaml");
    Files.writeString(manifest, Files.readString(manifest).replace("replicas: 1", "replicas: 2"));
    Cli.Result r = Cli.run(project, "check");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("--- config/all-in-one.yaml (committed)\n+++ config/all-in-one.yaml (generated)\n"), r.out());
    assertTrue(r.out().contains("\n-  replicas: 2\n+  replicas: 1\n"), r.out());
    assertTrue(r.out().contains("run `make generate-manifests`"), r.out());
  }

  @Test
  void aChangedTemplateMakesEveryAffectedOutputStale() throws Exception {
    Path template = project.resolve("templates/statefulset.yaml.j2");
    Files.writeString(template, Files.readString(template).replace("terminationGracePeriodSeconds: 10", "terminationGracePeriodSeconds: 20"));
    Cli.Result r = Cli.run(project, "check");
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("config/all-in-one.yaml (generated)"), r.out());
    assertTrue(r.out().contains("charts/eck-operator/templates/statefulset.yaml (generated)"), r.out());
    assertTrue(r.out().contains("2 generated file(s) are stale"), r.out());
  }

  @Test
  void aMissingOrExtraChartFileIsStale() throws Exception {
    Files.delete(project.resolve("charts/eck-operator/values.schema.json"));
    Files.writeString(project.resolve("charts/eck-operator/templates/extra.yaml"), "x: 1\n");
    Cli.Result r = Cli.run(project, "check");
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("charts/eck-operator/values.schema.json: missing"), r.out());
    assertTrue(r.out().contains("charts/eck-operator/templates/extra.yaml: not generated"), r.out());
  }

  @Test
  void generateAllReplacesTheChartDirectoryAndDropsStrayFiles() throws Exception {
    Files.writeString(project.resolve("charts/eck-operator/templates/extra.yaml"), "x: 1\n");
    assertEquals(0, Cli.run(project, "generate", "--all").exit());
    assertTrue(Files.notExists(project.resolve("charts/eck-operator/templates/extra.yaml")));
    assertEquals(0, Cli.run(project, "check").exit());
  }

  @Test
  void aBrokenTemplateLeavesEveryOutputAsItWas() throws Exception {
    String before = Files.readString(project.resolve("config/all-in-one.yaml"));
    String chartBefore = Files.readString(project.resolve("charts/eck-operator/templates/statefulset.yaml"));
    Path template = project.resolve("templates/statefulset.yaml.j2");
    Files.writeString(template, Files.readString(template) + "  broken: {{ values.nope | quote }}\n");
    Cli.Result r = Cli.run(project, "generate", "--all");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: templates/statefulset.yaml.j2:"), r.err());
    assertEquals(before, Files.readString(project.resolve("config/all-in-one.yaml")));
    assertEquals(chartBefore, Files.readString(project.resolve("charts/eck-operator/templates/statefulset.yaml")));
  }

  @Test
  void aSymbolicLinkUnderTheChartIsNeverUpToDate() throws Exception {
    Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("extra.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
    Files.createSymbolicLink(project.resolve("charts/eck-operator/templates/linked"), elsewhere);
    Cli.Result r = Cli.run(project, "check");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("charts/eck-operator/templates/linked: a symbolic link, not a generated file"), r.out());
    Cli.Result regenerated = Cli.run(project, "generate", "--all");
    assertEquals(0, regenerated.exit(), regenerated.toString());
    assertEquals(0, Cli.run(project, "check").exit());
    assertTrue(Files.exists(elsewhere.resolve("extra.yaml")), "the link was removed, what it pointed to kept");
  }
}
