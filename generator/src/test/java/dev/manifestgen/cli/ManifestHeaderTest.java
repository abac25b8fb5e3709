package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The `# Command:` header shows the command on one line; no argument can add YAML to the file. */
class ManifestHeaderTest {
  static final String INJECTED = "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: injected\n  namespace: elastic-system\n";
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\u0085", "\u2028", "\u2029", "\n", "\r\n"})
  void aLineBreakInAValueInjectsNothing(String lineBreak) throws Exception {
    String value = "x" + lineBreak + INJECTED.replace("\n", lineBreak);
    Cli.Result injected = Cli.run("generate", "--set-string", "podAnnotations.a=" + value);
    assertEquals(0, injected.exit(), injected.toString());
    String header = injected.out().lines().filter(l -> l.startsWith("# Command:")).findFirst().orElseThrow();
    assertTrue(header.codePoints().allMatch(Shell::isPrintable), header);

    Path file = dir.resolve("values.yaml");
    Files.writeString(file, "podAnnotations:\n  a: " + dev.manifestgen.render.HelmFunctions.quote(value) + "\n");
    Cli.Result clean = Cli.run("generate", "-f", file.toString());
    assertEquals(0, clean.exit(), clean.toString());
    List<Map<String, Object>> objects = Manifests.parse(injected.out());
    assertEquals(Manifests.parse(clean.out()), objects);
    assertTrue(objects.stream().noneMatch(o -> "Secret".equals(o.get("kind")) && "injected".equals(Manifests.get(o, "metadata.name"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0001b", "tab\there", "bell\u0007", "del\u007f", "bom\ufeff", "it's \u2028 'q'"})
  void controlCharactersAreEscapedInBashQuoting(String value) {
    String quoted = Shell.quote(value);
    assertTrue(quoted.startsWith("$'") && quoted.codePoints().allMatch(Shell::isPrintable), quoted);
  }
}
