package dev.manifestgen.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Repo;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract of operators written with today's flag libraries (fixtures under gosrc/shapes-*). */
class ContractShapesTest {
  private static final Path GOSRC = Repo.root().resolve("generator/src/test/resources/gosrc");
  @org.junit.jupiter.api.io.TempDir Path dir;

  private LeaderElection lockOf(String id) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("go.mod"), "module example.com/lockid\n\ngo 1.21\n\n"
        + "require sigs.k8s.io/controller-runtime v0.16.3\n");
    java.nio.file.Files.writeString(dir.resolve("main.go"), "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n"
        + "\tctrl \"sigs.k8s.io/controller-runtime\"\n)\n\nconst base = \"op\"\n\nfunc main() {\n"
        + "\thash := len(os.Args)\n\t_ = hash\n"
        + "\t_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElectionID: " + id + "})\n}\n");
    return GoContractExtractor.extract(dir, null).contract().leaderElection();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "fmt.Sprintf(\"%s-%x\", base, 48879)|op-beef",
    "fmt.Sprintf(\"%s-%d.%x\", base+\"-lock\", 7, \"ab\")|op-lock-7.6162",
    "base + \"-\" + \"leader\"|op-leader",
    "fmt.Sprintf(\"100%% %v\", true)|100% true"})
  void lockIdsFoldedFromConstants(String expression, String id) throws Exception {
    LeaderElection le = lockOf(expression);
    assertEquals(id, le.id());
    assertNull(le.idComputed());
  }

  @Test
  void aLockIdComputedAtRunTimeSaysWhere() throws Exception {
    LeaderElection le = lockOf("fmt.Sprintf(\"op-%x\", hash)");
    assertNull(le.id());
    assertEquals("main.go:15: fmt.Sprintf(\"op-%x\",hash)", le.idComputed());
    OperatorContract c = GoContractExtractor.extract(dir, null).contract();
    assertEquals(c.leaderElection(), ContractYaml.read(ContractYaml.write(c), "c.yaml").leaderElection());
  }

  private static GoContractExtractor.Result extract(String fixture) throws Exception {
    return GoContractExtractor.extract(GOSRC.resolve(fixture), null);
  }

  /** Each flag as one line: name type default [env] library envOnly hidden. */
  private static String lines(OperatorContract c) {
    return c.flags().stream().map(f -> f.name() + " " + f.type().yamlName() + " " + f.defaultValue() + " " + f.env()
        + (f.library() == null ? "" : " from " + f.library()) + (f.envOnly() ? " envOnly" : "") + (f.hidden() ? " hidden" : ""))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void kongStructTags() throws Exception {
    GoContractExtractor.Result r = extract("shapes-kong");
    assertTrue(r.complete(), r.unread().toString());
    // kebab-case names (HTTPProbePort: http-probe-port), the untagged embedded struct flattened, the embed:"" one
    // with its prefix and envprefix; arg:"", unexported and kong:"-" fields are not flags; a default kong
    // interpolates from run-time variables (${default_registry}) is unknown
    // named types of the program (type debugFlag bool) by their underlying type
    assertEquals("""
        debug bool false []
        http-probe-port int 8081 []
        leader-elect bool false [ENABLE_LEADER_ELECTION]
        levels stringSlice [a,b] []
        log-level string info [LOG_LEVEL]
        metrics-bind-address string :8080 [METRICS_ADDR, METRICS_BIND_ADDRESS]
        registry string null [REGISTRY]
        sync-period duration 10m0s [] hidden
        watch-namespaces stringSlice [] [WATCH_NAMESPACES]
        webhook-cert-dir string /tmp/certs []
        webhook-port int 9443 [WEBHOOK_PORT]""", lines(r.contract()));
    // LeaderElection: cli.LeaderElect is the flag, off by default: not "always on"
    assertEquals("leader-elect", r.contract().leaderElection().enabledFlag());
    assertEquals("kong-operator-lock", r.contract().leaderElection().id());
  }

  @Test
  void kongFlagsOfAVariableWithAStructTypeOfItsOwn() throws Exception {
    GoContractExtractor.Result r = extract("shapes-kong-anonymous");
    assertTrue(r.complete(), r.unread().toString());
    assertEquals("""
        leader-elect bool false [ENABLE_LEADER_ELECTION]
        metrics-bind-address string :8080 []
        resync duration 10m0s []
        watch-namespace string  [WATCH_NAMESPACE]""", lines(r.contract()));
    assertEquals("leader-elect", r.contract().leaderElection().enabledFlag());
  }

  @Test
  void goArgEnvconfigAndCaarlosEnv() throws Exception {
    GoContractExtractor.Result r = extract("shapes-goarg");
    assertTrue(r.complete(), r.unread().toString());
    // go-arg: lower-cased field names, a bare env upper-cased; positional and arg:"-" fields are not flags.
    // envconfig: PREFIX_KEY, split_words, the tagged key also without prefix, nested structs add their name.
    // caarlos0/env: only tagged fields, envDefault.
    assertEquals("""
        API_TOKEN string  [API_TOKEN] envOnly
        OP_LOCK_NAME string goarg-lock [OP_LOCK_NAME, LOCK_NAME] envOnly
        OP_SERVER_PORT int 9443 [OP_SERVER_PORT] envOnly
        OP_SYNC_HOURS int 10 [OP_SYNC_HOURS] envOnly
        RETRIES int 3 [RETRIES] envOnly
        leader-elect bool false [ENABLE_LEADER_ELECTION]
        maxjobs int 4 [MAXJOBS]
        namespace stringSlice [] []
        verbose bool false [VERBOSE]""", lines(r.contract()));
    assertEquals("leader-elect", r.contract().leaderElection().enabledFlag());
    assertEquals("leader-elect", r.contract().flagForEnv("ENABLE_LEADER_ELECTION").orElseThrow().name());
    assertEquals("OP_LOCK_NAME", r.contract().flagForEnv("LOCK_NAME").orElseThrow().name());
  }

  @Test
  void urfaveCliLiteralsAndANameThatIsNotAConstant() throws Exception {
    GoContractExtractor.Result r = extract("shapes-urfave");
    assertEquals("""
        leader-elect bool false [ENABLE_LEADER_ELECTION]
        metrics-bind-address string :8080 []
        namespaces stringSlice [a,b] []
        sync-period duration 10m0s [] hidden
        webhook-port int 9443 [WEBHOOK_PORT, PORT]""", lines(r.contract()));
    assertFalse(r.complete());
    assertEquals(List.of("main.go:26: cli.StringFlag{...}: the flag's Name is not a constant the extractor can resolve"), r.unread());
  }

  @Test
  void flagsLibrariesRegisterOnTheGoFlagSet() throws Exception {
    GoContractExtractor.Result r = extract("shapes-libflags");
    assertTrue(r.complete(), r.unread().toString());
    OperatorContract c = r.contract();
    assertEquals(19, c.flags().size(), lines(c));
    // zap.Options{Development: true}: BindFlags makes that the default
    assertEquals("zap-devel bool true [] from sigs.k8s.io/controller-runtime/pkg/log/zap (Options.BindFlags)",
        lines(new OperatorContract("x", "x", null, List.of(c.flag("zap-devel").orElseThrow()), null, List.of(), null, List.of())));
    assertEquals("k8s.io/klog/v2 (klog.InitFlags)", c.flag("v").orElseThrow().library());
    assertEquals("true", c.flag("logtostderr").orElseThrow().defaultValue());
    assertNull(c.flag("leader-elect").orElseThrow().library());
    // --kubeconfig, added in init by a package controller-runtime links, is not read: said, not dropped
    assertTrue(r.notes().contains("main.go: imports sigs.k8s.io/controller-runtime (which imports"
        + " sigs.k8s.io/controller-runtime/pkg/client/config), whose init registers --kubeconfig on flag.CommandLine, which"
        + " reaches the command line; flags a library registers in init are not in the contract"), r.notes().toString());
  }

  @Test
  void aLibraryTheExtractorDoesNotReadMakesTheContractPartial() throws Exception {
    GoContractExtractor.Result r = extract("shapes-unread");
    assertEquals(List.of("main.go:6: import \"github.com/jessevdk/go-flags\": the extractor does not read flags declared with"
        + " this library"), r.unread());
    assertEquals(List.of(), r.contract().flags());
  }

  @Test
  void viperUnmarshalKeyIntoTheDefaultNamespacesOfControllerRuntime015() throws Exception {
    GoContractExtractor.Result r = extract("shapes-viper");
    assertEquals("watch-namespaces", r.contract().namespacesFlag());
    assertEquals(List.of(), r.notes());
  }

  @Test
  void flagsInAFunctionNothingCallsAreNotFlags() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("go.mod"), "module example.com/uncalled\n\ngo 1.21\n\n"
        + "require sigs.k8s.io/controller-runtime v0.16.3\n");
    java.nio.file.Files.writeString(dir.resolve("main.go"), "package main\n\nimport (\n\t\"flag\"\n\n"
        + "\tctrl \"sigs.k8s.io/controller-runtime\"\n)\n\n"
        + "func oldFlags() {\n\tflag.Bool(\"ghost\", false, \"x\")\n}\n\n"
        + "func bind(run func()) {\n\tflag.Bool(\"kept\", false, \"x\")\n}\n\n"
        + "func start() {\n\tflag.Int(\"passed\", 1, \"x\")\n}\n\n"
        + "func main() {\n\tbind(start)\n"
        + "\t_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{})\n}\n");
    GoContractExtractor.Result r = GoContractExtractor.extract(dir, null);
    assertEquals(List.of("kept", "passed"), r.contract().flags().stream().map(Flag::name).toList());
    assertEquals(List.of("main.go:10: flag ghost is defined in oldFlags, which nothing in the program calls or refers to;"
        + " not a flag"), r.notes());
  }

  @ParameterizedTest
  @CsvSource({"HTTPPort, http-port", "LeaderElect, leader-elect", "PDFLoader, pdf-loader", "Port2, port-2",
      "MetricsBindAddress, metrics-bind-address", "A, a", "IDs, i-ds"})
  void kongNamesFieldsInKebabCase(String field, String flag) {
    assertEquals(flag, String.join("-", StructTagFlags.camelCase(field)).toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource({"10m, 10m0s", "90s, 1m30s", "1h30m, 1h30m0s", "0, 0s", "1.5s, 1.5s", "250ms, 250ms", "-2s, -2s", "10, NULL",
      "1x, NULL"})
  void tagDurationsAsGoPrintsThem(String text, String printed) {
    assertEquals("NULL".equals(printed) ? null : printed, StructTagFlags.duration(text));
  }

  @Test
  void structTagsAsReflectReadsThem() {
    StructTagFlags.StructTag t = new StructTagFlags.StructTag("name:\"leader-elect\" default:\"false\" env:\"A,B\" hidden:\"\"");
    assertEquals("leader-elect", t.get("name"));
    assertEquals("A,B", t.get("env"));
    assertTrue(t.has("hidden"));
    assertFalse(t.has("embed"));
  }

  @Test
  void theNewFlagKeysRoundTrip() throws Exception {
    OperatorContract c = extract("shapes-goarg").contract();
    assertEquals(c.flags(), ContractYaml.read(ContractYaml.write(c), "c.yaml").flags());
    OperatorContract lib = extract("shapes-libflags").contract();
    assertEquals(lib.flags(), ContractYaml.read(ContractYaml.write(lib), "c.yaml").flags());
  }

  /** Each program as lines: its command, then its flags (with shorthands), then its lock and webhook port. */
  private static String programs(OperatorContract c) {
    StringBuilder out = new StringBuilder();
    for (ContractProgram p : c.programs()) {
      out.append(p.command()).append(p.aliases().isEmpty() ? "" : " aliases " + p.aliases()).append('\n');
      for (Flag f : p.contract().flags()) {
        out.append("  ").append(f.name()).append(f.shorthand() == null ? "" : " -" + f.shorthand()).append(' ')
            .append(f.type().yamlName()).append(' ').append(f.defaultValue()).append('\n');
      }
      LeaderElection le = p.contract().leaderElection();
      out.append("  lock ").append(le == null ? "none" : le.id() + " idFlag " + le.idFlag() + " enabledFlag " + le.enabledFlag()
          + " lease " + le.timings().leaseDuration() + " " + le.timings().leaseDurationFlag()).append('\n');
      WebhookServer w = p.contract().webhookServer();
      out.append("  webhook ").append(w == null ? "none" : w.port() + " " + w.portFlag()).append('\n');
    }
    return out.toString();
  }

  @Test
  void subcommandsBuiltByNewCmdInTheirOwnPackagesAreOneProgramEach() throws Exception {
    OperatorContract c = extract("shapes-cobra-packages").contract();
    // the lock is the controller's alone (its constant is no option of the version program), and --leader-elect
    // reaches the manager through run's struct parameter
    assertEquals("""
        [controller]
          leader-elect bool false
          metrics-bind-address string :8080
          lock packages.example.com idFlag null enabledFlag leader-elect lease 15s null
          webhook none
        [version]
          lock none
          webhook none
        """, programs(c));
  }

  @Test
  void optionsOfAnotherModuleThatBindTheirOwnFlagsMakeTheContractPartial() throws Exception {
    GoContractExtractor.Result r = extract("shapes-library-options");
    assertEquals(List.of("main.go:16: le.BindFlags(flag.CommandLine): it registers flags declared outside the operator's"
        + " module, which the extractor does not read"), r.unread());
    // and a lease duration read from those options is controller-runtime's default only as far as the contract can say
    assertTrue(r.notes().contains("main.go:22: LeaseDuration: &le.LeaseDuration is neither a constant nor a flag the"
        + " extractor can resolve; taken as controller-runtime's default 15s"), r.notes().toString());
  }

  @Test
  void cobraSubcommandsAreOneProgramEach() throws Exception {
    GoContractExtractor.Result r = extract("shapes-cobra");
    OperatorContract c = r.contract();
    // the root's persistent flags (verbose, namespace) apply to every program; each program has its own flags, lock
    // and port; flags defined in a function nothing calls (legacyFlags) are nobody's
    assertEquals("""
        [manager]
          leader-elect -l bool false
          lease-duration duration 30s
          namespace -n string\s
          verbose -v bool false
          workers -w int 2
          lock shapes-manager idFlag null enabledFlag leader-elect lease 30s lease-duration
          webhook none
        [cert-controller] aliases [certs]
          lock-name string shapes-certs
          namespace -n string\s
          renew -r bool true
          verbose -v bool false
          lock shapes-certs idFlag lock-name enabledFlag null lease 15s null
          webhook none
        [webhook]
          cert-dir -d string /tmp/certs
          namespace -n string\s
          port -p int 9443
          verbose -v bool false
          lock none
          webhook 9443 port
        """, programs(c));
    assertEquals("shapes", c.operator());
    assertEquals("shapes cert-controller", c.programs().get(1).contract().operator());
    assertTrue(c.flags().isEmpty());
    assertNull(c.leaderElection());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("enable-leader-election is defined in legacyFlags")), r.notes().toString());
    OperatorContract back = ContractYaml.read(ContractYaml.write(c), "c.yaml");
    assertEquals(c, back);
    assertEquals(ContractYaml.write(c), ContractYaml.write(back));
  }

  @Test
  void aBinaryWithOneProgramKeepsTheSingleProgramContract() throws Exception {
    // ECK 1.3.0: a root that only holds the manager subcommand; its contract has no programs list
    OperatorContract c = extract("eck-1.3.0").contract();
    assertTrue(c.programs().isEmpty());
    assertTrue(c.flag("config").isPresent());
  }

  @Test
  void componentConfigFileKeysFixTheLockPortAndElection() throws Exception {
    OperatorContract c = extract("shapes-componentconfig").contract();
    // the code sets none of these options, so Options.AndFrom takes them from ControllerManagerConfigurationSpec's keys
    assertEquals("config", c.configFlag());
    assertEquals(java.util.Map.of("leaderElection.id", "leaderElection.resourceName", "leaderElection.enabled",
        "leaderElection.leaderElect", "webhookServer.port", "webhook.port", "metrics.bindAddress", "metrics.bindAddress"), c.configKeys());
    assertNull(c.leaderElection().id());
    assertNull(c.leaderElection().idComputed());
    assertEquals(new WebhookServer(9443, null), c.webhookServer());
    assertEquals(c, ContractYaml.read(ContractYaml.write(c), "c.yaml"));
  }

  @Test
  void aStructDecodedFromTheConfigFileGivesKeysByItsTags() throws Exception {
    OperatorContract c = extract("shapes-configstruct").contract();
    // json tags along cfg.Election.Lock (leaderElection.lockName), through the inline embedded Serving (webhookPort)
    assertEquals("config-file", c.configFlag());
    assertEquals(java.util.Map.of("leaderElection.id", "leaderElection.lockName", "leaderElection.enabled", "leaderElection.enabled",
        "webhookServer.port", "webhookPort", "metrics.bindAddress", "metricsAddress"), c.configKeys());
    assertNull(c.leaderElection().enabledFlag());
    assertEquals(new WebhookServer(null, null), c.webhookServer());
    assertTrue(ContractYaml.write(c).contains("\nconfigKeys: {leaderElection.enabled: leaderElection.enabled, leaderElection.id:"
        + " leaderElection.lockName, metrics.bindAddress: metricsAddress, webhookServer.port: webhookPort}\n"), ContractYaml.write(c));
  }

  @Test
  void packageLevelCommandsWithLiteralRunFunctionsKeepTheirOwnLockAndPort() throws Exception {
    // the root runs too (command []), and the code inside each literal is that command's only
    assertEquals("""
        []
          lock-id string vars-lock
          lock vars-lock idFlag lock-id enabledFlag null lease 15s null
          webhook none
        [webhook]
          port int 10250
          lock none
          webhook 10250 port
        """, programs(extract("shapes-cobra-vars").contract()));
  }
}
