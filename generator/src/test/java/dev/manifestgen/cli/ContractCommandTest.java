package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.EnvBinding;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.ServedKind;
import dev.manifestgen.contract.Webhook;
import dev.manifestgen.contract.WebhookServer;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Every line of the committed contract against the Elastic operator 1.3.0's facts (../shared/DESIGN.md). */
  @Test
  void theCommittedContractHasTheEck130Facts() throws Exception {
    OperatorContract c = ContractYaml.readFile(Repo.root().resolve("config/operator-contract.yaml"), "contract");
    assertEquals("elastic-operator", c.operator());
    assertEquals("github.com/elastic/cloud-on-k8s (1.3.0)", c.source());
    assertEquals("config", c.configFlag());
    assertEquals("namespaces", c.namespacesFlag());
    assertEquals(new LeaderElection("elastic-operator-leader", null, "configmaps",
        "default of sigs.k8s.io/controller-runtime v0.6.3", "enable-leader-election"), c.leaderElection());
    assertEquals(new EnvBinding("", Map.of("-", "_")), c.env());
    assertEquals("OPERATOR_NAMESPACE", c.env().variableFor("operator-namespace"));
    assertEquals("webhook-secret", c.flagForEnv("WEBHOOK_SECRET").orElseThrow().name());
    assertEquals(List.of(), c.environment());
    assertEquals(List.of(
        flag("auto-port-forward", FlagType.BOOL, "false", true),
        flag("ca-cert-rotate-before", FlagType.DURATION, "24h0m0s", false),
        flag("ca-cert-validity", FlagType.DURATION, "8760h0m0s", false),
        flag("cert-rotate-before", FlagType.DURATION, "24h0m0s", false),
        flag("cert-validity", FlagType.DURATION, "8760h0m0s", false),
        flag("config", FlagType.STRING, "", false),
        flag("container-registry", FlagType.STRING, "docker.elastic.co", false),
        flag("debug-http-listen", FlagType.STRING, "localhost:6060", true),
        flag("development", FlagType.BOOL, "false", true),
        flag("disable-config-watch", FlagType.BOOL, "false", false),
        flag("disable-telemetry", FlagType.BOOL, "false", false),
        flag("distribution-channel", FlagType.STRING, "", true),
        flag("elasticsearch-client-timeout", FlagType.DURATION, "3m0s", false),
        flag("enable-leader-election", FlagType.BOOL, "true", false),
        flag("enable-tracing", FlagType.BOOL, "false", false),
        flag("enable-webhook", FlagType.BOOL, "false", false),
        flag("enforce-rbac-on-refs", FlagType.BOOL, "false", false),
        flag("ip-family", FlagType.STRING, "", false),
        flag("kube-client-timeout", FlagType.DURATION, "1m0s", false),
        flag("log-verbosity", FlagType.INT, "0", false),
        flag("manage-webhook-certs", FlagType.BOOL, "true", false),
        flag("max-concurrent-reconciles", FlagType.INT, "3", false),
        flag("metrics-port", FlagType.INT, "0", false),
        flag("namespaces", FlagType.STRING_SLICE, "[]", false),
        flag("operator-namespace", FlagType.STRING, "", false),
        flag("set-default-security-context", FlagType.BOOL, "true", false),
        flag("telemetry-interval", FlagType.DURATION, "1h0m0s", true),
        flag("ubi-only", FlagType.BOOL, "false", false),
        flag("validate-storage-class", FlagType.BOOL, "true", false),
        flag("webhook-cert-dir", FlagType.STRING, null, false), // a temp dir: os.TempDir() is not a constant
        flag("webhook-name", FlagType.STRING, "elastic-webhook.k8s.elastic.co", false),
        flag("webhook-secret", FlagType.STRING, "", false)), c.flags());
    assertTrue(c.flag("container-suffix").isEmpty(), "container-suffix is not a 1.3.0 flag");
    assertEquals(List.of(), c.permissions(), "1.3.0 has no +kubebuilder:rbac markers");
    assertEquals(new WebhookServer(9443, null), c.webhookServer());
    List<String> names = new ArrayList<>();
    for (String kind : List.of("apm", "es", "kb")) {
      for (String version : List.of("v1", "v1beta1")) {
        names.add("elastic-" + kind + "-validation-" + version + ".k8s.elastic.co");
      }
    }
    names.add("elastic-beat-validation-v1beta1.k8s.elastic.co");
    names.add("elastic-ent-validation-v1beta1.k8s.elastic.co");
    assertEquals(names.stream().sorted().toList(), c.webhooks().stream().map(Webhook::name).toList());
    for (Webhook w : c.webhooks()) {
      ServedKind kind = c.kinds().stream().filter(k -> k.group().equals(w.groups().get(0))).findFirst().orElseThrow();
      assertEquals("/validate-" + kind.group().replace('.', '-') + "-" + w.versions().get(0) + "-"
          + kind.kind().toLowerCase(java.util.Locale.ROOT), w.path(), w.name());
      assertEquals(List.of(kind.plural()), w.resources(), w.name());
      assertTrue(kind.versions().contains(w.versions().get(0)), w.name());
      assertEquals("Ignore", w.failurePolicy(), w.name());
      assertEquals(List.of("CREATE", "UPDATE"), w.verbs(), w.name());
      assertFalse(w.mutating(), w.name());
    }
    assertEquals(List.of(
        new ServedKind("apm.k8s.elastic.co", "ApmServer", "apmservers", "Namespaced", List.of("v1", "v1beta1"), "v1"),
        new ServedKind("beat.k8s.elastic.co", "Beat", "beats", "Namespaced", List.of("v1beta1"), "v1beta1"),
        new ServedKind("elasticsearch.k8s.elastic.co", "Elasticsearch", "elasticsearches", "Namespaced", List.of("v1", "v1beta1"), "v1"),
        new ServedKind("enterprisesearch.k8s.elastic.co", "EnterpriseSearch", "enterprisesearches", "Namespaced",
            List.of("v1beta1"), "v1beta1"),
        new ServedKind("kibana.k8s.elastic.co", "Kibana", "kibanas", "Namespaced", List.of("v1", "v1beta1"), "v1")), c.kinds());
  }

  private static Flag flag(String name, FlagType type, String defaultValue, boolean hidden) {
    return new Flag(name, type, defaultValue, hidden);
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
  void aTreeWithoutAnOperatorProgramExitsTwoWithOneMessageAndLeavesTheOutputAlone() throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/bad\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"flag\"\n\nvar v = flag.Bool(\"x\", false, \"x\")\n");
    Path out = dir.resolve("contract.yaml");
    Files.writeString(out, "previous\n");
    Cli.Result r = Cli.run("contract", "extract", "--from", dir.toString(), "-o", out.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --from " + dir + ": no operator program in example.com/bad: no main package reaches a call of"
        + " ctrl.NewManager, manager.New or client-go's leader election (main packages: .)\n", r.err());
    assertEquals("previous\n", Files.readString(out));
  }

  @Test
  void severalOperatorProgramsAreRefusedWithTheCandidatesAndMainChooses() throws Exception {
    Path tree = GOSRC.resolve("programs");
    Cli.Result r = Cli.run("contract", "extract", "--from", tree.toString(), "-o", "-");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --from " + tree + ": several programs in example.com/programs build an operator: cmd/operator,"
        + " cmd/standby; choose one with --main\n", r.err());
    Cli.Result chosen = Cli.run("contract", "extract", "--from", tree.toString(), "--main", "cmd/standby", "-o", "-");
    assertEquals(0, chosen.exit(), chosen.toString());
    assertTrue(chosen.out().contains("operator: standby\n"), chosen.out());
    Cli.Result byPath = Cli.run("contract", "extract", "--from", tree.toString(), "--main", "example.com/programs/cmd/operator",
        "-o", "-");
    assertTrue(byPath.out().contains("operator: programs-operator\n"), byPath.out());
    Cli.Result wrong = Cli.run("contract", "extract", "--from", tree.toString(), "--main", "./pkg/flags", "-o", "-");
    assertEquals(2, wrong.exit(), wrong.toString());
    assertEquals("error: --main ./pkg/flags: not a main package of example.com/programs (main packages: cmd/operator,"
        + " cmd/standby, hack/gen, test/e2e)\n", wrong.err());
  }

  @Test
  void verboseNamesTheProgramAndEverySkippedCall() throws Exception {
    Cli.Result r = Cli.run("contract", "extract", "--from", GOSRC.resolve("eck-1.3.0").toString(), "--verbose", "-o", "-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(Files.readString(Repo.root().resolve("config/operator-contract.yaml")), r.out());
    List<String> lines = r.err().lines().toList();
    assertEquals("operator program: cmd (elastic-operator)", lines.get(0));
    assertTrue(lines.contains("skipped: pkg/telemetry/telemetry.go:53: cfg.String(key, ...): receiver is not a flag set"
        + " (*settings.Settings)"), r.err());
    // ECK 1.3.0 passes flag.CommandLine to cobra and links controller-runtime, whose init adds --kubeconfig:
    // not in the contract, but said
    String kubeconfig = "skipped: cmd/manager/main.go: imports sigs.k8s.io/controller-runtime (which imports"
        + " sigs.k8s.io/controller-runtime/pkg/client/config), whose init registers --kubeconfig on flag.CommandLine, which"
        + " reaches the command line; flags a library registers in init are not in the contract";
    assertTrue(lines.contains(kubeconfig), r.err());
    assertTrue(lines.stream().skip(1).filter(l -> !l.equals(kubeconfig)).allMatch(l -> l.startsWith("skipped: pkg/")), r.err());
  }

  @Test
  void flagsItCannotReadAreExit1AndNothingWrittenUnlessAllowPartial() throws Exception {
    Path out = dir.resolve("contract.yaml");
    String from = GOSRC.resolve("shapes-unread").toString();
    Cli.Result r = Cli.run("contract", "extract", "--from", from, "-o", out.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("error: flags not read: main.go:6: import \"github.com/jessevdk/go-flags\": the extractor does not read flags"
        + " declared with this library\nerror: the contract of . would miss flags; nothing written (--allow-partial writes it"
        + " anyway)\n", r.err());
    assertFalse(Files.exists(out));
    Cli.Result partial = Cli.run("contract", "extract", "--from", from, "--allow-partial", "-o", out.toString());
    assertEquals(0, partial.exit(), partial.toString());
    assertTrue(partial.err().startsWith("warning: flags not read: main.go:6: import \"github.com/jessevdk/go-flags\""),
        partial.err());
    assertTrue(Files.exists(out));
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
  }
}
