package dev.manifestgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.testing.EckLogHint;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.Values;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installation is laid out as the Elastic operator 1.3.0's own (DESIGN.md, "ECK 1.3.0's own
 * installation"), so that applying it over theirs updates their objects in place.
 */
class EckInstallationTest {
  static ValuesLoader loader;
  static Renderer renderer;

  @BeforeAll
  static void setUp() throws Exception {
    var root = Repo.root();
    ValueDefinitions definitions = ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml");
    loader = new ValuesLoader(definitions, root.resolve("config/profiles"), "config/profiles");
    renderer = new Renderer(ParsedTemplates.parse(TemplateSet.load(root.resolve("templates"), "templates"), definitions),
        ChartMetadata.load(root.resolve("config/chart.yaml"), "config/chart.yaml"));
  }

  private static List<Map<String, Object>> render(String release, List<String> profiles, String... sets) throws Exception {
    Values values = loader.load(new ValuesRequest(profiles, List.of(), List.of(sets), List.of()));
    List<Map<String, Object>> objects = new ArrayList<>();
    for (RenderedDocument d : renderer.render(values, new Release(release, "elastic-system"))) {
      objects.add(d.object());
    }
    return objects;
  }

  private static Set<String> keys(List<Map<String, Object>> objects) {
    Set<String> keys = new TreeSet<>();
    for (Map<String, Object> o : objects) {
      keys.add(o.get("kind") + " " + Manifests.get(o, "metadata.name"));
    }
    return keys;
  }

  @Test
  void releaseElasticOperatorGivesTheObjectsOfTheOperatorsOwnInstallation() throws Exception {
    List<Map<String, Object>> objects = render("elastic-operator", List.of("all-in-one"));
    assertTrue(keys(objects).containsAll(Set.of("ServiceAccount elastic-operator", "ConfigMap elastic-operator",
        "StatefulSet elastic-operator", "Secret elastic-webhook-server-cert", "Service elastic-webhook-server",
        "ClusterRole elastic-operator", "ClusterRoleBinding elastic-operator", "ClusterRole elastic-operator-view",
        "ClusterRole elastic-operator-edit", "ValidatingWebhookConfiguration elastic-webhook.k8s.elastic.co")), keys(objects).toString());

    Map<String, Object> sts = Manifests.one(objects, "StatefulSet", "elastic-operator");
    assertEquals("elastic-operator", Manifests.get(sts, "spec.serviceName"));
    assertEquals(Map.of("app.kubernetes.io/name", "elastic-operator", "app.kubernetes.io/instance", "elastic-operator"),
        Manifests.get(sts, "spec.selector.matchLabels"), "a StatefulSet's selector never changes: it must be theirs");
    assertEquals(List.of("manager", "--config=/conf/eck.yaml", "--distribution-channel=all-in-one"),
        Manifests.get(sts, "spec.template.spec.containers[0].args"));
    Map<String, Object> port = map(Manifests.get(sts, "spec.template.spec.containers[0].ports[0]"));
    assertEquals("https-webhook", port.get("name"));
    assertEquals(9443L, port.get("containerPort"));
    List<String> env = new ArrayList<>();
    for (Object e : (List<?>) Manifests.get(sts, "spec.template.spec.containers[0].env")) {
      env.add((String) map(e).get("name"));
    }
    assertEquals(List.of("OPERATOR_NAMESPACE", "POD_IP", "WEBHOOK_SECRET"), env);
    assertEquals("elastic-webhook-server-cert", Manifests.get(sts, "spec.template.spec.containers[0].env[2].value"));
    assertEquals("metadata.namespace", Manifests.get(sts, "spec.template.spec.containers[0].env[0].valueFrom.fieldRef.fieldPath"));

    Map<String, Object> service = Manifests.one(objects, "Service", "elastic-webhook-server");
    assertEquals(Map.of("name", "https", "port", 443L, "targetPort", 9443L), Manifests.get(service, "spec.ports[0]"));
    Map<String, Object> config = Manifests.parse((String) map(Manifests.one(objects, "ConfigMap", "elastic-operator")
        .get("data")).get("eck.yaml")).get(0);
    assertEquals("elastic-webhook.k8s.elastic.co", config.get("webhook-name"));
    assertEquals("elastic-webhook-server-cert", config.get("webhook-secret"));
  }

  @Test
  void theChartAndGenerateWithoutAProfileReportHelmAsTheDistributionChannel() throws Exception {
    Map<String, Object> sts = Manifests.ofKind(render("elastic-operator", List.of()), "StatefulSet").get(0);
    assertEquals(List.of("manager", "--config=/conf/eck.yaml", "--distribution-channel=helm"),
        Manifests.get(sts, "spec.template.spec.containers[0].args"));
    Map<String, Object> none = Manifests.ofKind(render("elastic-operator", List.of(), "distributionChannel="), "StatefulSet").get(0);
    assertEquals(List.of("manager", "--config=/conf/eck.yaml"), Manifests.get(none, "spec.template.spec.containers[0].args"));
  }

  /** What ECK 1.3.0's +kubebuilder:webhook markers serve: kind short name, group, version, kind, plural. */
  static final List<String[]> SERVED = List.of(
      new String[] {"apm", "apm.k8s.elastic.co", "v1", "apmserver", "apmservers"},
      new String[] {"apm", "apm.k8s.elastic.co", "v1beta1", "apmserver", "apmservers"},
      new String[] {"beat", "beat.k8s.elastic.co", "v1beta1", "beat", "beats"},
      new String[] {"ent", "enterprisesearch.k8s.elastic.co", "v1beta1", "enterprisesearch", "enterprisesearches"},
      new String[] {"es", "elasticsearch.k8s.elastic.co", "v1", "elasticsearch", "elasticsearches"},
      new String[] {"es", "elasticsearch.k8s.elastic.co", "v1beta1", "elasticsearch", "elasticsearches"},
      new String[] {"kb", "kibana.k8s.elastic.co", "v1", "kibana", "kibanas"},
      new String[] {"kb", "kibana.k8s.elastic.co", "v1beta1", "kibana", "kibanas"});

  @Test
  void everyWebhookTheOperatorServesHasAnEntryAtItsPath() throws Exception {
    Map<String, Object> config = Manifests.one(render("elastic-operator", List.of()), "ValidatingWebhookConfiguration",
        "elastic-webhook.k8s.elastic.co");
    List<?> webhooks = (List<?>) config.get("webhooks");
    assertEquals(SERVED.size(), webhooks.size());
    for (String[] s : SERVED) {
      String name = "elastic-" + s[0] + "-validation-" + s[2] + ".k8s.elastic.co";
      Map<String, Object> hook = webhooks.stream().map(EckInstallationTest::map).filter(h -> name.equals(h.get("name")))
          .findFirst().orElseThrow(() -> new AssertionError("no webhook " + name));
      assertEquals("/validate-" + s[1].replace('.', '-') + "-" + s[2] + "-" + s[3], Manifests.get(hook, "clientConfig.service.path"));
      assertEquals("elastic-webhook-server", Manifests.get(hook, "clientConfig.service.name"));
      assertEquals("elastic-system", Manifests.get(hook, "clientConfig.service.namespace"));
      assertEquals("Ignore", hook.get("failurePolicy"));
      assertEquals(Map.of("apiGroups", List.of(s[1]), "apiVersions", List.of(s[2]), "operations", List.of("CREATE", "UPDATE"),
          "resources", List.of(s[4])), Manifests.get(hook, "rules[0]"));
    }
  }

  @Test
  void viewAndEditRolesAggregateIntoTheBuiltInRoles() throws Exception {
    List<Map<String, Object>> objects = render("elastic-operator", List.of());
    Map<String, Object> view = Manifests.one(objects, "ClusterRole", "elastic-operator-view");
    Map<String, Object> edit = Manifests.one(objects, "ClusterRole", "elastic-operator-edit");
    Map<String, Object> viewLabels = map(Manifests.get(view, "metadata.labels"));
    Map<String, Object> editLabels = map(Manifests.get(edit, "metadata.labels"));
    for (String role : List.of("view", "edit", "admin")) {
      assertEquals("true", viewLabels.get("rbac.authorization.k8s.io/aggregate-to-" + role));
    }
    assertEquals(null, editLabels.get("rbac.authorization.k8s.io/aggregate-to-view"));
    assertEquals("true", editLabels.get("rbac.authorization.k8s.io/aggregate-to-edit"));
    assertEquals("true", editLabels.get("rbac.authorization.k8s.io/aggregate-to-admin"));
    Set<String> kinds = new HashSet<>();
    for (Object r : (List<?>) view.get("rules")) {
      assertEquals(List.of("get", "list", "watch"), map(r).get("verbs"));
      kinds.add(((List<?>) map(r).get("apiGroups")).get(0) + "/" + ((List<?>) map(r).get("resources")).get(0));
    }
    assertEquals(Set.of("elasticsearch.k8s.elastic.co/elasticsearches", "kibana.k8s.elastic.co/kibanas",
        "apm.k8s.elastic.co/apmservers", "enterprisesearch.k8s.elastic.co/enterprisesearches", "beat.k8s.elastic.co/beats"), kinds);
    for (Object r : (List<?>) edit.get("rules")) {
      assertEquals(List.of("create", "delete", "deletecollection", "patch", "update"), map(r).get("verbs"));
    }
  }

  @Test
  void theChecksumIsTheSha256OfTheConfigFileAndFollowsItsChanges() throws Exception {
    String before = null;
    for (String[] sets : List.of(new String[] {}, new String[] {"config.log-verbosity=1"},
        new String[] {"webhook.enabled=false"}, new String[] {"managedNamespaces={a,b}"})) {
      List<Map<String, Object>> objects = render("elastic-operator", List.of(), sets);
      String file = (String) map(Manifests.ofKind(objects, "ConfigMap").get(0).get("data")).get("eck.yaml");
      String checksum = (String) podAnnotations(objects).get("checksum/config");
      assertEquals(HelmFunctions.sha256sum(file), checksum, String.join(" ", sets));
      assertNotEquals(before, checksum, "a changed config file changes the checksum: " + String.join(" ", sets));
      before = checksum;
    }
  }

  @Test
  void generatePrintsEck130sLogHintByteForByte() {
    var r = dev.manifestgen.testing.Cli.run("generate", "--skip-crds");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains(EckLogHint.INDENTED), "the StatefulSet's pod annotation, as ECK 1.3.0 ships it");
  }

  @Test
  void theLogHintRenamesThroughATemporaryFieldBecauseFilebeatCannotRenameIntoAChild() throws Exception {
    String hint = (String) podAnnotations(render("elastic-operator", List.of())).get("co.elastic.logs/raw");
    JsonNode input = new ObjectMapper().readTree(hint).get(0);
    List<String> steps = new ArrayList<>();
    for (JsonNode processor : input.get("processors")) {
      JsonNode field = processor.get("convert").get("fields").get(0);
      steps.add(field.get("from").asText() + "->" + field.get("to").asText());
    }
    assertEquals(List.of("error->_error", "_error->error.message", "source->_source", "_source->event.source"), steps);
  }

  @Test
  void anotherReleaseNamesEveryObjectDifferently() throws Exception {
    Set<String> first = keys(render("elastic-operator", List.of()));
    Set<String> second = keys(render("eck", List.of()));
    Set<String> shared = new TreeSet<>(first);
    shared.retainAll(second);
    assertEquals(Set.of(), shared, "objects two installations would both own");
    assertTrue(second.containsAll(Set.of("Service eck-elastic-webhook-server", "Secret eck-elastic-webhook-server-cert",
        "ValidatingWebhookConfiguration eck-elastic-webhook.k8s.elastic.co", "ClusterRole eck-elastic-operator-view")), second.toString());
  }

  private static Map<String, Object> podAnnotations(List<Map<String, Object>> objects) {
    return map(Manifests.get(Manifests.ofKind(objects, "StatefulSet").get(0), "spec.template.metadata.annotations"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
