package dev.manifestgen.validate;

import static dev.manifestgen.validate.RuleFixtures.GOOD_WORKLOAD;
import static dev.manifestgen.validate.RuleFixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MG1xx, MG2xx and MG6xx, each with a manifest that breaks it and the exact finding. */
class StructureAndReferenceRulesTest {
  @Test
  void theGoodWorkloadIsClean() {
    assertEquals(List.of(), findings(GOOD_WORKLOAD));
  }

  @Test
  void mg101UnknownFieldWithItsPath() {
    assertEquals(List.of("t.yaml:14: error MG101 StatefulSet ns/op spec.replicass: unknown field \"replicass\" for apps/v1 "
        + "StatefulSet in Kubernetes 1.20; kubectl and the API server reject it (check the spelling and the indentation)"),
        findings(GOOD_WORKLOAD.replace("  replicas: 1", "  replicass: 1"), "MG101"));
  }

  @Test
  void mg101WrongTypes() {
    assertEquals(List.of(
        "t.yaml:8: error MG101 ConfigMap ns/conf data[\"eck.yaml\"]: wrong type: expected a string, got the number 1 (quote it)",
        "t.yaml:14: error MG101 StatefulSet ns/op spec.replicas: wrong type: expected an integer, got the string \"one\""),
        findings(GOOD_WORKLOAD.replace("replicas: 1", "replicas: one").replace("{eck.yaml: \"a: 1\"}", "{eck.yaml: 1}"), "MG101"));
  }

  @Test
  void mg102RequiredFields() {
    assertEquals(List.of(
        "t.yaml:14: error MG102 StatefulSet ns/op spec.serviceName: missing required field \"serviceName\": kubectl refuses "
            + "the object without it",
        "t.yaml:24: error MG102 StatefulSet ns/op spec.template.spec.containers[0].ports[0].containerPort: missing required "
            + "field \"containerPort\": kubectl refuses the object without it"),
        findings(GOOD_WORKLOAD.replace("\n  serviceName: op\n", "\n").replace(", containerPort: 9443}", "}"), "MG102"));
  }

  @Test
  void mg103Duplicates() {
    String dup = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: op, namespace: ns}\n---\n"
        + "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: op, namespace: ns}\n";
    assertEquals(List.of("t.yaml:7: error MG103 ServiceAccount ns/op metadata.name: the same object as t.yaml document 1; "
        + "one would overwrite the other: rename one"), findings(dup, "MG103"));
  }

  @Test
  void mg104InvalidNamesAndLabels() {
    String bad = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: Op_1\n  namespace: ns\n  labels: {ok: \"a b\"}\n";
    assertEquals(List.of(
        "t.yaml:4: error MG104 ServiceAccount ns/Op_1 metadata.name: \"Op_1\" is not a valid name: use lower-case letters, "
            + "digits, '-' and '.', at most 253 characters, starting and ending alphanumeric",
        "t.yaml:6: error MG104 ServiceAccount ns/Op_1 metadata.labels[\"ok\"]: \"a b\" is not a valid label value: at most 63 "
            + "letters, digits, '-', '_' or '.', starting and ending alphanumeric"), findings(bad, "MG104"));
  }

  @Test
  void mg201MissingServiceAccount() {
    assertEquals(List.of("t.yaml:20: error MG201 StatefulSet ns/op spec.template.spec.serviceAccountName: ServiceAccount "
        + "ns/ghost is not in the manifest: pods cannot start without it; add it or create it first"),
        findings(GOOD_WORKLOAD.replace("serviceAccountName: op", "serviceAccountName: ghost"), "MG201"));
  }

  @Test
  void mg202RoleRefs() {
    String yaml = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: rb, namespace: ns}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: ghost}
        subjects: [{kind: ServiceAccount, name: op, namespace: ns}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: crb}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
        subjects: [{kind: ServiceAccount, name: op, namespace: ns}]
        """;
    assertEquals(List.of(
        "t.yaml:4: error MG202 RoleBinding ns/rb roleRef.name: Role ns/ghost does not exist: the binding grants nothing",
        "t.yaml:10: error MG202 ClusterRoleBinding crb roleRef.kind: a ClusterRoleBinding can only bind a ClusterRole, not a Role"),
        findings(yaml, "MG202"));
  }

  @Test
  void mg203AndMg206MissingConfigMapAndSecret() {
    String yaml = GOOD_WORKLOAD.replace("configMap: {name: conf}", "configMap: {name: other}")
        + "      - name: cert\n        secret: {secretName: cert}\n";
    assertEquals(List.of(
        "t.yaml:34: error MG203 StatefulSet ns/op spec.template.spec.volumes[0].configMap.name: ConfigMap ns/other is not in "
            + "the manifest: the pods will not start",
        "t.yaml:36: warning MG206 StatefulSet ns/op spec.template.spec.volumes[1].secret.secretName: Secret ns/cert is not in "
            + "the manifest: create it before the pods start"), findings(yaml, "MG203", "MG206"));
  }

  @Test
  void mg204WebhookServiceMustExistAndReachThePods() {
    String webhook = """
        ---
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata: {name: hook.example.com}
        webhooks:
        - name: a.example.com
          clientConfig: {service: {name: svc, namespace: ns, path: /v}}
          sideEffects: None
          admissionReviewVersions: [v1]
        """;
    assertEquals(List.of("t.yaml:41: error MG204 ValidatingWebhookConfiguration hook.example.com "
        + "webhooks[0].clientConfig.service: Service ns/svc is not in the manifest: the API server cannot call the webhook"),
        findings(GOOD_WORKLOAD + webhook, "MG204"));
    String service = """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: svc, namespace: ns}
        spec:
          selector: {app: op}
          ports: [{port: 443, targetPort: 8443}]
        """;
    assertEquals(List.of("t.yaml:41: error MG204 ValidatingWebhookConfiguration hook.example.com "
        + "webhooks[0].clientConfig.service: Service ns/svc selects no pod that listens on its target port: the webhook "
        + "calls would fail"), findings(GOOD_WORKLOAD + webhook + service, "MG204"));
    assertEquals(List.of(), findings(GOOD_WORKLOAD + webhook + service.replace("8443", "https"), "MG204"));
  }

  @Test
  void mg205SelectorsMustSelectPods() {
    String pdb = "---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: pdb, namespace: ns}\n"
        + "spec:\n  minAvailable: 1\n  selector: {matchLabels: {app: other}}\n";
    assertEquals(List.of("t.yaml:41: error MG205 PodDisruptionBudget ns/pdb spec.selector.matchLabels: selects no pod of any "
        + "workload in namespace ns: check the labels"), findings(GOOD_WORKLOAD + pdb, "MG205"));
  }

  @Test
  void mg60xSecurityBaselineWarnsAndStrictMakesErrors() {
    String weak = GOOD_WORKLOAD.replace("      securityContext: {runAsNonRoot: true}\n", "")
        .replace("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true")
        .replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false")
        .replace("capabilities: {drop: [ALL]}", "capabilities: {add: [NET_ADMIN]}")
        .replace("requests: {cpu: 100m, memory: 100Mi}", "requests: {cpu: 100m}");
    List<String> lines = findings(weak);
    assertEquals(List.of(
        "t.yaml:25: warning MG605 StatefulSet ns/op spec.template.spec.containers[0].resources.requests: set resources.requests.memory",
        "t.yaml:27: warning MG601 StatefulSet ns/op spec.template.spec.containers[0].securityContext.runAsNonRoot: set runAsNonRoot: true",
        "t.yaml:27: warning MG602 StatefulSet ns/op spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: "
            + "set allowPrivilegeEscalation: false",
        "t.yaml:28: warning MG603 StatefulSet ns/op spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem: "
            + "set readOnlyRootFilesystem: true",
        "t.yaml:29: warning MG604 StatefulSet ns/op spec.template.spec.containers[0].securityContext.capabilities.drop: drop ALL capabilities"),
        lines);
    assertEquals(5, findings(weak, new Validator.Options(Set.of(), true)).stream().filter(l -> l.contains(": error MG6")).count());
  }

  @Test
  void mg606Wildcards() {
    String role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\n"
        + "rules:\n- apiGroups: ['*']\n  resources: [pods]\n  verbs: ['*']\n";
    assertEquals(List.of(
        "t.yaml:5: warning MG606 ClusterRole r rules[0].apiGroups: '*' grants everything, present and future: list what is needed",
        "t.yaml:7: warning MG606 ClusterRole r rules[0].verbs: '*' grants everything, present and future: list what is needed"),
        findings(role, "MG606"));
  }

  @Test
  void rulesCanBeSwitchedOffPerRunAndPerObject() {
    String weak = GOOD_WORKLOAD.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
    assertEquals(1, findings(weak).size());
    assertEquals(List.of(), findings(weak, new Validator.Options(Set.of("MG603"), false)));
    String annotated = weak.replace("metadata: {name: op, namespace: ns, labels: {app: op}}",
        "metadata: {name: op, namespace: ns, labels: {app: op}, annotations: {manifest-gen.dev/skip-rules: \"MG601, MG603\"}}");
    assertEquals(List.of(), findings(annotated));
  }
}
