package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario: the generated CRDs install on the API server, which then accepts a sample object of
 * every kind in every served version (server-side dry run), keeps the free-form fields the
 * schemas preserve, and refuses what the schemas forbid: an unserved version, a missing required
 * field, a value too long.
 */
@ExtendWith(ClusterExtension.class)
class CrdsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CRDS = List.of("apmservers.apm.k8s.elastic.co", "beats.beat.k8s.elastic.co",
      "elasticsearches.elasticsearch.k8s.elastic.co", "enterprisesearches.enterprisesearch.k8s.elastic.co",
      "kibanas.kibana.k8s.elastic.co");

  private static final String ES_SPEC = """
      spec:
        version: 7.10.0
        http:
          service:
            metadata:
              annotations: {team: search}
          tls:
            selfSignedCertificate: {disabled: true}
        nodeSets:
        - name: default
          count: 1
          config:
            node.store.allow_mmap: false
          podTemplate:
            spec:
              containers:
              - name: elasticsearch
                resources: {limits: {memory: 2Gi}}
          volumeClaimTemplates:
          - metadata: {name: elasticsearch-data}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
      """;
  private static final String KB_SPEC = """
      spec:
        version: 7.10.0
        count: 1
        elasticsearchRef: {name: sample}
        config: {server.publicBaseUrl: "https://kibana.example.com"}
      """;
  private static final String APM_SPEC = """
      spec:
        version: 7.10.0
        count: 1
        elasticsearchRef: {name: sample}
        kibanaRef: {name: sample}
      """;

  /** Per kind and served version: the sample, and a field path (JSON pointer) the server must keep. */
  private record Sample(String apiVersion, String kind, String spec, String keptField) {}

  private static final List<Sample> SAMPLES = List.of(
      new Sample("elasticsearch.k8s.elastic.co/v1", "Elasticsearch", ES_SPEC, "/spec/nodeSets/0/config/node.store.allow_mmap"),
      new Sample("elasticsearch.k8s.elastic.co/v1beta1", "Elasticsearch", ES_SPEC,
          "/spec/nodeSets/0/podTemplate/spec/containers/0/resources/limits/memory"),
      new Sample("kibana.k8s.elastic.co/v1", "Kibana", KB_SPEC, "/spec/config/server.publicBaseUrl"),
      new Sample("kibana.k8s.elastic.co/v1beta1", "Kibana", KB_SPEC, "/spec/elasticsearchRef/name"),
      new Sample("apm.k8s.elastic.co/v1", "ApmServer", APM_SPEC, "/spec/kibanaRef/name"),
      new Sample("apm.k8s.elastic.co/v1beta1", "ApmServer", APM_SPEC, "/spec/count"),
      new Sample("beat.k8s.elastic.co/v1beta1", "Beat", """
          spec:
            type: filebeat
            version: 7.10.0
            elasticsearchRef: {name: sample}
            config:
              filebeat.inputs:
              - {type: container, paths: ["/var/log/containers/*.log"]}
            daemonSet:
              podTemplate:
                spec:
                  dnsPolicy: ClusterFirstWithHostNet
                  hostNetwork: true
          """, "/spec/daemonSet/podTemplate/spec/hostNetwork"),
      new Sample("enterprisesearch.k8s.elastic.co/v1beta1", "EnterpriseSearch", """
          spec:
            version: 7.10.0
            count: 1
            elasticsearchRef: {name: sample}
            config: {ent_search.external_url: "https://ent.example.com"}
          """, "/spec/config/ent_search.external_url"));

  @Test
  void theCrdsInstallAndEveryServedVersionAcceptsASample(Cluster cluster, @TempDir Path dir) throws IOException {
    installCrds(cluster);
    String namespace = Namespaces.unique("e2e-crds");
    Namespaces.ensure(cluster, namespace);
    for (Sample s : SAMPLES) {
      Path file = dir.resolve(s.kind() + "-" + s.apiVersion().replace('/', '-') + ".yaml");
      Files.writeString(file, "apiVersion: " + s.apiVersion() + "\nkind: " + s.kind() + "\nmetadata:\n  name: sample\n"
          + s.spec());
      Processes.Result r = cluster.kubectl("create", "--dry-run=server", "-o", "json", "-n", namespace, "-f",
          file.toString());
      assertTrue(r.ok(), () -> s.apiVersion() + " " + s.kind() + ": " + r.describe() + serverLog(cluster));
      JsonNode created = JSON.readTree(r.stdout());
      assertEquals(s.apiVersion(), created.path("apiVersion").asText());
      assertFalse(created.at(s.keptField()).isMissingNode(),
          () -> s.apiVersion() + " " + s.kind() + ": the server pruned " + s.keptField() + ": " + r.stdout());
    }
  }

  @Test
  void theServerRefusesWhatTheSchemasForbid(Cluster cluster, @TempDir Path dir) throws IOException {
    installCrds(cluster);
    String namespace = Namespaces.unique("e2e-crds");
    Namespaces.ensure(cluster, namespace);
    refused(cluster, dir, namespace, "elasticsearch.k8s.elastic.co/v1alpha1", "Elasticsearch", "spec: {version: 6.8.0}\n",
        "v1alpha1");
    refused(cluster, dir, namespace, "elasticsearch.k8s.elastic.co/v1", "Elasticsearch", "spec: {version: 7.10.0}\n",
        "spec.nodeSets");
    refused(cluster, dir, namespace, "beat.k8s.elastic.co/v1beta1", "Beat",
        "spec: {type: a-beat-type-longer-than-twenty, version: 7.10.0}\n", "spec.type");
  }

  @Test
  void helmShowsTheCrdsWithIncludeCrds(Cluster cluster) {
    Processes.Result r = cluster.helm("template", "eck", cluster.projectRoot().resolve("charts/eck-operator").toString(),
        "--include-crds");
    assertTrue(r.ok(), r::describe);
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^kind: CustomResourceDefinition\\nmetadata:\\n  name: (\\S+)$").matcher(r.stdout());
    while (m.find()) {
      names.add(m.group(1));
    }
    assertEquals(CRDS, names);
  }

  private static void installCrds(Cluster cluster) throws IOException {
    Path crds = cluster.projectRoot().resolve("config/crds");
    try (Stream<Path> files = Files.list(crds)) {
      assertEquals(CRDS.size(), files.count(), "config/crds holds one file per CRD");
    }
    Processes.Result apply = cluster.kubectl("apply", "-f", crds.toString());
    assertTrue(apply.ok(), () -> apply.describe() + serverLog(cluster));
    List<String> args = new ArrayList<>(List.of("wait", "--for", "condition=Established", "--timeout=60s"));
    CRDS.forEach(name -> args.add("crd/" + name));
    Processes.Result established = cluster.kubectl(args.toArray(String[]::new));
    assertTrue(established.ok(), established::describe);
  }

  /** The end of the local API server's log, for a failure's message. */
  private static String serverLog(Cluster cluster) {
    List<String> lines = cluster.logs().lines().toList();
    return "\n--- server log (last 60 lines)\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60),
        lines.size()));
  }

  private static void refused(Cluster cluster, Path dir, String namespace, String apiVersion, String kind, String spec,
      String expectedInError) throws IOException {
    Path file = dir.resolve("refused-" + kind + "-" + apiVersion.replace('/', '-') + ".yaml");
    Files.writeString(file, "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: refused\n" + spec);
    // --validate=false: the API server refuses, not kubectl's check against the schema it downloaded.
    Processes.Result r = cluster.kubectl("create", "--dry-run=server", "--validate=false", "-n", namespace, "-f",
        file.toString());
    assertFalse(r.ok(), () -> apiVersion + " " + kind + " was accepted: " + r.describe());
    assertTrue(r.stderr().contains(expectedInError), r::describe);
  }
}
