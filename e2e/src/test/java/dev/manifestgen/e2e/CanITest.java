package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario 6: manifest-gen's RBAC evaluator (can-i) against the real authorizer, for every profile:
 * each question gets the same answer from `manifest-gen can-i` and a SubjectAccessReview.
 */
@ExtendWith(ClusterExtension.class)
class CanITest {
  private static final List<String> VERBS = List.of("get", "list", "watch", "create", "update", "patch", "delete");

  /** group, resource, namespaced: what the operator needs, what its lock needs, and what it must not get. */
  private static final List<String[]> RESOURCES = List.of(
      new String[] {"", "configmaps", "ns"}, new String[] {"coordination.k8s.io", "leases", "ns"},
      new String[] {"", "events", "ns"}, new String[] {"", "secrets", "ns"}, new String[] {"", "pods", "ns"},
      new String[] {"apps", "statefulsets", "ns"}, new String[] {"policy", "poddisruptionbudgets", "ns"},
      new String[] {"elasticsearch.k8s.elastic.co", "elasticsearches", "ns"},
      new String[] {"rbac.authorization.k8s.io", "roles", "ns"},
      new String[] {"authorization.k8s.io", "subjectaccessreviews", ""}, new String[] {"", "nodes", ""},
      new String[] {"admissionregistration.k8s.io", "validatingwebhookconfigurations", ""});

  @ParameterizedTest(name = "profile {0}")
  @ValueSource(strings = {"all-in-one", "restricted", "ha"})
  void canIAgreesWithTheServer(String profile, Cluster cluster, @TempDir Path dir) throws IOException {
    ManifestGenCli manifestGen = new ManifestGenCli(cluster.projectRoot());
    String namespace = Namespaces.unique("e2e-cani");
    Path manifest = manifestGen.generate(dir.resolve(profile + ".yaml"), "--profile", profile, "-n", namespace,
        "--name", namespace, "--set", "kubeVersion=" + Installations.kubeVersion(cluster));
    String text = Files.readString(manifest);
    List<String> namespaces = Namespaces.ensureAllOf(cluster, text);
    Processes.Result apply = cluster.kubectl("apply", "-f", manifest.toString());
    assertTrue(apply.ok(), apply::describe);
    RenderedInstallation installation = RenderedInstallation.parse(text);
    String lockName = installation.election(Contracts.committed(cluster.projectRoot())).lockName();

    List<AccessQuestion> questions = questions(installation, namespaces, lockName);
    assertTrue(questions.size() >= 200, "a few hundred questions, got " + questions.size());
    Map<AccessQuestion, Boolean> server = new LinkedHashMap<>();
    questions.forEach(q -> server.put(q, serverAllows(cluster, q)));
    // The questions discriminate: the operator may update its lock, a ServiceAccount without grants may not.
    assertTrue(server.get(lockUpdate(installation, installation.serviceAccount(), lockName)), "operator updates its lock");
    assertFalse(server.get(lockUpdate(installation, "default", lockName)), "the default ServiceAccount may not");

    List<String> disagreements = new ArrayList<>();
    for (AccessQuestion question : questions) {
      Processes.Result canI = manifestGen.run(question.canIArgs(manifest.toString()).toArray(String[]::new));
      assertTrue(canI.exitCode() == 0 || canI.exitCode() == 1,
          () -> "manifest-gen can-i answers with exit 0 (yes) or 1 (no): " + canI.describe());
      boolean allowed = server.get(question);
      if (allowed != (canI.exitCode() == 0)) {
        disagreements.add(question + ": server " + (allowed ? "yes" : "no") + ", can-i " + (allowed ? "no" : "yes"));
      }
    }
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " of " + questions.size()
        + " answers differ:\n" + String.join("\n", disagreements.subList(0, Math.min(30, disagreements.size()))));
  }

  private static AccessQuestion lockUpdate(RenderedInstallation installation, String serviceAccount, String lockName) {
    return new AccessQuestion(installation.namespace(), serviceAccount, "update", "", "configmaps", lockName,
        installation.namespace());
  }

  /** Both the operator's ServiceAccount and one the manifest grants nothing, across namespaces and names. */
  private static List<AccessQuestion> questions(RenderedInstallation installation, List<String> namespaces, String lockName) {
    List<String> askedNamespaces = new ArrayList<>(namespaces);
    askedNamespaces.add("default");
    List<AccessQuestion> questions = new ArrayList<>();
    for (String serviceAccount : List.of(installation.serviceAccount(), "default")) {
      for (String[] r : RESOURCES) {
        boolean namespaced = !r[2].isEmpty();
        boolean lockResource = r[1].equals("configmaps") || r[1].equals("leases");
        List<String> names = lockResource ? java.util.Arrays.asList(null, lockName, "not-the-lock") : java.util.Collections.singletonList(null);
        for (String verb : VERBS) {
          for (String name : names) {
            for (String ns : namespaced ? askedNamespaces : java.util.Collections.<String>singletonList(null)) {
              questions.add(new AccessQuestion(installation.namespace(), serviceAccount, verb, r[0], r[1], name, ns));
            }
          }
        }
      }
    }
    return questions;
  }

  private static boolean serverAllows(Cluster cluster, AccessQuestion q) {
    SubjectAccessReview review = new SubjectAccessReviewBuilder().withNewSpec()
        .withUser(q.user())
        .withGroups("system:serviceaccounts", "system:serviceaccounts:" + q.serviceAccountNamespace(), "system:authenticated")
        .withNewResourceAttributes().withVerb(q.verb()).withGroup(q.group()).withResource(q.resource())
        .withName(q.name()).withNamespace(q.namespace()).endResourceAttributes()
        .endSpec().build();
    SubjectAccessReview answer = cluster.admin().authorization().v1().subjectAccessReview().create(review);
    return Boolean.TRUE.equals(answer.getStatus().getAllowed());
  }
}
