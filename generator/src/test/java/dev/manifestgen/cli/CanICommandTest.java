package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.rbac.Decision;
import dev.manifestgen.validate.rbac.RbacAuthorizer;
import dev.manifestgen.validate.rbac.Request;
import dev.manifestgen.validate.rbac.UserInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** can-i on the committed outputs and on bad input, and its agreement with the evaluator. */
class CanICommandTest {
  private static final String OPERATOR = "system:serviceaccount:elastic-system:elastic-operator";

  private static String allInOne() {
    return Repo.root().resolve(Project.ALL_IN_ONE).toString();
  }

  /** The line the all-in-one's first ClusterRoleBinding starts on (its apiVersion, just above its kind). */
  private static int firstBindingLine() {
    try {
      return Files.readAllLines(Path.of(allInOne())).indexOf("kind: ClusterRoleBinding");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Cli.Result canI(String... args) {
    List<String> all = new ArrayList<>(List.of("can-i", "--as", OPERATOR));
    all.addAll(List.of(args));
    all.addAll(List.of("-f", allInOne()));
    return Cli.run(all.toArray(String[]::new));
  }

  private static void yes(String... args) {
    Cli.Result r = canI(args);
    assertEquals(0, r.exit(), String.join(" ", args) + "\n" + r);
    assertEquals("yes\n", r.out(), r.toString());
  }

  private static void no(String... args) {
    Cli.Result r = canI(args);
    assertEquals(1, r.exit(), String.join(" ", args) + "\n" + r);
    assertEquals("no\n", r.out(), r.toString());
  }

  @Test
  void theOperatorMayUseItsLockAndWhatItManagesButNotMore() {
    yes("get", "configmaps/elastic-operator-leader", "-n", "elastic-system");
    yes("update", "configmap/elastic-operator-leader", "-n", "elastic-system");
    yes("create", "cm", "-n", "elastic-system");
    yes("create", "events", "-n", "elastic-system");
    // The ClusterRole grants configmaps everywhere, so the name-restricted Role is not what limits it.
    yes("update", "configmaps/some-other-config", "-n", "elastic-system");
    yes("delete", "secrets/x", "-n", "default");
    yes("list", "statefulsets.apps");
    yes("patch", "sts/es", "-n", "default");
    yes("create", "subjectaccessreviews.authorization.k8s.io");
    yes("update", "elasticsearches/es", "--subresource", "status", "-n", "default");
    yes("get", "kb/k", "-n", "default");
    yes("create", "selfsubjectaccessreviews.authorization.k8s.io");
    yes("get", "/apis/apps/v1");
    no("delete", "nodes");
    no("get", "leases.coordination.k8s.io/elastic-operator-leader", "-n", "elastic-system");
    no("update", "pods/p", "--subresource", "status", "-n", "default");
    no("create", "clusterrolebindings.rbac.authorization.k8s.io");
    no("*", "*");
    no("get", "/metrics");
    no("get", "widgets.example.com");
  }

  @Test
  void manifestsOnlyLeavesOutTheBootstrapPolicy() {
    no("create", "selfsubjectaccessreviews.authorization.k8s.io", "--manifests-only");
    no("get", "/apis", "--manifests-only");
    yes("get", "cm/elastic-operator-leader", "-n", "elastic-system", "--manifests-only");
  }

  @Test
  void explainSaysWhichBindingRoleAndRuleAllowedIt() {
    Cli.Result r = canI("create", "configmaps", "-n", "elastic-system", "--explain");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("yes\nallowed by ClusterRoleBinding \"elastic-operator\" of ClusterRole \"elastic-operator\" to "
        + "ServiceAccount \"elastic-system/elastic-operator\", rule 0: apiGroups [\"\"] resources [pods, endpoints, "
        + "events, persistentvolumeclaims, secrets, services, configmaps, serviceaccounts] verbs [get, list, watch, "
        + "create, update, patch, delete] [" + allInOne() + ":" + firstBindingLine() + "]\n", r.out());
    Cli.Result denied = canI("delete", "nodes", "--explain");
    assertEquals(1, denied.exit(), denied.toString());
    assertEquals("no\ndenied: no RBAC rule allows delete nodes (all namespaces) for " + OPERATOR + "; bindings that "
        + "apply: ClusterRoleBinding \"elastic-operator\" of ClusterRole \"elastic-operator\", 4 of the bootstrap policy "
        + "(Kubernetes 1.20)\n", denied.out());
  }

  @Test
  void aRoleBoundInTheLockNamespaceDecidesWhenItIsTheOnlyGrant(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(allInOne()));
    // Keep only the leader-election Role and its RoleBinding (drop the ClusterRoleBinding).
    StringBuilder kept = new StringBuilder();
    for (String doc : text.split("\n---\n")) {
      if (doc.contains("\nkind: Role\n") || doc.contains("\nkind: RoleBinding\n")) {
        kept.append("---\n").append(doc).append('\n');
      }
    }
    Files.writeString(dir.resolve("rbac.yaml"), kept.toString());
    String[] base = {"can-i", "--as", OPERATOR, "-f", dir.toString(), "-n", "elastic-system"};
    assertEquals(0, run(base, "update", "configmaps/elastic-operator-leader").exit());
    assertEquals(1, run(base, "update", "configmaps/another").exit());
    assertEquals(0, run(base, "create", "configmaps").exit());
    assertEquals(1, run(base, "list", "configmaps").exit());
    assertEquals(0, run(base, "patch", "events/e").exit());
    Cli.Result elsewhere = Cli.run("can-i", "--as", OPERATOR, "-f", dir.toString(), "-n", "default", "create", "configmaps");
    assertEquals(1, elsewhere.exit(), elsewhere.toString());
    Cli.Result explained = run(base, "get", "cm/elastic-operator-leader", "--explain");
    assertTrue(explained.out().contains("allowed by RoleBinding \"elastic-system/elastic-operator-leader-election\" of Role "
        + "\"elastic-operator-leader-election\" to ServiceAccount \"elastic-system/elastic-operator\", rule 0: "
        + "apiGroups [\"\"] resources [configmaps] resourceNames [elastic-operator-leader] verbs [get, update]"),
        explained.out());
  }

  private static Cli.Result run(String[] base, String verb, String resource, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.add(verb);
    all.add(resource);
    all.addAll(List.of(more));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void asGroupReplacesAServiceAccountsGroups() {
    Cli.Result r = Cli.run("can-i", "--as", "jane", "--as-group", "system:serviceaccounts:elastic-system", "get",
        "pods", "-f", allInOne());
    assertEquals(1, r.exit(), r.toString());
    Cli.Result sa = Cli.run("can-i", "--as", OPERATOR, "--as-group", "devs", "get", "pods", "-f", allInOne());
    assertEquals(0, sa.exit(), "the ServiceAccount is still named as a subject: " + sa);
  }

  @Test
  void badInputExitsTwoWithOneMessageNamingTheArgument() {
    Cli.Result sa = Cli.run("can-i", "--as", "system:serviceaccount:elastic-system", "get", "pods", "-f", allInOne());
    assertEquals(2, sa.exit(), sa.toString());
    assertEquals("error: --as system:serviceaccount:elastic-system: not a ServiceAccount user name; expected "
        + "system:serviceaccount:NAMESPACE:NAME with a valid namespace and name\n", sa.err());
    Cli.Result type = canI("get", "widgets");
    assertEquals(2, type.exit(), type.toString());
    assertEquals("error: RESOURCE widgets: unknown resource type \"widgets\"; give it fully qualified as TYPE.GROUP, "
        + "e.g. widgets.example.com (TYPE.v1. for the core group)\n", type.err());
    Cli.Result url = canI("get", "/healthz", "--subresource", "status");
    assertEquals(2, url.exit(), url.toString());
    assertTrue(url.err().startsWith("error: --subresource status:"), url.err());
    Cli.Result noFile = Cli.run("can-i", "--as", OPERATOR, "get", "pods");
    assertEquals(2, noFile.exit(), noFile.toString());
    assertTrue(noFile.err().contains("--filename"), noFile.err());
    Cli.Result missing = Cli.run("can-i", "--as", OPERATOR, "get", "pods", "-f", "no/such.yaml");
    assertEquals(2, missing.exit(), missing.toString());
    assertEquals("error: no/such.yaml: file not found\n", missing.err());
    Cli.Result noName = canI("get", "pods/");
    assertEquals(2, noName.exit(), noName.toString());
  }

  @Test
  void theManifestsCustomResourceDefinitionsAddTheirNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("widgets.yaml"), """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets, singular: widget, shortNames: [wd]}
          scope: Namespaced
          versions: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: widgets}
        rules:
        - {apiGroups: [example.com], resources: [widgets], verbs: [get]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: widgets}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: widgets}
        subjects: [{kind: User, name: jane}]
        """);
    for (String spelling : List.of("wd", "widget", "widgets", "Widgets.example.com")) {
      Cli.Result r = Cli.run("can-i", "--as", "jane", "get", spelling + "/w", "-n", "x", "-f", dir.toString());
      assertEquals(0, r.exit(), spelling + "\n" + r);
    }
    assertEquals(2, Cli.run("can-i", "--as", "jane", "get", "wd", "-f", allInOne()).exit(), "not without the CRD");
  }

  @Test
  void anUnknownVerbIsAskedWithAWarningAsKubectlDoes() {
    Cli.Result r = canI("frobnicate", "pods");
    assertEquals(1, r.exit(), r.toString());
    assertEquals("no\n", r.out());
    assertTrue(r.err().startsWith("warning: frobnicate is not a known verb (known: get, list, "), r.err());
    Cli.Result url = canI("list", "/apis");
    assertEquals(1, url.exit(), url.toString());
    assertTrue(url.err().startsWith("warning: list is not a known verb for a non-resource URL"), url.err());
    assertEquals("", canI("get", "pods").err());
  }

  @Test
  void aNamespaceMustBeANamespaceName() {
    Cli.Result r = canI("get", "pods", "-n", "Elastic_System");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --namespace Elastic_System: not a namespace name (lower case letters, digits and -)\n", r.err());
  }

  @Test
  void resourceArgumentsResolveAsKubectlDoes() {
    assertEquals(new ResourceTypes.Resolved("", "configmaps"), ResourceTypes.resolve("cm").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("", "configmaps"), ResourceTypes.resolve("ConfigMap").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("", "serviceaccounts"), ResourceTypes.resolve("sa").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("apps", "deployments"), ResourceTypes.resolve("deploy").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("apps", "statefulsets"), ResourceTypes.resolve("sts").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("policy", "poddisruptionbudgets"), ResourceTypes.resolve("pdb").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("apps", "deployments"), ResourceTypes.resolve("deployments.apps").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("apps", "deployments"), ResourceTypes.resolve("deployment.v1.apps").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("coordination.k8s.io", "leases"),
        ResourceTypes.resolve("leases.coordination.k8s.io").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("elasticsearch.k8s.elastic.co", "elasticsearches"),
        ResourceTypes.resolve("es").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("example.com", "widgets"), ResourceTypes.resolve("widgets.example.com").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("", "bindings"), ResourceTypes.resolve("bindings.v1.").orElseThrow());
    assertEquals(new ResourceTypes.Resolved("", "*"), ResourceTypes.resolve("*").orElseThrow());
    assertTrue(ResourceTypes.resolve("widgets").isEmpty());
  }

  /**
   * A few hundred questions, drawn with a fixed seed, over both committed outputs: can-i (which
   * resolves kubectl's names and parses its arguments) answers as the evaluator asked directly.
   */
  @Test
  void canIAndTheEvaluatorAgreeOnTheCommittedOutputs(@TempDir Path dir) throws Exception {
    Path chart = dir.resolve("chart-defaults.yaml");
    Cli.Result generated = Cli.run("generate", "-o", chart.toString());
    assertEquals(0, generated.exit(), generated.toString());
    Random random = new Random(20);
    String[] verbs = {"get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "escalate", "*"};
    String[] names = {"", "", "elastic-operator-leader", "other"};
    String[] namespaces = {"", "elastic-system", "elastic-system", "default"};
    String[] subresources = {"", "", "", "status", "finalizers", "log"};
    String[] users = {OPERATOR, OPERATOR, OPERATOR, "system:serviceaccount:default:default", "jane"};
    String[] urls = {"/api", "/apis/apps", "/healthz", "/metrics", "/version/", "/openid/v1/jwks", "/logs"};
    List<ResourceTypes.Type> types = ResourceTypes.all();
    int allowed = 0;
    int denied = 0;
    for (Path manifest : List.of(Path.of(allInOne()), chart)) {
      RbacAuthorizer evaluator = RbacAuthorizer.of(ManifestLoader.load(List.of(manifest), null));
      for (int i = 0; i < 200; i++) {
        String user = users[random.nextInt(users.length)];
        String verb = verbs[random.nextInt(verbs.length)];
        UserInfo info = UserInfo.impersonate(user, List.of());
        List<String> args = new ArrayList<>(List.of("can-i", "--as", user, verb));
        Request request;
        if (random.nextInt(8) == 0) {
          String url = urls[random.nextInt(urls.length)];
          args.add(url);
          request = Request.nonResource(info, verb, url);
        } else {
          ResourceTypes.Type type = types.get(random.nextInt(types.size()));
          String name = names[random.nextInt(names.length)];
          String ns = namespaces[random.nextInt(namespaces.length)];
          String sub = subresources[random.nextInt(subresources.length)];
          args.add(spelling(type, random) + (name.isEmpty() ? "" : "/" + name));
          if (!ns.isEmpty()) {
            args.addAll(List.of("-n", ns));
          }
          if (!sub.isEmpty()) {
            args.addAll(List.of("--subresource", sub));
          }
          request = Request.resource(info, verb, type.group(), type.plural(), sub, name, ns);
        }
        args.addAll(List.of("-f", manifest.toString()));
        Decision expected = evaluator.evaluate(request);
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(expected.allowed() ? "yes\n" : "no\n", r.out(), String.join(" ", args) + "\n" + r);
        assertEquals(expected.allowed() ? 0 : 1, r.exit(), String.join(" ", args) + "\n" + r);
        if (expected.allowed()) {
          allowed++;
        } else {
          denied++;
        }
      }
    }
    assertTrue(allowed >= 40 && denied >= 40, "the questions must exercise both answers: " + allowed + " yes, " + denied + " no");
  }

  private static String spelling(ResourceTypes.Type type, Random random) {
    List<String> ways = new ArrayList<>(List.of(type.plural(), type.singular(), type.plural().toUpperCase()));
    ways.addAll(type.shortNames());
    if (!type.group().isEmpty()) {
      ways.add(type.plural() + "." + type.group());
      ways.add(type.singular() + "." + type.group());
    }
    return ways.get(random.nextInt(ways.size()));
  }
}
