package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.Permission;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCommandTest {
  static final Path GOSRC = Repo.root().resolve("generator/src/test/resources/gosrc");
  @TempDir Path dir;

  /** The committed contract is exactly what the ECK 1.3.0 fixture tree extracts to (regenerate it with the command). */
  @Test
  void theCommittedContractIsTheExtractionOfTheEck130Tree() throws Exception {
    Cli.Result r = Cli.run("contract", "extract", "--from", GOSRC.resolve("eck-1.3.0").toString(), "-o", "-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(Files.readString(Repo.root().resolve("config/operator-contract.yaml")), r.out(),
        "config/operator-contract.yaml is stale: bin/manifest-gen contract extract --from "
            + "generator/src/test/resources/gosrc/eck-1.3.0");
  }

  /** The variant operator's contract the lock tests render for is exactly what its tree extracts to. */
  @Test
  void theLockFlagsContractIsTheExtractionOfItsTree() throws Exception {
    Cli.Result r = Cli.run("contract", "extract", "--from", GOSRC.resolve("operator-lock-flags").toString(), "-o", "-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(Files.readString(dev.manifestgen.testing.Contracts.LOCK_FLAGS), r.out(),
        "the contract is stale: bin/manifest-gen contract extract --from generator/src/test/resources/gosrc/"
            + "operator-lock-flags -o generator/src/test/resources/contracts/operator-lock-flags.yaml");
    LeaderElection le = ContractYaml.readFile(dev.manifestgen.testing.Contracts.LOCK_FLAGS, "c").leaderElection();
    assertEquals(new LeaderElection("elastic-operator-leader", "leader-election-id", "configmaps",
        "leader-election-resource-lock", "the default of its flag leader-election-resource-lock", "enable-leader-election",
        new LeaderElection.Timings("15s", "leader-election-lease-duration", "10s", "leader-election-renew-deadline",
            "2s", "leader-election-retry-period")), le);
  }

  @Test
  void theCommittedContractHasTheEck130Facts() throws Exception {
    OperatorContract c = ContractYaml.readFile(Repo.root().resolve("config/operator-contract.yaml"), "contract");
    assertEquals("elastic-operator", c.operator());
    assertEquals("config", c.configFlag());
    assertEquals(new LeaderElection("elastic-operator-leader", null, "configmaps",
        "default of sigs.k8s.io/controller-runtime v0.6.3", "enable-leader-election"), c.leaderElection());
    assertEquals("OPERATOR_NAMESPACE", c.env().variableFor("operator-namespace"));
    assertEquals("webhook-secret", c.flagForEnv("WEBHOOK_SECRET").orElseThrow().name());
    assertEquals(new Flag("ca-cert-validity", FlagType.DURATION, "8760h0m0s", false), c.flag("ca-cert-validity").orElseThrow());
    assertEquals(new Flag("container-registry", FlagType.STRING, "docker.elastic.co", false),
        c.flag("container-registry").orElseThrow());
    assertEquals(new Flag("max-concurrent-reconciles", FlagType.INT, "3", false),
        c.flag("max-concurrent-reconciles").orElseThrow());
    assertEquals(new Flag("log-verbosity", FlagType.INT, "0", false), c.flag("log-verbosity").orElseThrow());
    assertEquals(List.of("auto-port-forward", "debug-http-listen", "development"),
        c.flags().stream().filter(Flag::hidden).map(Flag::name).toList());
    assertEquals(25, c.flags().size());
    Permission webhooks = c.permissions().get(c.permissions().size() - 1);
    assertEquals(List.of("mutatingwebhookconfigurations", "validatingwebhookconfigurations"), webhooks.resources());
    assertEquals("enable-webhook", webhooks.when());
    assertEquals(1, c.permissions().stream().filter(p -> p.when() != null).count());
    assertEquals(List.of("create"), c.permissions().stream()
        .filter(p -> p.resources().contains("subjectaccessreviews")).findFirst().orElseThrow().verbs());
  }

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
    OperatorContract written = ContractYaml.readFile(project.resolve("config/operator-contract.yaml"), "written");
    assertEquals("configmapsleases", written.leaderElection().lockType());
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
