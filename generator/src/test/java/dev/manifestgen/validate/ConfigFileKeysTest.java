package dev.manifestgen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.testing.Repo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A typed config file (the shapes-componentconfig fixture: controller-runtime's ComponentConfig, which sets the lock,
 * election and webhook port): validate reads those keys from the ConfigMap mounted at the --config path, and says
 * it cannot check them when no such ConfigMap is in the manifests.
 */
class ConfigFileKeysTest {
  private static final OperatorContract OPERATOR = extract();

  private static OperatorContract extract() {
    try {
      return GoContractExtractor.extract(Repo.root().resolve("generator/src/test/resources/gosrc/shapes-componentconfig"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static final String WORKLOAD = """
      apiVersion: v1
      kind: ServiceAccount
      metadata: {name: op, namespace: ns}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: op, namespace: ns}
      spec:
        replicas: 2
        selector: {matchLabels: {app: op}}
        template:
          metadata: {labels: {app: op}}
          spec:
            serviceAccountName: op
            containers:
            - name: manager
              image: example/op:1
              args: [--config=/conf/manager.yaml]
              ports: [{name: webhook, containerPort: 9443}]
              volumeMounts: [{name: conf, mountPath: /conf}]
            volumes: [{name: conf, configMap: {name: op-config}}]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: op-webhook, namespace: ns}
      spec:
        selector: {app: op}
        ports: [{port: 443, targetPort: 9443}]
      ---
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingWebhookConfiguration
      metadata: {name: op}
      webhooks:
      - name: vwidget.example.com
        admissionReviewVersions: [v1]
        sideEffects: None
        failurePolicy: Fail
        clientConfig: {service: {name: op-webhook, namespace: ns, path: /validate-v1-widget}}
        rules: [{apiGroups: [example.com], apiVersions: [v1], resources: [widgets], operations: [CREATE, UPDATE]}]
      """;

  private static String config(String file) {
    return WORKLOAD + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: op-config, namespace: ns}\ndata:\n  manager.yaml: |\n"
        + file.indent(4);
  }

  private static List<String> findings(String yaml, String... rules) {
    try {
      ManifestSet set = new ManifestSet(ManifestLoader.parse(yaml, "t.yaml"));
      return Validator.validate(new ValidationContext(set, OPERATOR, Set.of("*")), Validator.Options.DEFAULT).stream()
          .filter(f -> Set.of(rules).contains(f.rule())).map(f -> f.line() + " " + f.rule() + " " + f.severity() + ": " + f.message()).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theLockAndPortComeFromTheMountedConfigFile() {
    List<String> found = findings(config("""
        apiVersion: controller-runtime.sigs.k8s.io/v1alpha1
        kind: ControllerManagerConfig
        leaderElection:
          leaderElect: true
          resourceName: widgets.example.com
        metrics:
          bindAddress: 127.0.0.1:8080
        webhook:
          port: 8443
        """), "MG402", "MG501", "MG505");
    assertEquals(List.of(
        "14 MG402 ERROR: ServiceAccount ns/op cannot get configmaps \"widgets.example.com\", update configmaps \"widgets.example.com\","
            + " create configmaps, get leases.coordination.k8s.io \"widgets.example.com\", update leases.coordination.k8s.io"
            + " \"widgets.example.com\", create leases.coordination.k8s.io in namespace ns, but the operator elects its leader"
            + " through the configmapsleases lock \"widgets.example.com\" in namespace ns (name: its config file key"
            + " leaderElection.resourceName in ConfigMap ns/op-config; type: default of sigs.k8s.io/controller-runtime v0.11.2), so no"
            + " replica can ever lead. Grant get and update on the lock by name, and create, in a Role bound to the ServiceAccount.",
        "28 MG505 ERROR: leads to port 9443, but the operator's webhook server listens on"
            + " 8443 (config file key webhook.port in ConfigMap ns/op-config)."), found);
  }

  @Test
  void aFileThatLeavesElectionOffMeansOneReplicaLeadsNone() {
    // leaderElect unset: controller-runtime leaves election off, so two replicas both act (MG401's case)
    List<String> found = findings(config("kind: ControllerManagerConfig\nwebhook:\n  port: 9443\n"), "MG401", "MG402", "MG505");
    assertEquals(List.of("9 MG401 ERROR: 2 replicas but leader election is off (the config file does not set"
        + " leaderElection.leaderElect in ConfigMap ns/op-config): replicas > 1 needs leaderElection.enabled=true: without a leader"
        + " every replica would reconcile the same resources."), found);
  }

  @Test
  void withoutTheConfigMapTheKeysCannotBeChecked() {
    List<String> found = findings(WORKLOAD, "MG402", "MG405", "MG505");
    assertEquals(List.of(), found.stream().filter(l -> l.contains(" ERROR: ")).toList());
    assertEquals(2, found.size(), found.toString());
    assertEquals(true, found.stream().anyMatch(l -> l.contains("the key leaderElection.resourceName of the config file its flag"
        + " --config names sets it, and no ConfigMap in the manifests is mounted at that path, so it cannot be checked")), found.toString());
    assertEquals(true, found.stream().anyMatch(l -> l.contains("MG505 WARNING: cannot check the port the webhook Service leads to: the"
        + " key webhook.port of the config file its flag --config names")), found.toString());
  }
}
