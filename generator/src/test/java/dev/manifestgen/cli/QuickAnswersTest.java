package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Help.Ansi;

/** The answers printed without picocli's model are the ones picocli gives. */
class QuickAnswersTest {

  @Test
  void theBuildsUsageIsPicoclisRenderingPlainAndStyled() {
    assertEquals(UsageText.render(Ansi.OFF), QuickAnswers.usage(false));
    assertEquals(UsageText.render(Ansi.ON), QuickAnswers.usage(true));
    assertTrue(QuickAnswers.usage(true).contains("\u001b["), "the styled usage has ANSI styles");
  }

  @Test
  void onlyTheVersionAndTheTopLevelUsageAreQuick() {
    for (String[] args : List.of(new String[0], new String[] {"-h"}, new String[] {"--help"}, new String[] {"-V"},
        new String[] {"--version"})) {
      assertTrue(QuickAnswers.answers(args), String.join(" ", args));
    }
    for (String[] args : List.of(new String[] {"-hV"}, new String[] {"--help", "generate"}, new String[] {"help"},
        new String[] {"generate", "--help"}, new String[] {"--version", "--help"})) {
      assertFalse(QuickAnswers.answers(args), String.join(" ", args));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-h", "--help", "help"})
  void theTopLevelUsageIsTheSameWhicheverWayItIsAskedFor(String arg) throws Exception {
    assertEquals(UsageText.render(Ansi.OFF), run(arg));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-V", "--version"})
  void theVersionIsPicoclisVersion(String arg) throws Exception {
    String expected = String.join("\n", ToolVersion.lines(Repo.root())) + "\n";
    assertEquals(expected, run(arg));
  }

  /** Where colour is forced, picocli decides: the styled usage, as picocli renders it. */
  @Test
  void forcedColourIsPicoclisStyledUsage() throws Exception {
    assertEquals(UsageText.render(Ansi.ON), run("--help", Map.of("CLICOLOR_FORCE", "1")));
    assertEquals(UsageText.render(Ansi.OFF), run("--help", Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1")));
  }

  private static String run(String arg) throws Exception {
    return run(arg, Map.of());
  }

  /** Standard output of manifest-gen in a child JVM (standard output a pipe, as in scripts). */
  private static String run(String arg, Map<String, String> environment) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> argv = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    if (!arg.isEmpty()) {
      argv.add(arg);
    }
    ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("MANIFEST_GEN_PROJECT", Repo.root().toString());
    pb.environment().remove("CLICOLOR_FORCE");
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(environment);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
