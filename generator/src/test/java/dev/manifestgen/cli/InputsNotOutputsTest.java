package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output never overwrites an input, however the two are named; refused before anything is read. */
class InputsNotOutputsTest {
  static final String VALUES = "replicas: 2\n";
  @TempDir Path dir;

  private Path values() throws Exception {
    Path f = dir.resolve("values.yaml");
    Files.writeString(f, VALUES);
    return f;
  }

  private void refused(Path input, String message, String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + message + "\n", r.err());
    assertEquals("", r.out());
    assertEquals(VALUES, Files.readString(input), "the input is untouched");
  }

  @Test
  void theValuesFileItself() throws Exception {
    Path v = values();
    refused(v, "-o " + v + " is also an input (-f " + v + "): refusing to overwrite it; write the output elsewhere",
        "generate", "-f", v.toString(), "-o", v.toString());
  }

  @Test
  void theSameFileSpelledAnotherWay() throws Exception {
    Path v = values();
    String other = dir + "/./sub/../values.yaml";
    Files.createDirectories(dir.resolve("sub"));
    refused(v, "-o " + other + " is also an input (-f " + v + "): refusing to overwrite it; write the output elsewhere",
        "generate", "-f", v.toString(), "-o", other);
  }

  @Test
  void aSymbolicLinkToTheValuesFile() throws Exception {
    Path v = values();
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), v);
    refused(v, "-o " + link + " is also an input (-f " + v + "): refusing to overwrite it; write the output elsewhere",
        "generate", "-f", v.toString(), "-o", link.toString());
  }

  @Test
  void aHardLinkOfTheValuesFile() throws Exception {
    Path v = values();
    Path hard = Files.createLink(dir.resolve("hard.yaml"), v);
    refused(v, "-o " + hard + " is also an input (-f " + v + "): refusing to overwrite it; write the output elsewhere",
        "generate", "-f", v.toString(), "-o", hard.toString());
  }

  @Test
  void aSetFileFile() throws Exception {
    Path v = values();
    refused(v, "-o " + v + " is also an input (--set-file podAnnotations.a=" + v + "): refusing to overwrite it;"
        + " write the output elsewhere", "generate", "--set-file", "podAnnotations.a=" + v, "-o", v.toString());
  }

  @Test
  void theContract() throws Exception {
    Path c = dir.resolve("contract.yaml");
    Files.copy(Repo.root().resolve("config/operator-contract.yaml"), c);
    String before = Files.readString(c);
    Cli.Result r = Cli.run("generate", "--contract", c.toString(), "-o", c.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: -o " + c + " is also an input (--contract " + c + "): refusing to overwrite it; write the"
        + " output elsewhere\n", r.err());
    assertEquals(before, Files.readString(c));
  }

  @Test
  void aProfileOrATemplateOfTheProject() throws Exception {
    Path project = Repo.copyTo(dir.resolve("p"));
    Path profile = project.resolve("config/profiles/ha.yaml");
    String before = Files.readString(profile);
    Cli.Result r = Cli.run(project, "generate", "--profile", "ha", "-o", profile.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: -o " + profile + " is also an input (config/profiles/ha.yaml): refusing to overwrite it;"
        + " write the output elsewhere\n", r.err());
    assertEquals(before, Files.readString(profile));
  }

  @Test
  void allRefusesWhenACommittedOutputIsAnInput() throws Exception {
    Path project = Repo.copyTo(dir.resolve("p"));
    // The chart's values.yaml made a hard link of the project's defaults: --all would overwrite them.
    Path chartValues = project.resolve("charts/eck-operator/values.yaml");
    Files.delete(chartValues);
    Files.createLink(chartValues, project.resolve("config/values.yaml"));
    String before = Files.readString(project.resolve("config/values.yaml"));
    Cli.Result r = Cli.run(project, "generate", "--all");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: charts/eck-operator/values.yaml is also an input (config/values.yaml): refusing to overwrite"
        + " it; write the output elsewhere\n", r.err());
    assertEquals(before, Files.readString(project.resolve("config/values.yaml")));
  }

  @Test
  void aNewOutputNextToTheInputsIsWritten() throws Exception {
    Path v = values();
    Cli.Result r = Cli.run("generate", "-f", v.toString(), "-o", dir.resolve("out.yaml").toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(VALUES, Files.readString(v));
  }
}
