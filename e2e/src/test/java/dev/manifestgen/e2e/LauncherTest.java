package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/manifest-gen starts from what `mvn package` made for it (bench/README.md): the quick answers
 * from their G1 archive, the commands from the JDK 25 AOT cache or the AppCDS archive. A stale or
 * unusable archive is skipped by the JVM without a word, so only the class-load log shows it: the CLI's
 * classes must come from the "shared objects file". A check or validate of a tree that passed before loads
 * no library on Java 17 (the JDK 25 AOT cache loads every class it holds at start, by design, so there the
 * log cannot tell).
 */
class LauncherTest {
  private static final String FROM_ARCHIVE = " source: shared objects file";

  @TempDir Path dir;

  @Test
  void theVersionAndTheUsageStartFromTheirArchive() throws Exception {
    for (String quick : List.of("--version", "--help")) {
      List<String> loaded = run(quick);
      assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.manifestgen.cli.QuickAnswers" + FROM_ARCHIVE)),
          quick + ": QuickAnswers came from the jar, not the archive");
      assertTrue(loaded.stream().noneMatch(l -> l.contains(" picocli.")), quick + " loaded picocli");
    }
  }

  @Test
  void aCommandStartsFromItsArchiveOrAotCache() throws Exception {
    for (String java17 : List.of("0", "1")) {
      List<String> loaded = run(Map.of("MANIFEST_GEN_AOT", java17), "check", "--full");
      assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.manifestgen.cli.CheckCommand" + FROM_ARCHIVE)),
          "check --full, MANIFEST_GEN_AOT=" + java17 + ": the archive (or AOT cache) was not used");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "validate"})
  void aRememberedRunLoadsNoLibraryOnJava17(String command) throws Exception {
    Map<String, String> java17 = Map.of("MANIFEST_GEN_AOT", "0");
    List<String> full = run(java17, command);
    assertTrue(full.stream().anyMatch(l -> l.contains(" com.hubspot.jinjava.")), "the first " + command + " renders");
    List<String> again = run(java17, command);
    String out = Files.readString(dir.resolve("out.txt"));
    assertTrue(out.endsWith("unchanged since a full " + command + ", --full runs it again)\n"), out);
    assertEquals(List.of(), again.stream().filter(l -> l.contains(" com.hubspot.jinjava.") || l.contains(" picocli.")
        || l.contains(" com.fasterxml.jackson.") || l.contains(" com.google.common.") || l.contains(" io.fabric8."))
        .toList(), command + " of an unchanged tree loaded a library");
  }

  private List<String> run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  /** Runs bin/manifest-gen with the class-load log on; the log's lines. */
  private List<String> run(Map<String, String> env, String... args) throws Exception {
    Path root = ClusterExtension.projectRoot();
    Path log = dir.resolve("classes.log");
    Files.deleteIfExists(log);
    List<String> command = new java.util.ArrayList<>(List.of(root.resolve("bin/manifest-gen").toString()));
    command.addAll(List.of(args));
    Map<String, String> all = new java.util.HashMap<>(env);
    all.putAll(Map.of("MANIFEST_GEN_PROJECT", root.toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
        "MANIFEST_GEN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log));
    Processes.Result r = Processes.run(command, all, Duration.ofMinutes(2));
    assertTrue(r.ok(), r.describe());
    Files.writeString(dir.resolve("out.txt"), r.stdout());
    return Files.readAllLines(log);
  }
}
