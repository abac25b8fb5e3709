package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What check and validate remember of the trees they passed: the same tree is answered without
 * rendering, and a change to anything the answer depends on (a source, an output, the last release)
 * means a full run.
 */
class RememberedRunTest {
  private static final String REMEMBERED = "; unchanged since a full check, --full runs it again)\n";

  @TempDir Path project;
  @TempDir Path cache;

  /** The committed tree, whose outputs are up to date (CheckCommandTest holds that). */
  @BeforeEach
  void copyOfTheProject() {
    Repo.copyTo(project);
  }

  @Test
  void aTreeThatPassedIsAnsweredFromItsRecordAndNotRendered() throws Exception {
    Cli.Result first = Cli.run(project, "check");
    assertEquals(0, first.exit(), first.toString());
    Cli.Result second = Cli.run(project, "check");
    assertEquals(0, second.exit(), second.toString());
    assertTrue(second.out().startsWith("generated files are up to date (35 checked") && second.out().endsWith(REMEMBERED),
        second.out());
    Cli.Result full = Cli.run(project, "check", "--full");
    assertEquals("generated files are up to date (35 checked)\n", full.out());
  }

  @Test
  void validateOfTheCommittedOutputsIsRememberedAndOnlyWithoutOptions() throws Exception {
    Cli.Result first = Cli.run(project, "validate", "--full");
    assertEquals(0, first.exit(), first.toString());
    Cli.Result second = Cli.run(project, "validate");
    assertEquals(first.out().replace("\n", " (unchanged since a full validate, --full runs it again)\n"), second.out());
    assertEquals(first.out(), Cli.run(project, "validate", "--full").out());
    assertEquals(first.out(), Cli.run(project, "validate", "--strict-security").out(), "options: a full run");
    String ofAFile = Cli.run(project, "validate", project.resolve("config/all-in-one.yaml").toString()).out();
    assertTrue(ofAFile.endsWith(" objects checked: 0 errors, 0 warnings\n"), "files: a full run: " + ofAFile);
    assertNotEquals(TreeDigest.of("check", new Project(project), null), TreeDigest.of("validate", new Project(project), null),
        "check and validate are remembered apart");
  }

  @Test
  void aValidateErrorIsNeverRemembered() throws Exception {
    Path all = project.resolve("config/all-in-one.yaml");
    Files.writeString(all, Files.readString(all).replace("serviceAccountName:", "serviceAcountName:"));
    Cli.Result first = Cli.run(project, "validate");
    assertEquals(1, first.exit(), first.toString());
    Cli.Result again = Cli.run(project, "validate");
    assertEquals(1, again.exit(), again.toString());
    assertFalse(again.out().contains("unchanged since"), again.out());
  }

  @Test
  void aTemplateChangedAfterAPassingCheckIsFoundStale() throws Exception {
    assertEquals(0, Cli.run(project, "check").exit());
    Path template = project.resolve("templates/statefulset.yaml.j2");
    Files.writeString(template, Files.readString(template).replace("terminationGracePeriodSeconds: 10",
        "terminationGracePeriodSeconds: 20"));
    Cli.Result r = Cli.run(project, "check");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("2 generated file(s) are stale"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"templates/_helpers.j2", "config/values.yaml", "config/profiles/ha.yaml",
      "config/operator-contract.yaml", "config/all-in-one.yaml", "config/crds/beat.k8s.elastic.co_beats.yaml",
      "charts/eck-operator/values.yaml", "generator/src/test/resources/gosrc/eck-1.3.0/go.mod", "README.md"})
  void aByteChangedAnywhereTheAnswerDependsOnChangesTheDigest(String file) throws Exception {
    String before = TreeDigest.of("check", new Project(project), null);
    Path p = project.resolve(file);
    Files.writeString(p, Files.readString(p) + " ");
    assertNotEquals(before, TreeDigest.of("check", new Project(project), null), file);
  }

  @Test
  void aNewFileOrTheLastReleaseChangesTheDigest() throws Exception {
    Project p = new Project(project);
    String before = TreeDigest.of("check", p, null);
    Files.writeString(project.resolve("charts/eck-operator/templates/extra.yaml"), "x: 1\n");
    String withExtra = TreeDigest.of("check", p, null);
    assertNotEquals(before, withExtra);
    Files.createDirectories(project.resolve("release"));
    Files.write(project.resolve(CheckCommand.LAST_RELEASE), new byte[] {1});
    assertNotEquals(withExtra, TreeDigest.of("check", p, null));
    Path archive = Files.write(cache.resolve("other.tgz"), new byte[] {1});
    assertNotEquals(TreeDigest.of("check", p, null), TreeDigest.of("check", p, archive), "--last-release is part of it");
  }

  @Test
  void aDigestIsTheSameForTheSameTreeAndNoneWithASymbolicLink() throws Exception {
    Project p = new Project(project);
    assertEquals(TreeDigest.of("check", p, null), TreeDigest.of("check", p, null));
    assertNull(TreeDigest.of("check", p, cache.resolve("missing.tgz")), "a missing --last-release is check's to report");
    Files.createSymbolicLink(project.resolve("charts/eck-operator/templates/linked"), cache);
    assertNull(TreeDigest.of("check", p, null));
  }

  @Test
  void aRecordCountsOnlyWhileTheDirectoriesItReadOutsideAreThere() throws Exception {
    PassedRuns passed = new PassedRuns(cache.resolve("passed"));
    Path module = Files.createDirectories(cache.resolve("mod/k8s.io/api@v0.18.6/core/v1"));
    passed.record("d1", "up to date\n", List.of(module));
    assertEquals("up to date\n", passed.lookup("d1"));
    assertNull(passed.lookup("d2"));
    Files.delete(module);
    assertNull(passed.lookup("d1"), "go clean -modcache: the full check could not render any more");
  }

  @Test
  void aDamagedOrUnwritableCacheMeansAFullCheckNeverAFailedOne() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("passed"));
    PassedRuns passed = new PassedRuns(dir);
    Files.writeString(dir.resolve("d1"), "garbage\n");
    assertNull(passed.lookup("d1"));
    Files.writeString(dir.resolve("d2"), "read /a\nno text line");
    assertNull(passed.lookup("d2"));
    PassedRuns blocked = new PassedRuns(Files.writeString(cache.resolve("a-file"), "").resolve("passed"));
    blocked.record("d3", "x\n", List.of());
    assertNull(blocked.lookup("d3"));
  }

  @Test
  void onlyTheNewestRecordsAreKept() throws Exception {
    Path dir = cache.resolve("passed");
    PassedRuns passed = new PassedRuns(dir);
    for (int i = 0; i < PassedRuns.KEPT + 5; i++) {
      passed.record("d" + i, i + "\n", List.of());
      Files.setLastModifiedTime(dir.resolve("d" + i), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    passed.record("last", "1\n", List.of());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(PassedRuns.KEPT, s.count(), "no temporary file is left either");
    }
    assertNotNull(passed.lookup("last"));
    assertNull(passed.lookup("d0"));
    assertNull(passed.lookup("d5"));
    assertNotNull(passed.lookup("d6"));
  }

  @Test
  void theAnswerIsPrintedOnlyForARememberedTree() throws Exception {
    // a tree no other test has checked (records are shared, by content): one more file under config/
    Files.writeString(project.resolve("config/" + java.util.UUID.randomUUID() + ".txt"), "");
    Project p = new Project(project);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text, true);
    RememberedRun before = RememberedRun.of("check", p, null);
    assertFalse(before.answer(out));
    assertEquals("", text.toString());
    assertEquals(0, Cli.run(project, "check").exit());
    assertTrue(RememberedRun.of("check", p, null).answer(out));
    assertTrue(text.toString().endsWith(REMEMBERED), text.toString());
  }
}
