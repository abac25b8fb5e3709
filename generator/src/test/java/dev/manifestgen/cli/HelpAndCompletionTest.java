package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** -h/--help and -V/--version everywhere, as helm and kubectl take them; the completion script. */
class HelpAndCompletionTest {
  /** Every command and subcommand, as the words a user types after manifest-gen. */
  static Stream<Arguments> commands() {
    List<Arguments> all = new ArrayList<>();
    collect(ManifestGen.commandLine(new ManifestGen(Repo.root())), new ArrayList<>(), all);
    return all.stream();
  }

  private static void collect(CommandLine c, List<String> path, List<Arguments> all) {
    all.add(Arguments.of(String.join(" ", path), List.copyOf(path)));
    c.getSubcommands().forEach((name, sub) -> {
      List<String> deeper = new ArrayList<>(path);
      deeper.add(name);
      collect(sub, deeper, all);
    });
  }

  @Test
  void theListCoversTheCommandsUsersType() {
    List<Object> names = commands().map(a -> a.get()[0]).toList();
    for (String expected : List.of("", "generate", "chart", "check", "validate", "can-i", "rules", "contract",
        "contract extract", "completion", "help")) {
      assertTrue(names.contains(expected), expected + " in " + names);
    }
  }

  @ParameterizedTest(name = "manifest-gen {0} --help / -h")
  @MethodSource("commands")
  void helpPrintsUsageOnStdoutAndExitsZero(String name, List<String> words) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args = new ArrayList<>(words);
      args.add(flag);
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r.toString());
      String usage = ("Usage: manifest-gen " + name).trim();
      assertTrue(r.out().startsWith(usage + " ") || r.out().contains("\n" + usage + " ") || r.out().startsWith(usage + "\n"),
          flag + ": usage of " + usage + " expected\n" + r);
      assertEquals("", r.err(), r.toString());
    }
  }

  /** A command group without a command (manifest-gen, manifest-gen contract) prints its usage, as helm does. */
  @ParameterizedTest
  @ValueSource(strings = {"", "contract"})
  void aGroupWithoutACommandPrintsItsUsageAndExitsZero(String group) {
    Cli.Result r = group.isEmpty() ? Cli.run() : Cli.run(group);
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith(("Usage: manifest-gen " + group).trim() + " "), r.toString());
    assertTrue(r.out().contains("Commands:"), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @ParameterizedTest(name = "manifest-gen {0} --version")
  @MethodSource("commands")
  void versionNamesTheToolAndTheOperatorItTargets(String name, List<String> words) throws Exception {
    if (name.equals("help")) {
      return; // help's own options are picocli's: -h only
    }
    List<String> args = new ArrayList<>(words);
    args.add("--version");
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.toString());
    String appVersion = Files.readAllLines(Repo.root().resolve(Project.CHART_METADATA)).stream()
        .filter(l -> l.startsWith("appVersion:")).findFirst().orElseThrow().substring("appVersion:".length()).trim();
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("manifest-gen "), r.toString());
    assertTrue(lines.get(1).startsWith("operator " + appVersion + " (appVersion of chart eck-operator"), r.toString());
  }

  @Test
  void completionRefusesAnUnknownShell() {
    Cli.Result r = Cli.run("completion", "fish");
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
    assertEquals("error: SHELL fish: expected bash or zsh\n", r.err());
  }

  @Test
  void theZshScriptIsTheBashScriptThatLoadsBashcompinit() {
    Cli.Result zsh = Cli.run("completion", "zsh");
    assertEquals(0, zsh.exit(), zsh.toString());
    assertEquals(Cli.run("completion", "bash").out(), zsh.out());
    assertTrue(zsh.out().contains("bashcompinit"), "the script enables bash completion in zsh");
  }

  /** The script, sourced by a real bash, completes commands, subcommands and option values. */
  @Test
  void bashCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
    Cli.Result r = Cli.run("completion", "bash");
    assertEquals(0, r.exit(), r.toString());
    Path script = dir.resolve("manifest-gen.bash");
    Files.writeString(script, r.out());
    assertEquals("generate", complete(script, "manifest-gen", "gen"));
    assertEquals("extract", complete(script, "manifest-gen", "contract", "ex"));
    assertEquals("--set --set-file --set-json --set-literal --set-string", complete(script, "manifest-gen", "generate", "--set"));
    assertEquals("bash zsh", complete(script, "manifest-gen", "completion", ""));
  }

  private static String complete(Path script, String... words) throws Exception {
    StringBuilder quoted = new StringBuilder();
    for (String w : words) {
      quoted.append(" '").append(w).append("'");
    }
    String program = "source '" + script + "'; COMP_WORDS=(" + quoted + "); COMP_CWORD=" + (words.length - 1)
        + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_manifest-gen;"
        + " printf '%s\\n' \"${COMPREPLY[@]}\" | sort | paste -sd ' '";
    // Outside a real completion, bash's compopt complains on stderr; only the candidates matter.
    Process p = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash finished");
    return out;
  }
}
