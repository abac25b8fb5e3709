package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commands that never render or read manifests start without the heavy libraries: the CLI runs in a
 * child JVM (no class-data archive, so every class it needs is loaded) with -Xlog:class+load, and the
 * log must hold no Jackson, jinjava or Guava class. Such a class creeps in when a class picocli
 * inspects names one of their types (ValidateCommand once named Jackson's printer). The version and the
 * top-level usage do not even build picocli's model (QuickAnswers), nor does a check of a tree that passed
 * before (RememberedRun).
 */
class StartupClassesTest {
  private static final List<String> HEAVY = List.of("com.fasterxml.jackson.", "com.hubspot.jinjava.",
      "com.google.common.", "io.fabric8.");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"--version", "--help", "generate --help", "validate --help", "rules"})
  void loadsNoLibraryItDoesNotNeed(String command) throws Exception {
    Path log = tmp.resolve("classes.log");
    String out = run(command, log);
    List<String> loaded = Files.readAllLines(log);
    assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.manifestgen.cli.Main ")), "the log lists the CLI's classes");
    if (QuickAnswers.answers(command.split(" "))) {
      assertTrue(loaded.stream().noneMatch(l -> l.contains(" picocli.")),
          "manifest-gen " + command + " loaded picocli: QuickAnswers should answer it, plain into a pipe");
    }
    List<String> heavy = loaded.stream().filter(l -> HEAVY.stream().anyMatch(l::contains)).collect(Collectors.toList());
    assertEquals(List.of(), heavy, "manifest-gen " + command + " loaded classes it does not need");
  }

  /**
   * A check or validate of a tree a full run passed before reads files and a record: no library, not even
   * picocli.
   */
  @ParameterizedTest
  @ValueSource(strings = {"check", "validate"})
  void aRunOfAnUnchangedTreeLoadsNoLibrary(String command) throws Exception {
    Path full = tmp.resolve("full.log");
    String first = run(command, full);
    assertTrue(first.endsWith(command.equals("check") ? "generated files are up to date (35 checked)\n"
        : " objects checked: 0 errors, 0 warnings\n"), first);
    assertTrue(Files.readAllLines(full).stream().anyMatch(l -> l.contains(" com.hubspot.jinjava.")),
        "the first " + command + " renders");
    Path log = tmp.resolve("remembered.log");
    String again = run(command, log);
    assertTrue(again.endsWith("unchanged since a full " + command + ", --full runs it again)\n"), again);
    List<String> loaded = Files.readAllLines(log).stream()
        .filter(l -> HEAVY.stream().anyMatch(l::contains) || l.contains(" picocli.")).collect(Collectors.toList());
    assertEquals(List.of(), loaded, "manifest-gen " + command + " of an unchanged tree loaded classes it does not need");
  }

  /** Runs the CLI in a child JVM without a class-data archive, its class loading logged; what it printed. */
  private String run(String command, Path log) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> argv = new java.util.ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load:file=" + log,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    argv.addAll(List.of(command.split(" ")));
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("MANIFEST_GEN_PROJECT", Repo.root().toString());
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().remove("CLICOLOR_FORCE");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
