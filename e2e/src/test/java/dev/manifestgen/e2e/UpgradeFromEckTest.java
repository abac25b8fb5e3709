package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 7: the Elastic operator 1.3.0's own installation (release elastic-operator in
 * elastic-system) is upgraded in place to ours, by `helm upgrade` of its chart's release, by
 * `helm upgrade --install` after the documented adoption of its kubectl-applied objects, and by
 * `kubectl apply -f config/all-in-one.yaml`: every object it had is updated, not recreated (same
 * uid, the operator's certificate kept), and none is left behind: one webhook configuration.
 * ECK's cluster-wide names are fixed, so the three run one after another, each from a clean slate.
 */
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFromEckTest {
  private static final String NS = EckOwnInstallation.NAMESPACE;
  private static final String RELEASE = EckOwnInstallation.RELEASE;
  private static final String CERT_SECRET = "elastic-webhook-server-cert";
  private static final String WEBHOOK_CONFIGURATION = "elastic-webhook.k8s.elastic.co";
  private static final String WEBHOOK_SERVICE = "elastic-webhook-server";

  /** apiVersion of each kind an installation has, namespaced ones first. */
  private static final Map<String, String> NAMESPACED_KINDS = ordered("ServiceAccount", "v1", "Secret", "v1",
      "ConfigMap", "v1", "Service", "v1", "StatefulSet", "apps/v1", "Role", "rbac.authorization.k8s.io/v1",
      "RoleBinding", "rbac.authorization.k8s.io/v1");
  private static final Map<String, String> CLUSTER_KINDS = ordered("ClusterRole", "rbac.authorization.k8s.io/v1",
      "ClusterRoleBinding", "rbac.authorization.k8s.io/v1", "ValidatingWebhookConfiguration", "admissionregistration.k8s.io/v1");

  @Test
  @Order(1)
  void helmUpgradesTheReleaseOfTheOperatorsOwnChart(Cluster cluster, @TempDir Path dir) {
    clean(cluster);
    Path eckChart = EckOwnInstallation.chart(cluster.projectRoot(), dir.resolve("eck-operator"));
    ok(cluster.helm("install", RELEASE, eckChart.toString(), "-n", NS, "--create-namespace"));
    Map<String, String> before = operatorHasRun(cluster);
    List<String> keeping = objectsWereStoredAsV1alpha1(cluster);

    ok(cluster.helm("upgrade", RELEASE, chart(cluster), "-n", NS));
    assertUpgradedInPlace(cluster, Installations.manifest(cluster, RELEASE, NS), before);
    assertV1alpha1StillStored(cluster, keeping);
  }

  @Test
  @Order(2)
  void helmTakesOverTheOperatorsOwnAllInOneOnceItsObjectsAreAnnotated(Cluster cluster, @TempDir Path dir) throws IOException {
    clean(cluster);
    Path eckAllInOne = Files.writeString(dir.resolve("eck-all-in-one.yaml"), EckOwnInstallation.allInOne(cluster.projectRoot()));
    ok(cluster.kubectl("apply", "-f", eckAllInOne.toString()));
    Map<String, String> before = operatorHasRun(cluster);

    // What README.md tells the user to run: Helm adopts existing objects that name its release.
    for (List<String> objects : List.of(EckOwnInstallation.NAMESPACED, EckOwnInstallation.CLUSTER_SCOPED)) {
      List<String> namespace = objects == EckOwnInstallation.NAMESPACED ? List.of("-n", NS) : List.of();
      ok(cluster.kubectl(args(List.of("annotate", "--overwrite"), namespace, objects,
          List.of("meta.helm.sh/release-name=" + RELEASE, "meta.helm.sh/release-namespace=" + NS))));
      ok(cluster.kubectl(args(List.of("label", "--overwrite"), namespace, objects, List.of("app.kubernetes.io/managed-by=Helm"))));
    }
    ok(cluster.helm("upgrade", "--install", RELEASE, chart(cluster), "-n", NS));
    assertUpgradedInPlace(cluster, Installations.manifest(cluster, RELEASE, NS), before);
  }

  @Test
  @Order(3)
  void kubectlApplyOfTheAllInOneUpgradesTheOperatorsOwnAllInOne(Cluster cluster, @TempDir Path dir) throws IOException {
    clean(cluster);
    Path eckAllInOne = Files.writeString(dir.resolve("eck-all-in-one.yaml"), EckOwnInstallation.allInOne(cluster.projectRoot()));
    ok(cluster.kubectl("apply", "-f", eckAllInOne.toString()));
    Map<String, String> before = operatorHasRun(cluster);
    List<String> keeping = objectsWereStoredAsV1alpha1(cluster);
    // Without the kept version, the API server refuses the CRD: what keeping v1alpha1 is for.
    for (String crd : keeping) {
      Path without = dir.resolve(crd + "-without-v1alpha1.yaml");
      Files.writeString(without, withoutV1alpha1(cluster, crd));
      Processes.Result refused = cluster.kubectl("apply", "--dry-run=server", "-f", without.toString());
      assertFalse(refused.ok(), () -> crd + " without v1alpha1 was accepted: " + refused.describe());
      assertTrue(refused.stderr().contains("storedVersions"), refused::describe);
    }

    Path ours = cluster.projectRoot().resolve("config/all-in-one.yaml");
    ok(cluster.kubectl("apply", "-f", ours.toString()));
    assertUpgradedInPlace(cluster, Files.readString(ours), before);
    assertV1alpha1StillStored(cluster, keeping);
  }

  private static String chart(Cluster cluster) {
    return cluster.projectRoot().resolve("charts/eck-operator").toString();
  }

  /**
   * Fills the webhook certificate Secret as the running operator does, and returns the uid of every
   * object of the installation, by "Kind/name".
   */
  private static Map<String, String> operatorHasRun(Cluster cluster) {
    cluster.admin().secrets().inNamespace(NS).withName(CERT_SECRET).edit(s -> {
      s.setData(Map.of("tls.crt", base64("certificate"), "tls.key", base64("key")));
      return s;
    });
    Map<String, String> uids = new TreeMap<>();
    for (Map.Entry<String, GenericKubernetesResource> e : installationObjects(cluster).entrySet()) {
      uids.put(e.getKey(), e.getValue().getMetadata().getUid());
    }
    assertEquals(EckOwnInstallation.NAMESPACED.size() + EckOwnInstallation.CLUSTER_SCOPED.size(), uids.size(),
        "ECK's installation is in place: " + uids.keySet());
    return uids;
  }

  private static void assertUpgradedInPlace(Cluster cluster, String ourManifest, Map<String, String> before) {
    Map<String, Map<String, Object>> ours = new TreeMap<>();
    for (Map<String, Object> d : RenderedInstallation.documents(ourManifest)) {
      String kind = (String) d.get("kind");
      if (NAMESPACED_KINDS.containsKey(kind) || CLUSTER_KINDS.containsKey(kind)) {
        ours.put(kind + "/" + RenderedInstallation.map(d.get("metadata")).get("name"), d);
      }
    }
    Map<String, GenericKubernetesResource> found = installationObjects(cluster);

    Set<String> orphans = new TreeSet<>(found.keySet());
    orphans.removeAll(ours.keySet());
    assertEquals(Set.of(), orphans, "objects of the installation that the new one does not have");
    Set<String> missing = new TreeSet<>(ours.keySet());
    missing.removeAll(found.keySet());
    assertEquals(Set.of(), missing, "objects of the new installation not on the server");
    for (Map.Entry<String, String> e : before.entrySet()) {
      GenericKubernetesResource now = found.get(e.getKey());
      assertNotNull(now, e.getKey() + " of ECK's installation is still there");
      assertEquals(e.getValue(), now.getMetadata().getUid(), e.getKey() + " is updated in place, not recreated");
    }

    List<String> configurations = new ArrayList<>();
    for (GenericKubernetesResource c : cluster.admin().genericKubernetesResources("admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration").list().getItems()) {
      // Other installations may run in elastic-system too (CanITest's all-in-one profile): theirs call their own Service.
      if (webhooks(c).stream().anyMatch(w -> NS.equals(path(w, "clientConfig", "service", "namespace"))
          && WEBHOOK_SERVICE.equals(path(w, "clientConfig", "service", "name")))) {
        configurations.add(c.getMetadata().getName());
      }
    }
    assertEquals(List.of(WEBHOOK_CONFIGURATION), configurations, "one webhook configuration calls the operator's Service");
    Map<String, Object> served = new TreeMap<>();
    webhooks(found.get("ValidatingWebhookConfiguration/" + WEBHOOK_CONFIGURATION))
        .forEach(w -> served.put((String) w.get("name"), path(w, "clientConfig", "service", "path")));
    Map<String, Object> expected = new TreeMap<>();
    RenderedInstallation.list(ours.get("ValidatingWebhookConfiguration/" + WEBHOOK_CONFIGURATION).get("webhooks")).stream()
        .map(RenderedInstallation::map).forEach(w -> expected.put((String) w.get("name"), path(w, "clientConfig", "service", "path")));
    assertEquals(expected, served, "the webhooks are ours");

    var secret = cluster.admin().secrets().inNamespace(NS).withName(CERT_SECRET).get();
    assertEquals(base64("certificate"), secret.getData().get("tls.crt"), "the operator's certificate survives the upgrade");
    var statefulSet = cluster.admin().apps().statefulSets().inNamespace(NS).withName("elastic-operator").get();
    Object ourChecksum = path(ours.get("StatefulSet/elastic-operator"), "spec", "template", "metadata", "annotations", "checksum/config");
    assertNotNull(ourChecksum);
    assertEquals(ourChecksum, statefulSet.getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config"),
        "the operator's pods roll to the new template");
  }

  /**
   * The objects on the server that belong to the installation: named as ECK's, or labelled with its
   * instance, in the namespace or cluster-wide, by "Kind/name".
   */
  private static Map<String, GenericKubernetesResource> installationObjects(Cluster cluster) {
    Set<String> eckNames = new TreeSet<>();
    for (String o : concat(EckOwnInstallation.NAMESPACED, EckOwnInstallation.CLUSTER_SCOPED)) {
      eckNames.add(o.substring(o.indexOf('/') + 1));
    }
    Map<String, GenericKubernetesResource> found = new TreeMap<>();
    for (boolean namespaced : new boolean[] {true, false}) {
      for (Map.Entry<String, String> kind : (namespaced ? NAMESPACED_KINDS : CLUSTER_KINDS).entrySet()) {
        var resources = cluster.admin().genericKubernetesResources(kind.getValue(), kind.getKey());
        var items = namespaced ? resources.inNamespace(NS).list().getItems() : resources.list().getItems();
        for (GenericKubernetesResource r : items) {
          Map<String, String> labels = r.getMetadata().getLabels() == null ? Map.of() : r.getMetadata().getLabels();
          if (eckNames.contains(r.getMetadata().getName()) || RELEASE.equals(labels.get("app.kubernetes.io/instance"))) {
            found.put(kind.getKey() + "/" + r.getMetadata().getName(), r);
          }
        }
      }
    }
    return found;
  }

  /**
   * As on a cluster that ran ECK before 1.0: every CRD that keeps v1alpha1 lists it in
   * status.storedVersions (set through the status subresource, as the API server records it). Returns
   * those CRDs' names.
   */
  private static List<String> objectsWereStoredAsV1alpha1(Cluster cluster) {
    List<String> keeping = new ArrayList<>();
    for (Map<String, Object> crd : RenderedInstallation.documents(EckOwnInstallation.allInOne(cluster.projectRoot()))) {
      if (!"CustomResourceDefinition".equals(crd.get("kind"))) {
        continue;
      }
      List<Object> versions = RenderedInstallation.list(path(crd, "spec", "versions"));
      boolean hasV1alpha1 = versions.stream().anyMatch(v -> "v1alpha1".equals(RenderedInstallation.map(v).get("name")));
      if (!hasV1alpha1) {
        continue;
      }
      String name = (String) path(crd, "metadata", "name");
      String storage = versions.stream().map(RenderedInstallation::map).filter(v -> Boolean.TRUE.equals(v.get("storage")))
          .map(v -> (String) v.get("name")).findFirst().orElseThrow();
      ok(cluster.kubectl("patch", "crd", name, "--subresource=status", "--type=merge", "-p",
          "{\"status\":{\"storedVersions\":[\"v1alpha1\",\"" + storage + "\"]}}"));
      keeping.add(name);
    }
    assertFalse(keeping.isEmpty(), "the installation has CRDs that keep v1alpha1");
    assertV1alpha1StillStored(cluster, keeping);
    return keeping;
  }

  private static void assertV1alpha1StillStored(Cluster cluster, List<String> crds) {
    for (String crd : crds) {
      Processes.Result r = cluster.kubectl("get", "crd", crd, "-o", "jsonpath={.status.storedVersions}");
      ok(r);
      assertTrue(r.stdout().contains("\"v1alpha1\""), () -> crd + " storedVersions: " + r.stdout());
      Processes.Result v = cluster.kubectl("get", "crd", crd, "-o", "jsonpath={.spec.versions[*].name}");
      ok(v);
      assertTrue(List.of(v.stdout().trim().split(" ")).contains("v1alpha1"), () -> crd + " versions: " + v.stdout());
    }
  }

  /** The committed CRD as the server has it, its v1alpha1 version removed (for a server-side dry run). */
  private static String withoutV1alpha1(Cluster cluster, String crd) throws IOException {
    String allInOne = Files.readString(cluster.projectRoot().resolve("config/all-in-one.yaml"));
    for (Map<String, Object> doc : RenderedInstallation.documents(allInOne)) {
      if ("CustomResourceDefinition".equals(doc.get("kind")) && crd.equals(path(doc, "metadata", "name"))) {
        Map<String, Object> spec = new LinkedHashMap<>(RenderedInstallation.map(doc.get("spec")));
        spec.put("versions", RenderedInstallation.list(spec.get("versions")).stream()
            .filter(v -> !"v1alpha1".equals(RenderedInstallation.map(v).get("name"))).toList());
        Map<String, Object> copy = new LinkedHashMap<>(doc);
        copy.put("spec", spec);
        return new org.yaml.snakeyaml.Yaml().dump(copy);
      }
    }
    throw new AssertionError(crd + " is not in config/all-in-one.yaml");
  }

  /** Removes what an earlier scenario (or InstallTest) installed as release elastic-operator; the namespace stays. */
  private static void clean(Cluster cluster) {
    if (cluster.helm("status", RELEASE, "-n", NS).ok()) {
      ok(cluster.helm("uninstall", RELEASE, "-n", NS));
    }
    Namespaces.ensure(cluster, NS);
    List<String> leftovers = installationObjects(cluster).keySet().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
    if (!leftovers.isEmpty()) {
      ok(cluster.kubectl(args(List.of("delete", "--ignore-not-found", "-n", NS), leftovers)));
    }
    assertEquals(Map.of(), installationObjects(cluster), "a clean slate");
  }

  private static List<Map<String, Object>> webhooks(GenericKubernetesResource configuration) {
    return RenderedInstallation.list(configuration.getAdditionalProperties().get("webhooks")).stream()
        .map(RenderedInstallation::map).toList();
  }

  private static Object path(Map<String, Object> root, String... keys) {
    Object v = root;
    for (String k : keys) {
      v = RenderedInstallation.map(v).get(k);
    }
    return v;
  }

  private static void ok(Processes.Result result) {
    assertTrue(result.ok(), result::describe);
  }

  @SafeVarargs
  private static String[] args(List<String>... parts) {
    return concat(parts).toArray(String[]::new);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> p : parts) {
      all.addAll(p);
    }
    return all;
  }

  private static Map<String, String> ordered(String... kindsAndVersions) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kindsAndVersions.length; i += 2) {
      m.put(kindsAndVersions[i], kindsAndVersions[i + 1]);
    }
    return m;
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
