package dev.manifestgen.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.golang.GoSourceException;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoContractExtractorTest {
  static final Path GOSRC = Repo.root().resolve("generator/src/test/resources/gosrc");
  static OperatorContract sample;
  @TempDir Path dir;

  @BeforeAll
  static void extractSample() throws Exception {
    sample = GoContractExtractor.extract(GOSRC.resolve("sample"));
  }

  private static Flag flag(String name) {
    return sample.flag(name).orElseThrow(() -> new AssertionError("no flag " + name + " in " + sample.flags()));
  }

  @Test
  void findsExactlyTheFlagsOutsideVendorTestdataAndTests() {
    assertEquals(List.of("auto-port-forward", "cert-rotate-before", "cert-validity", "client-timeout", "config",
        "debug-http-listen", "development", "enable-leader-election", "enable-tracing", "exposed-labels", "extra-labels",
        "grace", "log-verbosity", "max-concurrent-reconciles", "metrics-port", "namespaces", "poll-interval", "ratio",
        "retry-period", "webhook-cert-dir", "webhook-name"), sample.flags().stream().map(Flag::name).toList());
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
    // constants across packages, through an aliased import, concatenated, typed
    "enable-leader-election, bool, true",
    "metrics-port, int, 0",
    "webhook-name, string, sample-webhook.example.com",
    "config, string, ''",
    "debug-http-listen, string, localhost:6060",
    "enable-tracing, bool, false",
    "auto-port-forward, bool, false",
    // durations as Go prints them
    "cert-validity, duration, 8760h0m0s",
    "cert-rotate-before, duration, 24h0m0s",
    "client-timeout, duration, 15s",
    "retry-period, duration, 2s",
    "grace, duration, 0s",
    "poll-interval, duration, 1.5µs",
    "max-concurrent-reconciles, int32, 3",
    "ratio, float64, 0.5",
    // slices and maps
    "namespaces, stringSlice, []",
    "exposed-labels, stringSlice, '[a,b]'",
    "extra-labels, stringToString, []",
    // a Go flag added to the set, and a persistent VarP flag on the root command
    "log-verbosity, int, 0",
    "development, bool, false",
    // os.TempDir() is not a constant: unknown, not guessed
    "webhook-cert-dir, string, NULL",
  })
  void flagTypesAndDefaults(String name, String type, String defaultValue) {
    Flag f = flag(name);
    assertEquals(type, f.type().yamlName(), name);
    assertEquals(defaultValue, f.defaultValue(), name);
  }

  @Test
  void markHiddenHidesExactlyThoseFlags() {
    assertEquals(List.of("auto-port-forward", "debug-http-listen", "development"),
        sample.flags().stream().filter(Flag::hidden).map(Flag::name).toList());
  }

  @Test
  void operatorNameSourceConfigFlagAndEnv() {
    assertEquals("sample-operator", sample.operator());
    assertEquals("github.com/example/sample-operator (0.4.2)", sample.source());
    assertEquals("config", sample.configFlag());
    assertEquals(new EnvBinding("", Map.of("-", "_")), sample.env());
    assertEquals("WEBHOOK_NAME", sample.env().variableFor("webhook-name"));
    assertEquals(List.of("OPERATOR_IMAGE", "WEBHOOK_SECRET"), sample.environment());
  }

  @Test
  void leaderElectionFromTheManagerOptions() {
    assertEquals(new LeaderElection("sample-operator-leader", null, "configmaps",
        "default of sigs.k8s.io/controller-runtime v0.6.0", "enable-leader-election"), sample.leaderElection());
  }

  @Test
  void kubebuilderMarkersInFileOrderWithTheWhenExtension() {
    assertEquals(List.of(
        new Permission(List.of(""), List.of("pods", "secrets"),
            List.of("get", "list", "watch", "create", "update", "patch", "delete"), List.of(), null, null),
        new Permission(List.of("apps"), List.of("statefulsets"), List.of("get", "list", "watch"), List.of(), null, null),
        new Permission(List.of("things.example.com"), List.of("things", "things/status"), List.of("get", "update"),
            List.of(), null, null),
        new Permission(List.of(""), List.of("configmaps"), List.of("get", "update"), List.of("sample-operator-leader"),
            "sample-system", null),
        new Permission(List.of("admissionregistration.k8s.io"), List.of("validatingwebhookconfigurations"),
            List.of("get", "list", "watch", "create", "update", "patch", "delete"), List.of(), null, "enable-tracing")),
        sample.permissions());
  }

  @ParameterizedTest
  @CsvSource({
    "lock-v060, configmaps, default of sigs.k8s.io/controller-runtime v0.6.0",
    "lock-v092, configmapsleases, default of sigs.k8s.io/controller-runtime v0.9.2",
    "lock-v0141, leases, default of sigs.k8s.io/controller-runtime v0.14.1",
  })
  void lockTypeDefaultsFollowTheControllerRuntimeVersion(String tree, String lockType, String source) throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve(tree));
    assertEquals(new LeaderElection("demo-lock", null, lockType, source, null), c.leaderElection());
    assertNull(c.env());
    assertNull(c.configFlag());
    assertEquals(List.of(), c.flags());
    assertEquals("example.com/lock-demo", c.source());
    assertEquals("lock-demo", c.operator());
  }

  @Test
  void anExplicitLockTypeAndAnIdFromAPointerFlag() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("lock-explicit"));
    assertEquals(new LeaderElection("explicit-lock", "lock-name", "leases",
        "LeaderElectionResourceLock at main.go:18", null), c.leaderElection());
    assertEquals(new Flag("lock-name", FlagType.STRING, "explicit-lock", false), c.flag("lock-name").orElseThrow());
  }

  @Test
  void timingsFromAFlagAConstantOrTheDefaultAndTheNamespacesFlag() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("timings-flags"));
    assertEquals(new LeaderElection.Timings("30s", "leader-elect-lease-duration", "20s", null, "2s", null),
        c.leaderElection().timings());
    assertEquals("watch-namespaces", c.namespacesFlag());
    assertEquals("leader-election-resource-lock", c.leaderElection().lockTypeFlag());
    assertEquals("leases", c.leaderElection().lockType());
    assertEquals("the default of its flag leader-election-resource-lock", c.leaderElection().lockTypeSource());
    OperatorContract eck = GoContractExtractor.extract(GOSRC.resolve("eck-1.3.0"));
    assertEquals("namespaces", eck.namespacesFlag());
    assertEquals(LeaderElection.Timings.CONTROLLER_RUNTIME_DEFAULTS, eck.leaderElection().timings());
  }

  @Test
  void anIdAndEnablingFromGoFlagVariablesAssignedToTheOptions() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("lock-flag"));
    assertEquals(new LeaderElection("flagged-lock", "leader-election-id", "leases",
        "LeaderElectionResourceLock at main.go:20", "leader-elect"), c.leaderElection());
    assertEquals(new Flag("leader-elect", FlagType.BOOL, "false", false), c.flag("leader-elect").orElseThrow());
  }

  @Test
  void notAGoModule() {
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(dir));
    assertEquals(dir + ": not a Go module (no go.mod)", e.getMessage());
  }

  /** A module whose program cmd/ starts a manager (in cmd/start.go) and has {@code mainGo} as cmd/main.go. */
  private Path tree(String mainGo) throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/bad\n\nrequire sigs.k8s.io/controller-runtime v0.6.0\n");
    Files.createDirectories(dir.resolve("cmd"));
    Files.writeString(dir.resolve("cmd/main.go"), mainGo);
    Files.writeString(dir.resolve("cmd/start.go"), START);
    return dir;
  }

  private static final String START = "package main\n\nimport ctrl \"sigs.k8s.io/controller-runtime\"\n\n"
      + "func start() {\n\t_, _ = ctrl.NewManager(nil, ctrl.Options{})\n}\n";

  @Test
  void aFlagNameThatIsNotAConstantIsSkippedAndListed() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nfunc main() {\n\tflag.Bool(\n\t\tname(),\n\t\tfalse, \"x\")\n"
        + "\tflag.Bool(\"kept\", true, \"x\")\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of("kept"), r.contract().flags().stream().map(Flag::name).toList());
    assertEquals(List.of("cmd/main.go:6: flag.Bool(name(), ...): the flag name is not a constant the extractor can resolve"),
        r.notes());
  }

  @Test
  void anUndefinedConstantIsNotResolvedEither() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nvar v = flag.Int(Missing, 1, \"x\")\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of(), r.contract().flags());
    assertEquals(List.of("cmd/main.go:5: flag.Int(Missing, ...): the flag name is not a constant the extractor can resolve"),
        r.notes());
  }

  @Test
  void hidingAFlagThatDoesNotExist() throws Exception {
    tree("package main\n\nimport \"github.com/spf13/cobra\"\n\nfunc main() {\n\tc := &cobra.Command{}\n"
        + "\t_ = c.Flags().MarkHidden(\"ghost\")\n}\n");
    assertEquals(List.of("cmd/main.go:7: MarkHidden(\"ghost\"): no such flag"), GoContractExtractor.extract(dir, null).notes());
  }

  @Test
  void aWhenMarkerMustNameABoolFlag() throws Exception {
    tree("package main\n\n// +manifest-gen:rbac:when=nope\n// +kubebuilder:rbac:groups=\"\",resources=pods,verbs=get\n"
        + "func main() {}\n");
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(dir));
    assertEquals("cmd/main.go:3: +manifest-gen:rbac:when=nope: not a bool flag of the operator", e.getMessage());
  }

  @Test
  void anUnterminatedStringNamesFileAndLine() throws Exception {
    tree("package main\n\nconst x = \"open\n");
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(dir));
    assertEquals("cmd/main.go:3: string literal not terminated", e.getMessage());
  }

  @Test
  void flagsWithoutViperHaveNoEnvBinding() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nvar v = flag.Bool(\"x\", true, \"x\")\n");
    OperatorContract c = GoContractExtractor.extract(dir);
    assertNull(c.env());
    assertNull(c.leaderElection());
    assertFalse(c.flag("x").orElseThrow().hidden());
  }

  @Test
  void constantsDeclaredInsideAFunctionUnlessAmbiguous() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nfunc main() {\n\tconst name = \"local-flag\"\n"
        + "\tflag.String(name, \"d\", \"x\")\n\tif true { const n = \"a\" }\n}\n\nfunc other() {\n\tconst n = \"b\"\n}\n");
    OperatorContract c = GoContractExtractor.extract(dir);
    assertEquals(new Flag("local-flag", FlagType.STRING, "d", false), c.flag("local-flag").orElseThrow());
    Files.writeString(dir.resolve("cmd/more.go"), "package main\n\nimport \"flag\"\n\nvar v = flag.Bool(n, true, \"x\")\n");
    assertEquals(List.of("cmd/more.go:5: flag.Bool(n, ...): the flag name is not a constant the extractor can resolve"),
        GoContractExtractor.extract(dir, null).notes());
  }

  @Test
  void twoDifferentLockIdsLeaveTheNameUnknown() throws Exception {
    tree("package main\n\nfunc main() {\n\ta := Options{LeaderElectionID: \"one\"}\n"
        + "\tb := Options{LeaderElectionID: \"two\"}\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertNull(r.contract().leaderElection().id());
    assertEquals(List.of("cmd/main.go:5: LeaderElectionID \"two\" differs from \"one\" at cmd/main.go:4; which lock the"
        + " operator uses is ambiguous, so its name is unknown"), r.notes());
  }

  @Test
  void aConfigFlagReadThroughReadInConfig() throws Exception {
    tree("package main\n\nimport (\n\t\"github.com/spf13/pflag\"\n\t\"github.com/spf13/viper\"\n)\n\n"
        + "func main() {\n\tpflag.String(\"config\", \"/etc/op.yaml\", \"x\")\n\t_ = viper.ReadInConfig()\n}\n");
    OperatorContract c = GoContractExtractor.extract(dir);
    assertEquals("config", c.configFlag());
    assertEquals("/etc/op.yaml", c.flag("config").orElseThrow().defaultValue());
  }

  @Test
  void aReplaceDirectiveDecidesTheControllerRuntimeVersion() throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/r\n\nrequire (\n\tsigs.k8s.io/controller-runtime v0.6.0\n)\n\n"
        + "replace (\n\tsigs.k8s.io/controller-runtime => sigs.k8s.io/controller-runtime v0.12.3 // fix\n)\n");
    Files.writeString(dir.resolve("main.go"), "\uFEFFpackage main\n\nvar o = Options{LeaderElectionID: \"r\"}\n");
    Files.writeString(dir.resolve("start.go"), START);
    assertEquals(new LeaderElection("r", null, "leases", "default of sigs.k8s.io/controller-runtime v0.12.3", null),
        GoContractExtractor.extract(dir).leaderElection());
  }

  @Test
  void noControllerRuntimeAndNoLockTypeIsAnError() throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/r\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nvar o = Options{LeaderElectionID: \"r\"}\n");
    Files.writeString(dir.resolve("start.go"), START);
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(dir));
    assertEquals(dir.resolve("go.mod") + ": LeaderElectionResourceLock is not set and go.mod does not require"
        + " sigs.k8s.io/controller-runtime, so the lock type is unknown", e.getMessage());
  }

  @Test
  void trickySyntaxAndConstantArithmetic() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("tricky"));
    assertEquals("tricky", c.operator());
    assertEquals(List.of(
        new Flag("big", FlagType.INT64, "1000000", false),
        new Flag("ints", FlagType.INT_SLICE, "[1,2,3]", false),
        new Flag("kind", FlagType.STRING, "a", false),
        new Flag("mask", FlagType.INT, "31", false, List.of(), null, false, "m"),
        new Flag("negated", FlagType.BOOL, "false", false),
        new Flag("quoted", FlagType.STRING_ARRAY, null, false),
        new Flag("rune", FlagType.UINT, "120", false),
        new Flag("tricky-sync-period", FlagType.DURATION, "10m0s", false, List.of(), null, false, "s")), c.flags());
    assertEquals(new LeaderElection("tricky-lock", null, "leases", "default of sigs.k8s.io/controller-runtime v0.16.3",
        null), c.leaderElection());
  }

  @Test
  void aLockIdThatIsNotAConstant() throws Exception {
    tree("package main\n\nimport \"fmt\"\n\nvar o = Options{\n\tLeaderElectionID: fmt.Sprint(\"x\"),\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertNull(r.contract().leaderElection().id());
    assertEquals(List.of("cmd/main.go:6: LeaderElectionID: fmt.Sprint(\"x\") is neither a constant nor a flag the extractor"
        + " can resolve; the lock's name is unknown"), r.notes());
  }

  @Test
  void aFlagTwoCommandsDefineWithDifferentDefaultsHasNoKnownDefault() throws Exception {
    tree("package main\n\nimport \"github.com/spf13/cobra\"\n\nfunc main() {\n\ta, b := &cobra.Command{}, &cobra.Command{}\n"
        + "\ta.Flags().Int(\"workers\", 2, \"x\")\n\tb.Flags().Int(\"workers\", 4, \"x\")\n"
        + "\ta.Flags().Int(\"same\", 1, \"x\")\n\tb.Flags().Int(\"same\", 1, \"x\")\n}\n");
    OperatorContract c = GoContractExtractor.extract(dir);
    assertEquals(new Flag("workers", FlagType.INT, null, false), c.flag("workers").orElseThrow());
    assertEquals(new Flag("same", FlagType.INT, "1", false), c.flag("same").orElseThrow());
  }

  @Test
  void aFlagDefinedWithTwoTypesKeepsTheFirstAndSaysSo() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nvar a = flag.Int(\"n\", 2, \"x\")\nvar b = flag.String(\"n\", \"2\", \"x\")\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of(new Flag("n", FlagType.INT, "2", false)), r.contract().flags());
    assertEquals(List.of("cmd/main.go:6: flag n defined as string, but as int at cmd/main.go:5; the first definition is kept"),
        r.notes());
  }

  @Test
  void aVariableNameBoundToTwoFlagsIdentifiesNeither() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nfunc one() {\n\tvar id string\n\tflag.StringVar(&id, \"one-id\", \"a\", \"x\")\n}\n\n"
        + "func two() {\n\tvar id string\n\tflag.StringVar(&id, \"two-id\", \"b\", \"x\")\n"
        + "\t_ = Options{LeaderElectionID: id}\n}\n\nfunc main() {\n\tone()\n\ttwo()\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertNull(r.contract().leaderElection().id());
    assertNull(r.contract().leaderElection().idFlag());
    assertEquals(List.of("cmd/main.go:13: LeaderElectionID: id is neither a constant nor a flag the extractor can resolve;"
        + " the lock's name is unknown"), r.notes());
  }

  @Test
  void anEnvPrefixAndSeveralReplacements() throws Exception {
    tree("package main\n\nimport (\n\t\"strings\"\n\n\tv \"github.com/spf13/viper\"\n)\n\nconst prefix = \"MY_OP\"\n\n"
        + "func init() {\n\tv.SetEnvPrefix(prefix)\n\tv.SetEnvKeyReplacer(strings.NewReplacer(\"-\", \"_\", \".\", \"_\"))\n"
        + "\tv.AutomaticEnv()\n}\n");
    OperatorContract c = GoContractExtractor.extract(dir);
    assertEquals(new EnvBinding("MY_OP", Map.of("-", "_", ".", "_")), c.env());
    assertEquals("MY_OP_LOG_LEVEL_MAX", c.env().variableFor("log-level.max"));
  }

  // --- the operator's program among several (gosrc/eck-1.3.0 and gosrc/programs) ---

  @Test
  void theEckOperatorsProgramIsFoundAndOnlyItsFlagsCount() throws Exception {
    GoContractExtractor.Result r = GoContractExtractor.extract(GOSRC.resolve("eck-1.3.0"), null);
    assertEquals("cmd", r.program());
    OperatorContract c = r.contract();
    assertEquals("elastic-operator", c.operator());
    assertEquals(32, c.flags().size());
    for (String other : List.of("output", "include-trials", "version", "repo", "dry-run", "operator-image", "e2e-namespace",
        "managed-namespaces", "test-timeout", "container-suffix")) {
      assertTrue(c.flag(other).isEmpty(), other + " is another program's flag");
    }
    // the helper binary defines operator-namespace (elastic-system), the e2e program log-verbosity (1): the operator's survive
    assertEquals("", c.flag("operator-namespace").orElseThrow().defaultValue());
    assertEquals("0", c.flag("log-verbosity").orElseThrow().defaultValue());
    // the e2e program's env prefix and namespaces flag are not the operator's
    assertEquals(new EnvBinding("", Map.of("-", "_")), c.env());
    assertEquals("namespaces", c.namespacesFlag());
    // the settings library's String(key, -1, opts...) and Bool("enabled", -1, ...) are not flags
    assertTrue(r.notes().contains("pkg/telemetry/telemetry.go:53: cfg.String(key, ...): receiver is not a flag set"
        + " (*settings.Settings)"), r.notes().toString());
    assertTrue(r.notes().contains("pkg/telemetry/telemetry.go:43: r.cfg.Bool(\"enabled\", ...): receiver is not a flag set"
        + " (*settings.Settings)"), r.notes().toString());
    assertTrue(c.flag("enabled").isEmpty() && c.flag("interval").isEmpty());
  }

  @Test
  void theEckWebhooksPortAndKinds() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("eck-1.3.0"));
    assertEquals(new WebhookServer(9443, null), c.webhookServer());
    assertEquals(8, c.webhooks().size());
    assertEquals(new Webhook("elastic-es-validation-v1.k8s.elastic.co", "/validate-elasticsearch-k8s-elastic-co-v1-elasticsearch",
        false, "Ignore", null, List.of("elasticsearch.k8s.elastic.co"), List.of("v1"), List.of("elasticsearches"),
        List.of("CREATE", "UPDATE")), c.webhooks().get(4));
    assertEquals(List.of("ApmServer", "Beat", "Elasticsearch", "EnterpriseSearch", "Kibana"),
        c.kinds().stream().map(ServedKind::kind).toList());
    assertEquals(List.of(), c.permissions());
  }

  @Test
  void mainChoosesAmongSeveralOperatorPrograms() throws Exception {
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(GOSRC.resolve("programs")));
    assertEquals("several programs in example.com/programs build an operator: cmd/operator, cmd/standby; choose one with"
        + " --main", e.getMessage());
    OperatorContract standby = GoContractExtractor.extract(GOSRC.resolve("programs"), "./cmd/standby/").contract();
    assertEquals("standby", standby.operator());
    assertEquals(List.of(new Flag("workers", FlagType.INT, "1", false)), standby.flags());
    assertEquals("standby-lock", standby.leaderElection().id());
    assertNull(standby.webhookServer());
    assertEquals(List.of(), standby.kinds());
  }

  @Test
  void flagsThroughEveryReceiverShapeTheSourceShows() throws Exception {
    GoContractExtractor.Result r = GoContractExtractor.extract(GOSRC.resolve("programs"), "cmd/operator");
    OperatorContract c = r.contract();
    assertEquals("programs-operator", c.operator());
    assertEquals(List.of(
        new Flag("dry-run", FlagType.BOOL, "false", false), // a *pflag.FlagSet parameter of an aliased import
        new Flag("health-probe-bind-address", FlagType.STRING, ":8081", false), // a method's parameter
        new Flag("log-format", FlagType.STRING, "json", false), // fs := root.PersistentFlags()
        new Flag("metrics-bind-address", FlagType.STRING, ":8080", false),
        new Flag("sync-period", FlagType.DURATION, "10m0s", false), // a local pf.NewFlagSet in a function returning it
        new Flag("v", FlagType.INT, "0", false), // a Go flag.NewFlagSet added with AddGoFlagSet
        new Flag("watch-namespaces", FlagType.STRING_SLICE, "[]", false),
        new Flag("webhook-port", FlagType.INT, "9443", false), // a struct field of type *pflag.FlagSet
        new Flag("workers", FlagType.INT, "4", false)), c.flags()); // standby (1), hack/gen (8) and e2e (1) define it too
    assertEquals(new EnvBinding("OP", Map.of("-", "_")), c.env());
    assertEquals("watch-namespaces", c.namespacesFlag());
    assertEquals(List.of(
        "pkg/config/config.go:31: c.String(key, ...): receiver is not a flag set (*Config)",
        "pkg/run/run.go:68: cfg.Bool(\"tracing\", ...): receiver is not a flag set (*Config)",
        "pkg/run/run.go:70: ext.String(\"not-ours\", ...): receiver not resolved (thirdparty.New: declared outside the module)",
        "api/v1/types.go:50: +kubebuilder:webhook: skipped, no resources, verbs"), r.notes());
  }

  @Test
  void webhooksTheirPortFlagAndServedKinds() throws Exception {
    OperatorContract c = GoContractExtractor.extract(GOSRC.resolve("programs"), "cmd/operator").contract();
    assertEquals(new WebhookServer(9443, "webhook-port"), c.webhookServer());
    assertEquals(List.of(
        new Webhook("mwidget.widgets.example.com", "/mutate-widgets-example-com-v1-widget", true, "Fail", "NoneOnDryRun",
            List.of("widgets.example.com"), List.of("v1"), List.of("widgets", "widgets/status"), List.of("CREATE", "UPDATE", "DELETE")),
        new Webhook("vwidget.widgets.example.com", "/validate-widgets-example-com-v1-widget", false, "Ignore", "None",
            List.of("widgets.example.com"), List.of("v1"), List.of("widgets"), List.of("CREATE", "UPDATE"))), c.webhooks());
    assertEquals(List.of(
        new ServedKind("widgets.example.com", "Gadget", "gadgetries", "Cluster", List.of("v1"), "v1"),
        new ServedKind("widgets.example.com", "Policy", "policies", "Namespaced", List.of("v2", "v1"), "v2"),
        // v1alpha1 is unserved, v1beta2 skipped; v1 is marked the storage version
        new ServedKind("widgets.example.com", "Widget", "widgets", "Namespaced", List.of("v1", "v1beta1"), "v1")), c.kinds());
  }

  @Test
  void aCallWhoseReceiverIsNotAFlagSetOrCannotBeResolvedIsSkipped() throws Exception {
    tree("package main\n\nimport (\n\t\"flag\"\n\t\"strings\"\n\n\t\"example.com/other\"\n)\n\n"
        + "type store struct{}\n\nfunc (s *store) String(k string, i int, d string) string { return d }\n\n"
        + "func main() {\n\tflag := &store{}\n\tflag.String(\"shadowed\", 1, \"x\")\n"
        + "\tfor _, fs := range other.Sets() {\n\t\tfs.Bool(\"ranged\", true, \"x\")\n\t}\n"
        + "\tvar b strings.Builder\n\tb.String()\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of(), r.contract().flags());
    assertEquals(List.of("cmd/main.go:16: flag.String(\"shadowed\", ...): receiver is not a flag set (store)",
        "cmd/main.go:18: fs.Bool(\"ranged\", ...): receiver not resolved (fs: a range variable)"), r.notes());
  }

  @Test
  void theOperatorsNameWithoutCobraIsItsDirectory() throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/tools/v2\n\nrequire sigs.k8s.io/controller-runtime v0.15.0\n");
    Files.createDirectories(dir.resolve("cmd/widget-controller"));
    Files.writeString(dir.resolve("cmd/widget-controller/main.go"), START);
    assertEquals("widget-controller", GoContractExtractor.extract(dir).operator());
    Files.move(dir.resolve("cmd/widget-controller/main.go"), dir.resolve("main.go"));
    assertEquals("tools", GoContractExtractor.extract(dir).operator());
  }

  @Test
  void leaderElectionFlagsThroughALocalViperGetterOrAnOptionsField() throws Exception {
    tree("package main\n\nimport (\n\t\"github.com/spf13/pflag\"\n\t\"github.com/spf13/viper\"\n)\n\n"
        + "type LeaderOptions struct {\n\tEnable bool\n}\n\n"
        + "func (o *LeaderOptions) BindFlags(fs *pflag.FlagSet) {\n\tfs.BoolVar(&o.Enable, \"enable-leader-election\", false, \"x\")\n}\n\n"
        + "func main() {\n\tpflag.Bool(\"leader-elect\", true, \"x\")\n\tenabled := viper.GetBool(\"leader-elect\")\n"
        + "\t_ = Options{LeaderElection: enabled, LeaderElectionID: \"a\"}\n}\n\n"
        + "func other(leaderOpts LeaderOptions) {\n\t_ = Options{LeaderElection: leaderOpts.Enable}\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals("leader-elect", r.contract().leaderElection().enabledFlag());
    assertEquals(List.of(), r.notes());
    Files.writeString(dir.resolve("cmd/main.go"), Files.readString(dir.resolve("cmd/main.go"))
        .replace("LeaderElection: enabled,", "LeaderElection: leaderOpts.Enable,").replace("func main() {", "func main() {\n\tvar leaderOpts LeaderOptions"));
    assertEquals("enable-leader-election", GoContractExtractor.extract(dir).leaderElection().enabledFlag());
  }

  @Test
  void rbacMarkersTheContractCannotHoldAreSkippedAndListed() throws Exception {
    tree("package main\n\n// +kubebuilder:rbac:urls=/metrics,verbs=get\n"
        + "// +kubebuilder:rbac:groups=apps,resources=deployments,verbs=get;list\n// +kubebuilder:rbac:groups=apps,verbs=get\n"
        + "func main() {}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of(new Permission(List.of("apps"), List.of("deployments"), List.of("get", "list"), List.of(), null, null)),
        r.contract().permissions());
    assertEquals(List.of("cmd/main.go:3: +kubebuilder:rbac: non-resource URLs (urls=) cannot be expressed in the contract; skipped",
        "cmd/main.go:5: +kubebuilder:rbac: resources and verbs are required; skipped"), r.notes());
  }

  @Test
  void goTheTokenizerRefusesOutsideTheOperatorsProgramIsNotedNotFatal() throws Exception {
    tree("package main\n\nimport \"flag\"\n\nvar v = flag.Bool(\"x\", true, \"x\")\n");
    Files.createDirectories(dir.resolve("hack/gen"));
    Files.writeString(dir.resolve("hack/gen/template.go"), "package main\n\nconst broken = \"{{ .Name }}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals("x", r.contract().flags().get(0).name());
    assertEquals(List.of("hack/gen/template.go:3: string literal not terminated (not part of the operator's program)"), r.notes());
    Files.writeString(dir.resolve("cmd/broken.go"), "package main\n\nconst broken = \"{{ .Name }}\n");
    GoSourceException e = assertThrows(GoSourceException.class, () -> GoContractExtractor.extract(dir));
    assertEquals("cmd/broken.go:3: string literal not terminated", e.getMessage());
  }
}
