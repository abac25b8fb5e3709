package dev.manifestgen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.Permission;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * MG4xx, MG5xx and MG607 on the committed all-in-one manifest, broken one way at a time, against the
 * committed operator contract: each break gives exactly the one finding expected.
 */
class LeaderElectionAndContractRulesTest {
  private static final OperatorContract ECK = contract();
  /** The committed all-in-one without its CRDs (no rule here reads them), so the lines below stay put. */
  private static final String ALL_IN_ONE = withoutCrds(read("config/all-in-one.yaml"));
  private static final String LOCK = "the configmaps lock \"elastic-operator-leader\" in namespace elastic-system (name: "
      + "the operator's built-in lock ID; type: default of sigs.k8s.io/controller-runtime v0.6.3), so no replica can ever lead.";

  private static OperatorContract contract() {
    try {
      return ContractYaml.readFile(Repo.root().resolve("config/operator-contract.yaml"), "config/operator-contract.yaml");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String withoutCrds(String manifest) {
    return String.join("\n---\n", java.util.Arrays.stream(manifest.split("\n---\n", -1))
        .filter(doc -> !doc.startsWith("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"))
        .toList());
  }

  private static String read(String file) {
    try {
      return Files.readString(Repo.root().resolve(file));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> findings(String yaml, OperatorContract contract) {
    try {
      ManifestSet set = new ManifestSet(ManifestLoader.parse(yaml, "t.yaml"));
      // CRDs count as installed apart: these are the lock's and the flags' rules (MG506: ServingRulesTest)
      return Validator.validate(new ValidationContext(set, contract, Set.of("*")), Validator.Options.DEFAULT).stream()
          .map(Finding::human).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The committed contract of an operator that also has these flags and this leader election. */
  private static OperatorContract eckWith(List<Flag> moreFlags, LeaderElection leaderElection) {
    List<Flag> flags = new ArrayList<>(ECK.flags());
    flags.addAll(moreFlags);
    return new OperatorContract(ECK.operator(), ECK.source(), ECK.configFlag(), ECK.namespacesFlag(), flags, ECK.env(),
        ECK.environment(), leaderElection, ECK.permissions());
  }

  private static List<String> findings(String yaml) {
    return findings(yaml, ECK);
  }

  private static String replace(String text, String from, String to) {
    assertTrue(text.contains(from), "fixture lost: " + from);
    return text.replace(from, to);
  }

  @Test
  void theCommittedOutputsValidateCleanAgainstTheCommittedContract() {
    assertEquals(List.of(), findings(ALL_IN_ONE));
    for (String profile : List.of("all-in-one", "restricted", "ha")) {
      Cli.Result r = Cli.run("generate", "--profile", profile);
      assertEquals(0, r.exit(), r.err());
      assertEquals(List.of(), findings(r.out()), "profile " + profile);
    }
  }

  /** The restricted profile: the lock's namespace holds only the leader-election Role, so it alone decides. */
  private static String restricted(String... sets) {
    // without the CRDs, so that the findings' line numbers are the templates' own
    List<String> args = new ArrayList<>(List.of("generate", "--skip-crds", "--profile", "restricted"));
    for (String set : sets) {
      args.add("--set");
      args.add(set);
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  @Test
  void lockUpdateRemovedIsOneClearFinding() {
    String broken = replace(restricted(), "  resourceNames: [\"elastic-operator-leader\"]\n  verbs: [get, update]",
        "  resourceNames: [\"elastic-operator-leader\"]\n  verbs: [get]");
    assertEquals(List.of("t.yaml:154: error MG402 Role elastic-system/elastic-operator-leader-election rules[0]: "
        + "ServiceAccount elastic-system/elastic-operator cannot update configmaps \"elastic-operator-leader\" in namespace "
        + "elastic-system, but the operator elects its leader through " + LOCK + " Grant get and update on the lock by name, "
        + "and create, in a Role bound to the ServiceAccount."), findings(broken));
  }

  @Test
  void aLockNameTheOperatorDoesNotUseIsOneClearFinding() {
    assertEquals(List.of("t.yaml:154: error MG402 Role elastic-system/elastic-operator-leader-election rules[0]: "
        + "ServiceAccount elastic-system/elastic-operator cannot get configmaps \"elastic-operator-leader\", update configmaps "
        + "\"elastic-operator-leader\" in namespace elastic-system, but the operator elects its leader through " + LOCK
        + " The RBAC is written for the lock configmaps \"my-lock\" instead: set leaderElection.lockName and "
        + "leaderElection.lockType to what the operator uses."), findings(restricted().replace("resourceNames: [\"elastic-operator-leader\"]",
            "resourceNames: [\"my-lock\"]")));
    assertEquals(List.of("t.yaml:271: error MG402 StatefulSet elastic-system/elastic-operator spec.template.spec.serviceAccountName: "
        + "ServiceAccount elastic-system/elastic-operator cannot get configmaps \"elastic-operator-leader\", update configmaps "
        + "\"elastic-operator-leader\", create configmaps in namespace elastic-system, but the operator elects its leader "
        + "through " + LOCK + " The RBAC is written for the lock leases.coordination.k8s.io \"elastic-operator-leader\" "
        + "instead: set leaderElection.lockName and leaderElection.lockType to what the operator uses."), findings(restricted().replace("apiGroups: [\"\"]\n  resources: [configmaps]",
            "apiGroups: [coordination.k8s.io]\n  resources: [leases]")));
  }

  @Test
  void createRestrictedByNameIsExplained() {
    String broken = replace(restricted(), "  verbs: [get, update]\n- apiGroups: [\"\"]\n  resources: [configmaps]\n  verbs: [create]\n",
        "  verbs: [get, update, create]\n");
    assertEquals(List.of("t.yaml:154: error MG402 Role elastic-system/elastic-operator-leader-election rules[0]: "
        + "ServiceAccount elastic-system/elastic-operator cannot create configmaps in namespace elastic-system, but the "
        + "operator elects its leader through " + LOCK + " create cannot be restricted by resourceNames: grant it in a "
        + "rule of its own."), findings(broken));
  }

  @Test
  void eventsCreateAndPatchAreNeeded() {
    String broken = replace(restricted(), "- apiGroups: [\"\"]\n  resources: [events]\n  verbs: [create, patch]\n", "");
    assertEquals(List.of("t.yaml:268: error MG403 StatefulSet elastic-system/elastic-operator "
        + "spec.template.spec.serviceAccountName: ServiceAccount elastic-system/elastic-operator cannot create or patch events "
        + "in namespace elastic-system, which the leader election records its transitions with: grant events create and "
        + "patch in the leader-election Role."), findings(broken));
  }

  @Test
  void resourceNamesNameExactlyTheLock() {
    String broken = replace(restricted(), "resourceNames: [\"elastic-operator-leader\"]",
        "resourceNames: [\"elastic-operator-leader\", \"old-lock\"]");
    assertEquals(List.of("t.yaml:156: error MG404 Role elastic-system/elastic-operator-leader-election "
        + "rules[0].resourceNames: names [old-lock] besides the lock \"elastic-operator-leader\": the leader-election rule "
        + "should name exactly the lock."), findings(broken));
  }

  @Test
  void timingsAreOrderedWhenTheOperatorTakesThemAsFlags() {
    LeaderElection le = ECK.leaderElection();
    OperatorContract withTimings = eckWith(List.of(new Flag("lease-duration", FlagType.DURATION, "15s", false),
        new Flag("renew-deadline", FlagType.DURATION, "10s", false), new Flag("retry-period", FlagType.DURATION, "2s", false)),
        new LeaderElection(le.id(), le.idFlag(), le.lockType(), null, le.lockTypeSource(), le.enabledFlag(),
            new LeaderElection.Timings("15s", "lease-duration", "10s", "renew-deadline", "2s", "retry-period")));
    assertEquals(List.of(), findings(ALL_IN_ONE, withTimings));
    String slowRetry = replace(ALL_IN_ONE, "    enable-webhook: true\n", "    enable-webhook: true\n    retry-period: 9s\n");
    assertEquals(List.of("t.yaml:72: error MG405 ConfigMap elastic-system/elastic-operator "
        + "data[\"eck.yaml\"].retry-period: renewDeadline 10s, retryPeriod 9s: the renew deadline must be greater than 1.2 x "
        + "the retry period, or the operator refuses to start."), findings(slowRetry, withTimings));
    String shortLease = replace(ALL_IN_ONE, "    enable-webhook: true\n", "    enable-webhook: true\n    lease-duration: 10s\n");
    assertEquals(List.of("t.yaml:72: error MG405 ConfigMap elastic-system/elastic-operator "
        + "data[\"eck.yaml\"].lease-duration: leaseDuration 10s, renewDeadline 10s: the lease duration must be greater than the "
        + "renew deadline, or the operator refuses to start."), findings(shortLease, withTimings));
  }

  @Test
  void twoInstallationsInOneNamespaceShareTheFixedLock() {
    Cli.Result second = Cli.run("generate", "--skip-crds", "--name", "second", "--set", "namespace.create=false",
        "--set", "webhook.enabled=false");
    assertEquals(0, second.exit(), second.err());
    assertEquals(List.of("t.yaml:687: error MG406 StatefulSet elastic-system/second-elastic-operator "
        + "metadata.name: elects its leader through configmaps \"elastic-operator-leader\" in namespace elastic-system, the "
        + "same lock as StatefulSet elastic-system/elastic-operator: only one of the two installations would ever run; install"
        + " them in different namespaces: elastic-operator has no flag for its lock name, so two installations in one "
        + "namespace always share it."), findings(ALL_IN_ONE + second.out()).stream().filter(l -> l.contains(" MG406 ")).toList());
  }

  @Test
  void unknownArgumentAndWrongTypes() {
    String arg = replace(ALL_IN_ONE, "        - --config=/conf/eck.yaml\n", "        - --config=/conf/eck.yaml\n        - --enable-webhok\n");
    assertEquals(List.of("t.yaml:296: error MG501 StatefulSet elastic-system/elastic-operator "
        + "spec.template.spec.containers[0].args[2]: argument --enable-webhok is not a flag of elastic-operator (did you mean "
        + "enable-webhook?): the operator refuses to start with an unknown flag; remove or rename it."), findings(arg));
    String types = replace(replace(ALL_IN_ONE, "    max-concurrent-reconciles: 3\n", "    max-concurrent-reconciles: three\n"),
        "    cert-validity: 8760h\n", "    cert-validity: 10\n");
    assertEquals(List.of("t.yaml:55: error MG502 ConfigMap elastic-system/elastic-operator data[\"eck.yaml\"].cert-validity: "
        + "config file key cert-validity: 10 is not a duration with a unit such as 24h or 15s (a bare number is read as "
        + "nanoseconds), the type of the operator's flag cert-validity (duration).",
        "t.yaml:62: error MG502 ConfigMap elastic-system/elastic-operator data[\"eck.yaml\"].max-concurrent-reconciles: "
        + "config file key max-concurrent-reconciles: \"three\" is not an integer, the type of the operator's flag "
        + "max-concurrent-reconciles (int)."), findings(types));
  }

  /** ECK 1.3.0 has no RBAC markers (its contract asks for no permission): an operator that marks what its kibana controller needs. */
  @Test
  void everyPermissionTheOperatorAsksForIsGranted() {
    OperatorContract marked = new OperatorContract(ECK.operator(), ECK.source(), ECK.configFlag(), ECK.namespacesFlag(), ECK.flags(),
        ECK.env(), ECK.environment(), ECK.leaderElection(), List.of(new Permission(List.of("kibana.k8s.elastic.co"),
            List.of("kibanas", "kibanas/status", "kibanas/finalizers"), List.of("get", "list", "watch", "create", "update", "patch",
            "delete"), List.of(), null, null)), ECK.webhookServer(), ECK.webhooks(), ECK.kinds());
    assertEquals(List.of(), findings(ALL_IN_ONE, marked));
    String broken = replace(ALL_IN_ONE, "- apiGroups: [kibana.k8s.elastic.co]\n  resources: [kibanas, kibanas/status, kibanas/finalizers]\n"
        + "  verbs: [get, list, watch, create, update, patch, delete]\n", "");
    assertEquals(List.of("t.yaml:282: error MG503 StatefulSet elastic-system/elastic-operator "
        + "spec.template.spec.serviceAccountName: ServiceAccount elastic-system/elastic-operator may not get "
        + "kibanas.kibana.k8s.elastic.co cluster-wide, list kibanas.kibana.k8s.elastic.co cluster-wide, watch "
        + "kibanas.kibana.k8s.elastic.co cluster-wide and 18 more, which elastic-operator asks for (contract permission 1): "
        + "grant it in the operator's ClusterRole."), findings(broken, marked));
  }

  @Test
  void clusterWideWhereANamespacedGrantServes() {
    String lockInClusterRole = replace(ALL_IN_ONE, "rules:\n- apiGroups: [\"\"]\n  resources: [pods,",
        "rules:\n- apiGroups: [\"\"]\n  resources: [configmaps]\n  resourceNames: [elastic-operator-leader]\n"
            + "  verbs: [get, update]\n- apiGroups: [\"\"]\n  resources: [pods,");
    assertEquals(List.of("t.yaml:143: warning MG607 ClusterRole elastic-operator rules[0]: grants the leader-election lock "
        + "\"elastic-operator-leader\" in every namespace; it lives only in elastic-system: grant it with a Role and "
        + "RoleBinding there."), findings(lockInClusterRole));
    String podsEverywhere = replace(restricted(), "  resources: [subjectaccessreviews]\n  verbs: [create]\n",
        "  resources: [subjectaccessreviews]\n  verbs: [create]\n- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [get]\n");
    assertEquals(List.of("t.yaml:122: warning MG607 ClusterRole elastic-operator rules[1]: grants namespaced resources in every "
        + "namespace, but the operator manages only [elastic-stack]: grant them with a Role and RoleBinding in each "
        + "managed namespace."), findings(podsEverywhere));
  }

  @Test
  void unknownConfigKeyIsOneClearFinding() {
    String broken = replace(ALL_IN_ONE, "    enable-webhook: true\n", "    enable-webhok: true\n    enable-webhook: true\n");
    assertEquals(List.of("t.yaml:71: error MG501 ConfigMap elastic-system/elastic-operator data[\"eck.yaml\"].enable-webhok: "
        + "config file key enable-webhok is not a flag of elastic-operator (did you mean enable-webhook?): the operator "
        + "ignores it, so it has no effect; remove or rename it."), findings(broken));
  }

  /**
   * The Role grants a Lease "custom" while 1.3.0 locks ConfigMap elastic-operator-leader: it works only
   * because the ClusterRole covers every ConfigMap. An error with two replicas, a warning with one.
   */
  @Test
  void aRoleForALockTheOperatorDoesNotUseIsOneFinding() {
    String customLease = replace(ALL_IN_ONE, "- apiGroups: [\"\"]\n  resources: [configmaps]\n  resourceNames: [\"elastic-operator-leader\"]",
        "- apiGroups: [coordination.k8s.io]\n  resources: [leases]\n  resourceNames: [\"custom\"]");
    String message = "Role elastic-system/elastic-operator-leader-election rules[0].resourceNames: grants update on the "
        + "leases lock \"custom\", but elastic-operator has no flag for its lock's name or type: it always elects its leader"
        + " through the configmaps lock \"elastic-operator-leader\": nothing watches that lock, and the RBAC only works"
        + " because another rule covers the real one.";
    assertEquals(List.of("t.yaml:207: warning MG407 " + message), findings(customLease));
    assertEquals(List.of("t.yaml:207: error MG407 " + message), findings(replace(customLease, "  replicas: 1\n", "  replicas: 2\n")));
  }

  @Test
  void twoReplicasWithLeaderElectionOffIsOneClearFinding() {
    String broken = replace(replace(ALL_IN_ONE, "  replicas: 1\n", "  replicas: 2\n"),
        "    enable-leader-election: true\n", "    enable-leader-election: false\n");
    assertEquals(List.of("t.yaml:268: error MG401 StatefulSet elastic-system/elastic-operator spec.replicas: 2 replicas but "
        + "leader election is off (config file key enable-leader-election): replicas > 1 needs "
        + "leaderElection.enabled=true: without a leader every replica would reconcile the same resources."), findings(broken));
  }

  @Test
  void aLockNameComputedInCodeIsSaidToBeUncheckedNeitherPassedNorFailed() {
    LeaderElection le = ECK.leaderElection();
    OperatorContract computed = eckWith(List.of(), new LeaderElection(null, null, le.lockType(), null, le.lockTypeSource(),
        le.enabledFlag(), le.timings(), "cmd/manager/main.go:40: fmt.Sprintf(\"%s-%x\",name,hash)"));
    assertEquals(List.of("t.yaml:260: warning MG402 StatefulSet elastic-system/elastic-operator metadata.name: the name of the"
        + " lock elastic-operator elects its leader through is unknown (computed in code at cmd/manager/main.go:40:"
        + " fmt.Sprintf(\"%s-%x\",name,hash)): MG402, MG404, MG406 and MG407 cannot check it; check the RBAC for that lock by"
        + " hand."), findings(ALL_IN_ONE, computed));
  }

  /** A flag library that reads the enable flag from a variable (kong's env:"", urfave's EnvVars): off by default. */
  @Test
  void anElectionFlagOffByDefaultIsTurnedOnThroughTheVariableItsLibraryReads() {
    List<Flag> flags = new ArrayList<>(ECK.flags().stream().filter(f -> !f.name().equals("enable-leader-election")).toList());
    flags.add(new Flag("enable-leader-election", FlagType.BOOL, "false", false, List.of("ENABLE_LEADER_ELECTION"), null, false));
    flags.sort(java.util.Comparator.comparing(Flag::name));
    OperatorContract offByDefault = new OperatorContract(ECK.operator(), ECK.source(), ECK.configFlag(), ECK.namespacesFlag(),
        flags, null, ECK.environment(), ECK.leaderElection(), ECK.permissions());
    String twoReplicas = replace(replace(ALL_IN_ONE, "  replicas: 1\n", "  replicas: 2\n"), "    enable-leader-election: true\n", "");
    assertEquals(List.of("t.yaml:267: error MG401 StatefulSet elastic-system/elastic-operator spec.replicas: 2 replicas but "
        + "leader election is off (default of enable-leader-election): replicas > 1 needs "
        + "leaderElection.enabled=true: without a leader every replica would reconcile the same resources."),
        findings(twoReplicas, offByDefault));
    String on = replace(twoReplicas, "        env:\n", "        env:\n        - name: ENABLE_LEADER_ELECTION\n          value: \"true\"\n");
    assertEquals(List.of(), findings(on, offByDefault));
  }

  @Test
  void theElectionAnOperatorWillRunFollowsItsSettingsAndContract() throws Exception {
    ManifestSet set = new ManifestSet(ManifestLoader.parse(ALL_IN_ONE, "t.yaml"));
    assertEquals(List.of(new OperatorElection("elastic-system", "elastic-operator", "elastic-operator", 1,
        "elastic-operator-leader", "configmaps", "15s", "10s", "2s")), OperatorElection.find(set, ECK));

    LeaderElection le = ECK.leaderElection();
    OperatorContract withFlags = eckWith(List.of(new Flag("lock-type", FlagType.STRING, "configmaps", false),
        new Flag("lease-duration", FlagType.DURATION, "15s", false)),
        new LeaderElection(le.id(), le.idFlag(), le.lockType(), "lock-type", "the default of its flag lock-type",
            le.enabledFlag(), new LeaderElection.Timings("15s", "lease-duration", "10s", null, "2s", null)));
    String configured = replace(ALL_IN_ONE, "    enable-webhook: true\n",
        "    enable-webhook: true\n    lock-type: leases\n    lease-duration: 30s\n");
    set = new ManifestSet(ManifestLoader.parse(configured, "t.yaml"));
    assertEquals(List.of(new OperatorElection("elastic-system", "elastic-operator", "elastic-operator", 1,
        "elastic-operator-leader", "leases", "30s", "10s", "2s")), OperatorElection.find(set, withFlags));
    String off = replace(ALL_IN_ONE, "    enable-leader-election: true\n", "    enable-leader-election: false\n");
    assertEquals(List.of(), OperatorElection.find(new ManifestSet(ManifestLoader.parse(off, "t.yaml")), ECK));
  }
}
