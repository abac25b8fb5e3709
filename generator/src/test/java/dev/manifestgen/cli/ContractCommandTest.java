package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCommandTest {
  static final Path GOSRC = Repo.root().resolve("generator/src/test/resources/gosrc");
  @TempDir Path dir;

  @Test
  void extractWritesTheContractToStdout() throws Exception {
    Cli.Result r = Cli.run("contract", "extract", "--from", GOSRC.resolve("sample").toString(), "-o", "-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(ContractYaml.write(GoContractExtractor.extract(GOSRC.resolve("sample"))), r.out());
    assertTrue(r.out().contains("operator: sample-operator\n"), r.out());
  }

  @Test
  void extractWritesTheProjectsContractByDefault() throws Exception {
    Path project = Repo.copyTo(dir.resolve("project"));
    Files.deleteIfExists(project.resolve("config/operator-contract.yaml"));
    Cli.Result r = Cli.run(project, "contract", "extract", "--from", GOSRC.resolve("lock-v092").toString());
    assertEquals(0, r.exit(), r.toString());
    String written = Files.readString(project.resolve("config/operator-contract.yaml"));
    assertTrue(written.contains("lockType: configmapsleases\n"), written);
    assertTrue(r.err().startsWith("wrote "), r.err());
  }

  @Test
  void extractToAFile() throws Exception {
    Path out = dir.resolve("sub/contract.yaml");
    Cli.Result r = Cli.run("contract", "extract", "--from", GOSRC.resolve("lock-v060").toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(ContractYaml.write(GoContractExtractor.extract(GOSRC.resolve("lock-v060"))), Files.readString(out));
  }

  @Test
  void aBadTreeExitsTwoWithOneMessageAndLeavesTheOutputAlone() throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/bad\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"flag\"\n\nvar v = flag.Bool(name(), false, \"x\")\n");
    Path out = dir.resolve("contract.yaml");
    Files.writeString(out, "previous\n");
    Cli.Result r = Cli.run("contract", "extract", "--from", dir.toString(), "-o", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --from " + dir + ": main.go:5: the name of flag name() (Bool) is not a string constant"
        + " the extractor can resolve\n", r.err());
    assertEquals("previous\n", Files.readString(out));
  }

  @Test
  void notAGoModule() {
    Cli.Result r = Cli.run("contract", "extract", "--from", dir.toString(), "-o", "-");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + dir + ": not a Go module (no go.mod)\n", r.err());
  }

  @Test
  void missingDirectoryAndMissingOption() {
    Cli.Result r = Cli.run("contract", "extract", "--from", dir.resolve("nope").toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --from " + dir.resolve("nope") + ": not a directory\n", r.err());
    Cli.Result missing = Cli.run("contract", "extract");
    assertEquals(2, missing.exit(), missing.toString());
    assertTrue(missing.err().contains("--from"), missing.err());
    assertEquals(2, Cli.run("contract").exit());
  }
}
