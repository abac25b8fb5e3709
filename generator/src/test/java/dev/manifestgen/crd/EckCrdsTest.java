package dev.manifestgen.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.golang.GoModuleCache;
import dev.manifestgen.testing.Repo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CRDs of the test module's ECK 1.3.0 API packages carry the Elastic operator 1.3.0's facts:
 * names, versions (served, storage), printer columns, short names, categories, subresources and
 * the field trees of the storage version, two levels below spec and status (as the facts list them).
 */
class EckCrdsTest {
  private static final String COLUMNS_HNVA =
      "columns: health string .status.health; nodes integer .status.availableNodes; version string .status.version;"
          + " age date .metadata.creationTimestamp\n";
  private static final String SECURE_SETTINGS = """
        - secureSettings: array of object
          - entries: array of object
          - secretName: string
      """;
  private static final String HTTP = """
        - http: object
          - service: object
          - tls: object
      """;
  private static final String ES_REF = """
        - elasticsearchRef: object
          - name: string
          - namespace: string
      """;
  private static final String KB_REF = ES_REF.replace("elasticsearchRef", "kibanaRef");

  private static final List<String> EXPECTED = List.of(
      "apmservers.apm.k8s.elastic.co: group apm.k8s.elastic.co, kind ApmServer, plural apmservers, short [apm],"
          + " categories [elastic], scope Namespaced\n"
          + "versions: v1 served storage; v1beta1 served; v1alpha1 unserved\n"
          + COLUMNS_HNVA
          + "subresources: [status]\n"
          + "- spec\n"
          + "  - config: object\n"
          + "  - count: integer\n"
          + ES_REF + HTTP
          + "  - image: string\n"
          + KB_REF
          + "  - podTemplate: object\n"
          + SECURE_SETTINGS
          + "  - serviceAccountName: string\n"
          + "  - version: string\n"
          + "- status\n"
          + "  - availableNodes: integer\n"
          + "  - elasticsearchAssociationStatus: string\n"
          + "  - health: string\n"
          + "  - kibanaAssociationStatus: string\n"
          + "  - secretTokenSecret: string\n"
          + "  - service: string\n"
          + "  - version: string\n",
      "beats.beat.k8s.elastic.co: group beat.k8s.elastic.co, kind Beat, plural beats, short [beat],"
          + " categories [elastic], scope Namespaced\n"
          + "versions: v1beta1 served storage\n"
          + "columns: health string .status.health; available integer .status.availableNodes;"
          + " expected integer .status.expectedNodes; type string .spec.type; version string .status.version;"
          + " age date .metadata.creationTimestamp\n"
          + "subresources: [status]\n"
          + "- spec\n"
          + "  - config: object\n"
          + "  - configRef: object\n"
          + "    - secretName: string\n"
          + "  - daemonSet: object\n"
          + "  - deployment: object\n"
          + "    - replicas: integer\n"
          + "    - strategy: object\n"
          + ES_REF
          + "  - image: string\n"
          + KB_REF
          + SECURE_SETTINGS
          + "  - serviceAccountName: string\n"
          + "  - type: string\n"
          + "  - version: string\n"
          + "- status\n"
          + "  - availableNodes: integer\n"
          + "  - elasticsearchAssociationStatus: string\n"
          + "  - expectedNodes: integer\n"
          + "  - health: string\n"
          + "  - kibanaAssociationStatus: string\n"
          + "  - version: string\n",
      "elasticsearches.elasticsearch.k8s.elastic.co: group elasticsearch.k8s.elastic.co, kind Elasticsearch,"
          + " plural elasticsearches, short [es], categories [elastic], scope Namespaced\n"
          + "versions: v1 served storage; v1beta1 served; v1alpha1 unserved\n"
          + "columns: health string .status.health; nodes integer .status.availableNodes;"
          + " version string .status.version; phase string .status.phase; age date .metadata.creationTimestamp\n"
          + "subresources: [status]\n"
          + "- spec\n"
          + "  - auth: object\n"
          + "    - fileRealm: array of object\n"
          + "    - roles: array of object\n"
          + HTTP
          + "  - image: string\n"
          + "  - nodeSets: array of object\n"
          + "    - config: object\n"
          + "    - count: integer\n"
          + "    - name: string\n"
          + "    - podTemplate: object\n"
          + "    - volumeClaimTemplates: array of object\n"
          + "  - podDisruptionBudget: object\n"
          + "    - metadata: object\n"
          + "    - spec: object\n"
          + "  - remoteClusters: array of object\n"
          + "    - elasticsearchRef: object\n"
          + "    - name: string\n"
          + SECURE_SETTINGS
          + "  - serviceAccountName: string\n"
          + "  - transport: object\n"
          + "    - service: object\n"
          + "  - updateStrategy: object\n"
          + "    - changeBudget: object\n"
          + "  - version: string\n"
          + "- status\n"
          + "  - availableNodes: integer\n"
          + "  - health: string\n"
          + "  - phase: string\n"
          + "  - version: string\n",
      "enterprisesearches.enterprisesearch.k8s.elastic.co: group enterprisesearch.k8s.elastic.co,"
          + " kind EnterpriseSearch, plural enterprisesearches, short [ent], categories [elastic], scope Namespaced\n"
          + "versions: v1beta1 served storage\n"
          + COLUMNS_HNVA
          + "subresources: [status]\n"
          + "- spec\n"
          + "  - config: object\n"
          + "  - configRef: object\n"
          + "    - secretName: string\n"
          + "  - count: integer\n"
          + ES_REF + HTTP
          + "  - image: string\n"
          + "  - podTemplate: object\n"
          + "  - serviceAccountName: string\n"
          + "  - version: string\n"
          + "- status\n"
          + "  - associationStatus: string\n"
          + "  - availableNodes: integer\n"
          + "  - health: string\n"
          + "  - service: string\n"
          + "  - version: string\n",
      "kibanas.kibana.k8s.elastic.co: group kibana.k8s.elastic.co, kind Kibana, plural kibanas, short [kb],"
          + " categories [elastic], scope Namespaced\n"
          + "versions: v1 served storage; v1beta1 served; v1alpha1 unserved\n"
          + COLUMNS_HNVA
          + "subresources: [status]\n"
          + "- spec\n"
          + "  - config: object\n"
          + "  - count: integer\n"
          + ES_REF + HTTP
          + "  - image: string\n"
          + "  - podTemplate: object\n"
          + SECURE_SETTINGS
          + "  - serviceAccountName: string\n"
          + "  - version: string\n"
          + "- status\n"
          + "  - associationStatus: string\n"
          + "  - availableNodes: integer\n"
          + "  - health: string\n"
          + "  - version: string\n");

  @Test
  void theFiveKindsCarryEck130sNamesVersionsColumnsAndFields() throws Exception {
    CrdGenerator.Result r = eckCrds();
    assertEquals(List.of(), r.warnings());
    List<String> actual = new ArrayList<>();
    for (GeneratedCrd crd : r.crds()) {
      actual.add(facts(crd.tree()));
    }
    assertEquals(String.join("\n", EXPECTED), String.join("\n", actual));
    assertEquals(List.of("apm.k8s.elastic.co_apmservers.yaml", "beat.k8s.elastic.co_beats.yaml",
        "elasticsearch.k8s.elastic.co_elasticsearches.yaml", "enterprisesearch.k8s.elastic.co_enterprisesearches.yaml",
        "kibana.k8s.elastic.co_kibanas.yaml"), r.crds().stream().map(GeneratedCrd::fileName).toList());
  }

  /** The test module's CRDs with the project's settings (config/crds.yaml), as generate --all makes them. */
  private static CrdGenerator.Result eckCrds() throws Exception {
    return CrdGenerator.generate(Repo.root().resolve("generator/src/test/resources/gosrc/eck-1.3.0"),
        GoModuleCache.fromEnvironment(), CrdSettings.read(Repo.root().resolve("config/crds.yaml"), "config/crds.yaml"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void keptVersionsHaveAnObjectSchemaAndPodTemplatesStayOpenUnderTheApplyAnnotationLimit() throws Exception {
    for (GeneratedCrd crd : eckCrds().crds()) {
      Map<String, Object> spec = (Map<String, Object>) crd.tree().get("spec");
      for (Map<String, Object> v : (List<Map<String, Object>>) spec.get("versions")) {
        if (v.get("name").equals("v1alpha1")) {
          assertEquals(Map.of("openAPIV3Schema", Map.of("type", "object")), v.get("schema"), crd.fileName());
        }
      }
      // kubectl apply stores the object as compact JSON in an annotation of at most 262,144 bytes
      int json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(crd.tree()).length;
      assertTrue(json < 262_144, crd.fileName() + ": " + json + " bytes as JSON");
    }
    Map<String, Object> es = eckCrds().crds().stream().filter(c -> c.fileName().startsWith("elasticsearch"))
        .findFirst().orElseThrow().tree();
    Map<String, Object> v1 = ((List<Map<String, Object>>) ((Map<String, Object>) es.get("spec")).get("versions")).get(0);
    Object podTemplate = dig(v1, "schema", "openAPIV3Schema", "properties", "spec", "properties", "nodeSets", "items",
        "properties", "podTemplate");
    assertEquals(Map.of("description", "PodTemplate is merged into the pods' template.", "type", "object",
        "x-kubernetes-preserve-unknown-fields", true), podTemplate);
    Object claims = dig(v1, "schema", "openAPIV3Schema", "properties", "spec", "properties", "nodeSets", "items",
        "properties", "volumeClaimTemplates", "items", "properties", "spec", "properties", "resources", "properties",
        "requests", "additionalProperties", "x-kubernetes-int-or-string");
    assertEquals(true, claims, "a PersistentVolumeClaim is expanded from k8s.io/api");
    Map<String, Object> ports = (Map<String, Object>) dig(v1, "schema", "openAPIV3Schema", "properties", "spec",
        "properties", "http", "properties", "service", "properties", "spec", "properties", "ports");
    assertEquals("map", ports.get("x-kubernetes-list-type"), "k8s.io/api's +listType marker is read");
    assertEquals(List.of("port", "protocol"), ports.get("x-kubernetes-list-map-keys"));
    assertEquals("TCP", dig(ports, "items", "properties", "protocol", "default"),
        "a list-map key must be required or defaulted for the API server to take the CRD");
    assertEquals(Map.of("type", "object"), dig(v1, "schema", "openAPIV3Schema", "properties", "metadata"),
        "the object's own metadata has no schema");
    assertEquals(Map.of("additionalProperties", Map.of("type", "string"), "type", "object"), dig(v1, "schema",
        "openAPIV3Schema", "properties", "spec", "properties", "http", "properties", "service", "properties", "metadata",
        "properties", "annotations"), "generateEmbeddedObjectMeta: a Service template's annotations are not pruned");
  }

  @SuppressWarnings("unchecked")
  private static Object dig(Map<String, Object> from, String... keys) {
    Object at = from;
    for (String k : keys) {
      at = ((Map<String, Object>) at).get(k);
    }
    return at;
  }

  /** A CRD's facts in the expected table's notation. */
  @SuppressWarnings("unchecked")
  private static String facts(Map<String, Object> crd) {
    Map<String, Object> spec = (Map<String, Object>) crd.get("spec");
    Map<String, Object> names = (Map<String, Object>) spec.get("names");
    StringBuilder out = new StringBuilder();
    out.append(((Map<String, Object>) crd.get("metadata")).get("name")).append(": group ").append(spec.get("group"))
        .append(", kind ").append(names.get("kind")).append(", plural ").append(names.get("plural"))
        .append(", short ").append(names.get("shortNames")).append(", categories ").append(names.get("categories"))
        .append(", scope ").append(spec.get("scope")).append('\n');
    List<String> versions = new ArrayList<>();
    Map<String, Object> storage = null;
    for (Map<String, Object> v : (List<Map<String, Object>>) spec.get("versions")) {
      boolean served = (Boolean) v.get("served");
      boolean stored = (Boolean) v.get("storage");
      versions.add(v.get("name") + (served ? " served" : " unserved") + (stored ? " storage" : ""));
      if (stored) {
        storage = v;
      }
    }
    out.append("versions: ").append(String.join("; ", versions)).append('\n');
    List<String> columns = new ArrayList<>();
    for (Map<String, Object> c : (List<Map<String, Object>>) storage.get("additionalPrinterColumns")) {
      columns.add(c.get("name") + " " + c.get("type") + " " + c.get("jsonPath"));
    }
    out.append("columns: ").append(String.join("; ", columns)).append('\n');
    out.append("subresources: ").append(((Map<String, Object>) storage.get("subresources")).keySet()).append('\n');
    Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) storage.get("schema")).get("openAPIV3Schema");
    Map<String, Object> top = (Map<String, Object>) root.get("properties");
    for (String part : List.of("spec", "status")) {
      out.append("- ").append(part).append('\n');
      tree(out, (Map<String, Object>) top.get(part), "  ", 2);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void tree(StringBuilder out, Map<String, Object> schema, String indent, int depth) {
    Map<String, Object> node = "array".equals(schema.get("type")) ? (Map<String, Object>) schema.get("items") : schema;
    Map<String, Object> properties = (Map<String, Object>) node.get("properties");
    if (depth == 0 || properties == null) {
      return;
    }
    for (String name : new java.util.TreeSet<>(properties.keySet())) {
      Map<String, Object> p = (Map<String, Object>) properties.get(name);
      out.append(indent).append("- ").append(name).append(": ").append(typeOf(p)).append('\n');
      tree(out, p, indent + "  ", depth - 1);
    }
  }

  @SuppressWarnings("unchecked")
  private static String typeOf(Map<String, Object> schema) {
    return "array".equals(schema.get("type")) ? "array of " + typeOf((Map<String, Object>) schema.get("items"))
        : String.valueOf(schema.get("type"));
  }
}
