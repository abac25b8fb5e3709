package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {
  /** Set -Dgolden.update=true to rewrite the golden files from the current output. */
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  static final Path GOLDEN = Repo.root().resolve("generator/src/test/resources/golden");
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"default", "all-in-one", "restricted", "ha"})
  void eachProfileMatchesItsGoldenFile(String profile) throws Exception {
    // The golden files hold what the templates render; the CRDs have their own tests.
    Cli.Result r = profile.equals("default") ? Cli.run("generate", "--skip-crds")
        : Cli.run("generate", "--skip-crds", "--profile", profile);
    assertEquals(0, r.exit(), r.toString());
    Path golden = GOLDEN.resolve(profile + ".yaml");
    if (UPDATE) {
      Files.writeString(golden, r.out());
    }
    assertEquals(Files.readString(golden), r.out(), "golden " + golden + " (rerun with -Dgolden.update=true after a deliberate change)");
  }

  @Test
  void threeReplicasWithACustomLockNameGrantExactlyThatLock() {
    Cli.Result r = Cli.run("generate", "--contract", Contracts.LOCK_FLAGS.toString(), "--set", "replicas=3",
        "--set", "leaderElection.lockName=my-lock");
    assertEquals(0, r.exit(), r.toString());
    List<Map<String, Object>> objects = Manifests.parse(r.out());
    assertEquals(3L, Manifests.get(Manifests.one(objects, "StatefulSet", "elastic-operator"), "spec.replicas"));
    Map<String, Object> cm = Manifests.one(objects, "ConfigMap", "elastic-operator");
    Map<String, Object> config = Manifests.parse((String) ((Map<?, ?>) cm.get("data")).get("eck.yaml")).get(0);
    assertEquals(true, config.get("enable-leader-election"));
    assertEquals("my-lock", config.get("leader-election-id"), "passed to the operator through its flag");
    assertEquals("configmaps", config.get("leader-election-resource-lock"));
    assertEquals("15s", config.get("leader-election-lease-duration"));
    Map<String, Object> role = Manifests.one(objects, "Role", "elastic-operator-leader-election");
    assertEquals("elastic-system", Manifests.get(role, "metadata.namespace"));
    assertEquals(Map.of("apiGroups", List.of(""), "resources", List.of("configmaps"), "resourceNames", List.of("my-lock"),
        "verbs", List.of("get", "update")), Manifests.get(role, "rules[0]"));
    assertEquals(Map.of("apiGroups", List.of(""), "resources", List.of("configmaps"), "verbs", List.of("create")),
        Manifests.get(role, "rules[1]"));
    assertEquals(Map.of("apiGroups", List.of(""), "resources", List.of("events"), "verbs", List.of("create", "patch")),
        Manifests.get(role, "rules[2]"));
  }

  @Test
  void theLeaseLockGrantsTheSameOnLeases() {
    Cli.Result r = Cli.run("generate", "--contract", Contracts.LOCK_FLAGS.toString(), "--set", "replicas=3",
        "--set", "leaderElection.lockName=my-lock", "--set", "leaderElection.lockType=leases");
    Map<String, Object> role = Manifests.one(Manifests.parse(r.out()), "Role", "elastic-operator-leader-election");
    assertEquals(Map.of("apiGroups", List.of("coordination.k8s.io"), "resources", List.of("leases"),
        "resourceNames", List.of("my-lock"), "verbs", List.of("get", "update")), Manifests.get(role, "rules[0]"));
    assertEquals(Map.of("apiGroups", List.of("coordination.k8s.io"), "resources", List.of("leases"), "verbs", List.of("create")),
        Manifests.get(role, "rules[1]"));
  }

  @Test
  void theMultiLockGrantsBoth() {
    Cli.Result r = Cli.run("generate", "--contract", Contracts.LOCK_FLAGS.toString(),
        "--set", "leaderElection.lockType=configmapsleases");
    Map<String, Object> role = Manifests.one(Manifests.parse(r.out()), "Role", "elastic-operator-leader-election");
    assertEquals(List.of("configmaps"), Manifests.get(role, "rules[0].resources"));
    assertEquals(List.of("leases"), Manifests.get(role, "rules[2].resources"));
    assertEquals(List.of("events"), Manifests.get(role, "rules[4].resources"));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ;; ", value = {
      "replicas=2,leaderElection.enabled=false ;; error: replicas=2 (--set replicas=2), leaderElection.enabled=false (--set leaderElection.enabled=false): replicas > 1 needs leaderElection.enabled=true: without a leader every replica would reconcile the same resources",
      "replicas=2,leaderElection.lockName=custom,leaderElection.lockType=leases ;; error: leaderElection.lockName=\"custom\" (--set leaderElection.lockName=custom), leaderElection.lockType=\"leases\" (--set leaderElection.lockType=leases): elastic-operator has no flag for its lock's name or type: it always elects its leader through the configmaps lock \"elastic-operator-leader\"",
      "leaderElection.leaseDuration=20s ;; error: leaderElection.leaseDuration=\"20s\" (--set leaderElection.leaseDuration=20s): elastic-operator has no flag for its lease duration: it always uses 15s",
      "replicas=abc ;; error: --set replicas=abc: replicas: expected an integer, got string \"abc\"",
      "replicas=-1 ;; error: --set replicas=-1: replicas: must be at least 0, got -1",
      "leaderElection.lockType=lease ;; error: --set leaderElection.lockType=lease: leaderElection.lockType: must be one of configmaps, leases, configmapsleases; got \"lease\"",
      "replica=2 ;; error: --set replica=2: replica: unknown key; did you mean replicas?",
  })
  void badValuesExitTwoWithOneMessageAndNoOutput(String sets, String message) {
    String[] args = Stream.concat(Stream.of("generate"),
        Stream.of(sets.split(",")).flatMap(s -> Stream.of("--set", s))).toArray(String[]::new);
    Cli.Result r = Cli.run(args);
    assertEquals(2, r.exit(), r.toString());
    assertEquals("", r.out());
    assertEquals(message, r.err().lines().findFirst().orElse(""));
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void aMissingContractIsOneLineAndExitTwo() {
    Cli.Result r = Cli.run("generate", "--contract", "no-such-contract.yaml");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --contract no-such-contract.yaml: file not found\n", r.err());
  }

  /** The 1.3.0 operator listens on the constant 9443: another port would leave the webhook unreachable. */
  @Test
  void aWebhookPortTheOperatorHasNoFlagForIsRefused() throws Exception {
    Path contract = Contracts.withWebhookServer(dir, Contracts.ECK_130, "{port: 9443, portFlag: null}");
    Cli.Result r = Cli.run("generate", "--contract", contract.toString(), "--set", "webhook.port=9444");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: webhook.port=9444 (--set webhook.port=9444): elastic-operator has no flag for its webhook server's"
        + " port: it always listens on 9443\n", r.err());
  }

  @Test
  void anotherWebhookPortGoesThroughTheOperatorsFlag() {
    Path contract = Contracts.withWebhookServer(dir, Contracts.LOCK_FLAGS, "{port: 9443, portFlag: webhook-port}");
    Cli.Result r = Cli.run("generate", "--contract", contract.toString(), "--set", "webhook.port=9444");
    assertEquals(0, r.exit(), r.toString());
    List<Map<String, Object>> objects = Manifests.parse(r.out());
    Map<String, Object> cm = Manifests.one(objects, "ConfigMap", "elastic-operator");
    Map<String, Object> config = Manifests.parse((String) ((Map<?, ?>) cm.get("data")).get("eck.yaml")).get(0);
    assertEquals(9444L, ((Number) config.get("webhook-port")).longValue());
  }

  /** Without managed certificates the operator still serves the webhook: generate and validate both accept it. */
  @Test
  void webhookWithoutManagedCertsValidatesWithoutErrors() throws Exception {
    Path out = dir.resolve("no-certs.yaml");
    Cli.Result r = Cli.run("generate", "--set", "webhook.manageCerts=false", "-o", out.toString());
    assertEquals(0, r.exit(), r.toString());
    Cli.Result v = Cli.run("validate", out.toString());
    assertEquals(0, v.exit(), v.toString());
    int secretNameLine = Files.readAllLines(out).indexOf("          secretName: \"elastic-webhook-server-cert\"") + 1;
    assertEquals(out + ":" + secretNameLine + ": warning MG206 StatefulSet elastic-system/elastic-operator spec.template.spec."
        + "volumes[1].secret.secretName: Secret elastic-system/elastic-webhook-server-cert is not in the manifest: create it "
        + "before the pods start\n16 objects checked: 0 errors, 1 warning\n", v.out());
  }

  @Test
  void aBadOptionExitsTwo() {
    Cli.Result r = Cli.run("generate", "--nope");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown option: '--nope'"), r.err());
  }

  @Test
  void outputIsByteForByteTheSameOnEveryRun() {
    String first = Cli.run("generate", "--profile", "ha", "--set", "managedNamespaces={a,b}").out();
    for (int i = 0; i < 3; i++) {
      assertEquals(first, Cli.run("generate", "--profile", "ha", "--set", "managedNamespaces={a,b}").out());
    }
  }

  @Test
  void theHeaderNamesTheCommand() {
    String out = Cli.run("generate", "--set", "replicas=2", "--set-string", "image.tag=1 2").out();
    assertTrue(out.startsWith("# Generated by manifest-gen from templates/ and config/values.yaml. Do not edit.\n"
        + "# Command: manifest-gen generate --set replicas=2 --set-string 'image.tag=1 2'\n---\n"), out);
  }

  @Test
  void writesTheFileAtomicallyAndLeavesItUntouchedOnFailure() throws Exception {
    Path out = dir.resolve("manifest.yaml");
    assertEquals(0, Cli.run("generate", "-o", out.toString()).exit());
    String good = Files.readString(out);
    assertTrue(good.contains("kind: StatefulSet"));
    Cli.Result bad = Cli.run("generate", "-o", out.toString(), "--set", "replicas=abc");
    assertEquals(2, bad.exit());
    assertEquals(good, Files.readString(out), "a failed run leaves the output as it was");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary files are left behind");
    }
  }

  @Test
  void crdsComeFirstVerbatim() throws Exception {
    Path crd = dir.resolve("crd.yaml");
    String text = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: kibanas.kibana.k8s.elastic.co\n# kept as is\n";
    Files.writeString(crd, text, StandardCharsets.UTF_8);
    String out = Cli.run("generate", "--crds", crd.toString()).out();
    int header = out.indexOf("---\n");
    assertTrue(out.substring(header).startsWith("---\n" + text), out);
  }

  /** As helm install creates a chart's crds/ first: a generated manifest installs a working operator. */
  @Test
  void theOperatorsCrdsComeFirstUnlessSkipped() throws Exception {
    List<Map<String, Object>> objects = Manifests.parse(Cli.run("generate", "--profile", "ha").out());
    assertEquals(List.of("apmservers.apm.k8s.elastic.co", "beats.beat.k8s.elastic.co",
        "elasticsearches.elasticsearch.k8s.elastic.co", "enterprisesearches.enterprisesearch.k8s.elastic.co",
        "kibanas.kibana.k8s.elastic.co"), objects.subList(0, 5).stream()
        .peek(o -> assertEquals("CustomResourceDefinition", o.get("kind")))
        .map(o -> Manifests.get(o, "metadata.name")).toList());
    List<Map<String, Object>> skipped = Manifests.parse(Cli.run("generate", "--profile", "ha", "--skip-crds").out());
    assertEquals(objects.subList(5, objects.size()), skipped);
    Cli.Result both = Cli.run("generate", "--skip-crds", "--crds", dir.resolve("x.yaml").toString());
    assertEquals(2, both.exit(), both.toString());
    assertEquals("error: --skip-crds and --crds contradict each other; give one of them\n", both.err());
  }

  @Test
  void aMissingCrdFileIsABadInput() {
    Cli.Result r = Cli.run("generate", "--crds", dir.resolve("none.yaml").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("error: --crds "), r.err());
  }

  @Test
  void releaseNameAndNamespaceNameTheObjects() {
    List<Map<String, Object>> objects = Manifests.parse(Cli.run("generate", "--name", "eck", "-n", "ops").out());
    Map<String, Object> sts = Manifests.one(objects, "StatefulSet", "eck-elastic-operator");
    assertEquals("ops", Manifests.get(sts, "metadata.namespace"));
    assertFalse(Manifests.ofKind(objects, "ServiceAccount").isEmpty());
  }
}
