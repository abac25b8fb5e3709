package dev.manifestgen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.ServedKind;
import dev.manifestgen.contract.Webhook;
import dev.manifestgen.contract.WebhookServer;
import dev.manifestgen.testing.Contracts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MG504-MG506 on a small installation: one operator pod, its webhook Service and configuration, one CRD. */
class ServingRulesTest {
  static final OperatorContract ECK = Contracts.read(Contracts.ECK_130);
  static final Webhook ES = new Webhook("elastic-es-validation-v1.k8s.elastic.co",
      "/validate-elasticsearch-k8s-elastic-co-v1-elasticsearch", false, "Ignore", null,
      List.of("elasticsearch.k8s.elastic.co"), List.of("v1"), List.of("elasticsearches"), List.of("CREATE", "UPDATE"));
  static final Webhook KB = new Webhook("elastic-kb-validation-v1.k8s.elastic.co", "/validate-kibana-k8s-elastic-co-v1-kibana",
      false, "Ignore", null, List.of("kibana.k8s.elastic.co"), List.of("v1"), List.of("kibanas"), List.of("CREATE", "UPDATE"));
  static final ServedKind ELASTICSEARCH = new ServedKind("elasticsearch.k8s.elastic.co", "Elasticsearch", "elasticsearches",
      "Namespaced", List.of("v1", "v1beta1"), "v1");

  static final String INSTALLATION = """
      apiVersion: v1
      kind: Service
      metadata: {name: webhook, namespace: ops}
      spec:
        ports: [{name: https, port: 443, targetPort: 9443}]
        selector: {app: op}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: op, namespace: ops}
      spec:
        replicas: 1
        serviceName: op
        selector: {matchLabels: {app: op}}
        template:
          metadata: {labels: {app: op}}
          spec:
            containers:
            - name: manager
              image: op:1
              args: [manager, --enable-webhook=true, --enable-leader-election=false]
              ports: [{name: https-webhook, containerPort: 9443}]
      ---
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingWebhookConfiguration
      metadata: {name: hooks}
      webhooks:
      - name: elastic-es-validation-v1.k8s.elastic.co
        clientConfig:
          service: {name: webhook, namespace: ops, path: /validate-elasticsearch-k8s-elastic-co-v1-elasticsearch}
        sideEffects: None
        admissionReviewVersions: [v1]
        rules:
        - {apiGroups: [elasticsearch.k8s.elastic.co], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [elasticsearches]}
      - name: elastic-kb-validation-v1.k8s.elastic.co
        clientConfig:
          service: {name: webhook, namespace: ops, path: /validate-kibana-k8s-elastic-co-v1-kibana}
        sideEffects: None
        admissionReviewVersions: [v1]
        rules:
        - {apiGroups: [kibana.k8s.elastic.co], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [kibanas]}
      ---
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: elasticsearches.elasticsearch.k8s.elastic.co}
      spec:
        group: elasticsearch.k8s.elastic.co
        names: {kind: Elasticsearch, plural: elasticsearches, singular: elasticsearch, listKind: ElasticsearchList}
        scope: Namespaced
        versions:
        - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
        - {name: v1beta1, served: true, storage: false, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
      """;

  static OperatorContract serving(WebhookServer server, List<Webhook> webhooks, List<ServedKind> kinds) {
    return new OperatorContract(ECK.operator(), ECK.source(), ECK.configFlag(), ECK.namespacesFlag(), ECK.flags(), ECK.env(),
        ECK.environment(), ECK.leaderElection(), List.of(), server, webhooks, kinds);
  }

  static final OperatorContract SERVES = serving(new WebhookServer(9443, null), List.of(ES, KB), List.of(ELASTICSEARCH));

  static List<String> findings(String yaml, OperatorContract contract, Set<String> crdsInstalled) {
    try {
      ManifestSet set = new ManifestSet(ManifestLoader.parse(yaml, "t.yaml"));
      return Validator.validate(new ValidationContext(set, contract, crdsInstalled), Validator.Options.DEFAULT).stream()
          .filter(f -> f.rule().startsWith("MG50") && !f.rule().equals("MG503")).map(Finding::human).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static List<String> findings(String yaml) {
    return findings(yaml, SERVES, Set.of());
  }

  static String replace(String text, String from, String to) {
    assertTrue(text.contains(from), "fixture lost: " + from);
    return text.replace(from, to);
  }

  @Test
  void anInstallationThatReachesEverythingTheOperatorServesHasNoFinding() {
    assertEquals(List.of(), findings(INSTALLATION));
  }

  @Test
  void aWebhookWithoutAnEntryIsOneFinding() {
    Webhook apm = new Webhook("elastic-apm-validation-v1.k8s.elastic.co", "/validate-apm-k8s-elastic-co-v1-apmserver", false,
        "Ignore", null, List.of("apm.k8s.elastic.co"), List.of("v1"), List.of("apmservers"), List.of("CREATE", "UPDATE"));
    assertEquals(List.of("t.yaml:28: error MG504 ValidatingWebhookConfiguration hooks webhooks: has no entry for "
        + "elastic-operator's validating webhook elastic-apm-validation-v1.k8s.elastic.co (/validate-apm-k8s-elastic-co-v1-"
        + "apmserver: groups [apm.k8s.elastic.co], versions [v1], resources [apmservers], operations [CREATE, UPDATE]): the "
        + "API server never calls it; add the entry."),
        findings(INSTALLATION, serving(new WebhookServer(9443, null), List.of(ES, KB, apm), List.of(ELASTICSEARCH)), Set.of()));
  }

  @Test
  void anEntryAtAPathTheOperatorDoesNotServe() {
    String wrongPath = replace(INSTALLATION, "path: /validate-kibana-k8s-elastic-co-v1-kibana}", "path: /validate-kibana}");
    List<String> found = findings(wrongPath);
    assertEquals(2, found.size(), String.join("\n", found));
    assertEquals("t.yaml:37: error MG504 ValidatingWebhookConfiguration hooks webhooks[1].clientConfig.service.path: calls "
        + "/validate-kibana, which elastic-operator does not serve (its webhooks: /validate-elasticsearch-k8s-elastic-co-v1-"
        + "elasticsearch, /validate-kibana-k8s-elastic-co-v1-kibana): every call would fail; point it at one of them or"
        + " remove the entry.", found.get(1));
  }

  @Test
  void anEntryForTheWrongOperations() {
    String createOnly = replace(INSTALLATION, "apiVersions: [v1], operations: [CREATE, UPDATE], resources: [kibanas]",
        "apiVersions: [v1], operations: [CREATE], resources: [kibanas]");
    assertEquals(List.of("t.yaml:41: error MG504 ValidatingWebhookConfiguration hooks webhooks[1].rules: covers groups "
        + "[kibana.k8s.elastic.co], versions [v1], resources [kibanas], operations [CREATE], but elastic-operator's webhook"
        + " at /validate-kibana-k8s-elastic-co-v1-kibana admits groups [kibana.k8s.elastic.co], versions [v1], resources"
        + " [kibanas], operations [CREATE, UPDATE]: write the rules the operator's webhook is for."), findings(createOnly));
  }

  /** The port generate refuses with the same sentence (the operator has no flag for it). */
  @Test
  void aServiceThatLeadsToAnotherPortThanTheFixedOne() {
    String port9444 = replace(replace(INSTALLATION, "targetPort: 9443", "targetPort: 9444"), "containerPort: 9443",
        "containerPort: 9444");
    assertEquals(List.of("t.yaml:5: error MG505 Service ops/webhook spec.ports[0].targetPort: leads to port 9444, but "
        + "elastic-operator has no flag for its webhook server's port: it always listens on 9443."), findings(port9444));
  }

  @Test
  void aNamedTargetPortIsFollowedToTheContainerPortAndTheFlagsValue() {
    String named = replace(replace(INSTALLATION, "targetPort: 9443", "targetPort: https-webhook"), "containerPort: 9443",
        "containerPort: 8443");
    assertEquals(List.of("t.yaml:22: error MG505 StatefulSet ops/op spec.template.spec.containers[0].ports[0].containerPort:"
        + " the webhook Service Service ops/webhook leads to port 8443, but elastic-operator has no flag for its webhook"
        + " server's port: it always listens on 9443."), findings(named));
    OperatorContract withFlag = serving(new WebhookServer(9443, "webhook-port"), List.of(ES, KB), List.of(ELASTICSEARCH));
    List<dev.manifestgen.contract.Flag> flags = new java.util.ArrayList<>(withFlag.flags());
    flags.add(new dev.manifestgen.contract.Flag("webhook-port", dev.manifestgen.contract.FlagType.INT, "9443", false));
    OperatorContract portFlag = new OperatorContract(withFlag.operator(), withFlag.source(), withFlag.configFlag(),
        withFlag.namespacesFlag(), flags, withFlag.env(), withFlag.environment(), withFlag.leaderElection(), List.of(),
        withFlag.webhookServer(), withFlag.webhooks(), withFlag.kinds());
    assertEquals(List.of(), findings(replace(named, "--enable-leader-election=false]",
        "--enable-leader-election=false, --webhook-port=8443]"), portFlag, Set.of()));
    assertEquals(List.of("t.yaml:22: error MG505 StatefulSet ops/op spec.template.spec.containers[0].ports[0].containerPort:"
        + " the webhook Service Service ops/webhook leads to port 8443, but the operator's webhook server listens on 9443"
        + " (the default of its flag webhook-port)."), findings(named, portFlag, Set.of()));
  }

  @Test
  void aServedKindWithoutItsCrdUnlessInstalledSeparately() {
    ServedKind kibana = new ServedKind("kibana.k8s.elastic.co", "Kibana", "kibanas", "Namespaced", List.of("v1"), "v1");
    OperatorContract withKibana = serving(new WebhookServer(9443, null), List.of(ES, KB), List.of(ELASTICSEARCH, kibana));
    assertEquals(List.of("t.yaml:10: error MG506 StatefulSet ops/op metadata.name: elastic-operator serves Kibana "
        + "(kibana.k8s.elastic.co v1), but no CustomResourceDefinition in the manifest defines it: the operator cannot"
        + " watch it. Add kibanas.kibana.k8s.elastic.co (generate --crds FILE), or when it is installed separately, say"
        + " so with validate --crd-installed kibanas.kibana.k8s.elastic.co (or --crds-installed for all)."), findings(INSTALLATION, withKibana, Set.of()));
    assertEquals(List.of(), findings(INSTALLATION, withKibana, Set.of("kibanas.kibana.k8s.elastic.co")));
    assertEquals(List.of(), findings(INSTALLATION, withKibana, Set.of("*")));
    String v1Only = replace(INSTALLATION, "\n  - {name: v1beta1, served: true,", "\n  - {name: v1beta1, served: false,");
    assertEquals(List.of("t.yaml:51: error MG506 CustomResourceDefinition elasticsearches.elasticsearch.k8s.elastic.co "
        + "spec.versions: does not serve v1beta1 of Elasticsearch, which elastic-operator serves: requests for it fail;"
        + " serve every version the operator does."), findings(v1Only));
  }
}
