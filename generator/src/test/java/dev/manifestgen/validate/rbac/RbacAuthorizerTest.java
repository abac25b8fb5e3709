package dev.manifestgen.validate.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.yaml.YamlException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the RBAC authorizer, on small hand-written manifests. */
class RbacAuthorizerTest {
  private static final UserInfo SA = UserInfo.serviceAccount("ops", "bot");

  static RbacAuthorizer manifests(boolean bootstrap, String... yaml) {
    try {
      return new RbacAuthorizer(new ManifestSet(ManifestLoader.parse(String.join("\n---\n", yaml), "test.yaml")), bootstrap);
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  static RbacAuthorizer manifests(String... yaml) {
    return manifests(false, yaml);
  }

  static String clusterRole(String name, String rules) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: " + name + "}\nrules:\n" + rules;
  }

  static String role(String ns, String name, String rules) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: " + name + ", namespace: " + ns
        + "}\nrules:\n" + rules;
  }

  static String clusterBinding(String name, String roleKind, String role, String subjects) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: " + name + "}\n"
        + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: " + roleKind + ", name: " + role + "}\nsubjects:\n" + subjects;
  }

  static String binding(String ns, String name, String roleKind, String role, String subjects) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: " + name + ", namespace: " + ns
        + "}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: " + roleKind + ", name: " + role + "}\nsubjects:\n" + subjects;
  }

  static final String BOT = "- {kind: ServiceAccount, name: bot, namespace: ops}\n";

  static Request req(String verb, String group, String resource, String sub, String name, String ns) {
    return Request.resource(SA, verb, group, resource, sub, name, ns);
  }

  static boolean can(RbacAuthorizer a, String verb, String group, String resource, String sub, String name, String ns) {
    return a.evaluate(req(verb, group, resource, sub, name, ns)).allowed();
  }

  @Test
  void aClusterRoleBindingGrantsInEveryNamespaceAndClusterWide() {
    RbacAuthorizer a = manifests(
        clusterRole("read-pods", "- {apiGroups: [\"\"], resources: [pods], verbs: [get, list]}\n"),
        clusterBinding("read-pods", "ClusterRole", "read-pods", BOT));
    assertTrue(can(a, "get", "", "pods", "", "p", "default"));
    assertTrue(can(a, "list", "", "pods", "", "", ""));
    assertFalse(can(a, "delete", "", "pods", "", "p", "default"));
    assertFalse(can(a, "get", "apps", "pods", "", "p", "default"), "apiGroups must match");
  }

  @Test
  void aClusterRoleBoundByARoleBindingGrantsOnlyInThatNamespace() {
    RbacAuthorizer a = manifests(
        clusterRole("read-pods", "- {apiGroups: [\"\"], resources: [pods], verbs: [get, list]}\n"),
        binding("ops", "read-pods", "ClusterRole", "read-pods", BOT));
    assertTrue(can(a, "get", "", "pods", "", "p", "ops"));
    assertFalse(can(a, "get", "", "pods", "", "p", "default"));
    assertFalse(can(a, "list", "", "pods", "", "", ""), "all namespaces needs a ClusterRoleBinding");
  }

  @Test
  void aRoleRefOfKindRoleIsLookedUpInTheBindingsNamespace() {
    RbacAuthorizer a = manifests(
        role("ops", "cm", "- {apiGroups: [\"\"], resources: [configmaps], verbs: [get]}\n"),
        role("other", "cm2", "- {apiGroups: [\"\"], resources: [configmaps], verbs: [get]}\n"),
        binding("ops", "cm", "Role", "cm", BOT),
        binding("other", "cm2", "Role", "cm", BOT));
    assertTrue(can(a, "get", "", "configmaps", "", "x", "ops"));
    assertFalse(can(a, "get", "", "configmaps", "", "x", "other"), "Role other/cm does not exist");
    Decision d = a.evaluate(req("get", "", "configmaps", "", "x", "other"));
    assertEquals(List.of("RoleBinding \"other/cm2\" of Role \"cm\": the Role is not defined"), d.missingRoles());
  }

  @Test
  void aMissingRoleOrARoleBoundByAClusterRoleBindingGrantsNothing() {
    RbacAuthorizer a = manifests(
        role("ops", "cm", "- {apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}\n"),
        clusterBinding("a", "Role", "cm", BOT),
        clusterBinding("b", "ClusterRole", "nowhere", BOT));
    assertFalse(can(a, "get", "", "configmaps", "", "x", "ops"));
    assertEquals(2, a.evaluate(req("get", "", "configmaps", "", "x", "ops")).missingRoles().size());
  }

  @Test
  void subjectsMatchUsersGroupsAndServiceAccounts() {
    String rules = "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n";
    RbacAuthorizer byUser = manifests(clusterRole("r", rules), clusterBinding("b", "ClusterRole", "r",
        "- {kind: User, name: \"system:serviceaccount:ops:bot\"}\n"));
    RbacAuthorizer byGroup = manifests(clusterRole("r", rules), clusterBinding("b", "ClusterRole", "r",
        "- {kind: Group, name: \"system:serviceaccounts:ops\"}\n"));
    RbacAuthorizer otherSa = manifests(clusterRole("r", rules), clusterBinding("b", "ClusterRole", "r",
        "- {kind: ServiceAccount, name: bot, namespace: dev}\n"));
    RbacAuthorizer otherGroup = manifests(clusterRole("r", rules), clusterBinding("b", "ClusterRole", "r",
        "- {kind: Group, name: \"system:serviceaccounts:dev\"}\n"));
    assertTrue(can(byUser, "get", "", "pods", "", "p", "x"));
    assertTrue(can(byGroup, "get", "", "pods", "", "p", "x"));
    assertFalse(can(otherSa, "get", "", "pods", "", "p", "x"));
    assertFalse(can(otherGroup, "get", "", "pods", "", "p", "x"));
  }

  @Test
  void aServiceAccountSubjectWithoutNamespaceMeansTheRoleBindingsNamespace() {
    String rules = "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n";
    String noNs = "- {kind: ServiceAccount, name: bot}\n";
    RbacAuthorizer inOps = manifests(clusterRole("r", rules), binding("ops", "b", "ClusterRole", "r", noNs));
    RbacAuthorizer inDev = manifests(clusterRole("r", rules), binding("dev", "b", "ClusterRole", "r", noNs));
    RbacAuthorizer cluster = manifests(clusterRole("r", rules), clusterBinding("b", "ClusterRole", "r", noNs));
    assertTrue(can(inOps, "get", "", "pods", "", "p", "ops"));
    assertEquals("allowed by RoleBinding \"ops/b\" of ClusterRole \"r\" to ServiceAccount \"ops/bot\", rule 0: "
            + "apiGroups [\"\"] resources [pods] verbs [get] [test.yaml:8]",
        inOps.evaluate(req("get", "", "pods", "", "p", "ops")).explain());
    assertFalse(can(inDev, "get", "", "pods", "", "p", "dev"), "that is dev's bot, not ops's");
    assertFalse(can(cluster, "get", "", "pods", "", "p", "ops"), "a ClusterRoleBinding has no namespace to default to");
  }

  @Test
  void resourceNamesNeverMatchARequestWithoutAName() {
    RbacAuthorizer a = manifests(
        role("ops", "lock", "- {apiGroups: [\"\"], resources: [configmaps], resourceNames: [lock], verbs: [get, update, create, list]}\n"),
        binding("ops", "lock", "Role", "lock", BOT));
    assertTrue(can(a, "get", "", "configmaps", "", "lock", "ops"));
    assertTrue(can(a, "update", "", "configmaps", "", "lock", "ops"));
    assertFalse(can(a, "update", "", "configmaps", "", "other", "ops"));
    assertFalse(can(a, "create", "", "configmaps", "", "", "ops"), "create has no name to check");
    assertFalse(can(a, "list", "", "configmaps", "", "", "ops"));
  }

  @Test
  void aSubresourceNeedsItsOwnResourceEntry() {
    RbacAuthorizer a = manifests(
        clusterRole("r", "- {apiGroups: [apps], resources: [deployments], verbs: [\"*\"]}\n"
            + "- {apiGroups: [\"\"], resources: [pods/log], verbs: [get]}\n"
            + "- {apiGroups: [\"*\"], resources: [\"*/status\"], verbs: [update]}\n"),
        clusterBinding("r", "ClusterRole", "r", BOT));
    assertTrue(can(a, "delete", "apps", "deployments", "", "d", "x"));
    assertFalse(can(a, "update", "apps", "deployments", "scale", "d", "x"), "deployments does not cover deployments/scale");
    assertTrue(can(a, "get", "", "pods", "log", "p", "x"));
    assertFalse(can(a, "get", "", "pods", "", "p", "x"), "pods/log does not cover pods");
    assertTrue(can(a, "update", "apps", "deployments", "status", "d", "x"), "*/status");
    assertTrue(can(a, "update", "", "pods", "status", "p", "x"));
    assertFalse(can(a, "update", "", "pods", "", "p", "x"), "*/status is not pods");
    assertFalse(can(a, "update", "", "pods", "statuses", "p", "x"));
  }

  @Test
  void wildcardsMatchAnyVerbGroupAndResource() {
    RbacAuthorizer a = manifests(
        clusterRole("all", "- {apiGroups: [\"*\"], resources: [\"*\"], verbs: [\"*\"]}\n"),
        clusterBinding("all", "ClusterRole", "all", BOT));
    assertTrue(can(a, "escalate", "rbac.authorization.k8s.io", "clusterroles", "", "x", ""));
    assertTrue(can(a, "get", "", "pods", "exec", "p", "x"), "* covers subresources");
    assertFalse(a.evaluate(Request.nonResource(SA, "get", "/metrics")).allowed(), "resources do not cover URLs");
  }

  @Test
  void nonResourceUrlsMatchExactlyOrByTrailingStarPrefix() {
    RbacAuthorizer a = manifests(
        clusterRole("urls", "- {nonResourceURLs: [/metrics, \"/logs/*\", \"/debug**\"], verbs: [get]}\n"),
        clusterBinding("urls", "ClusterRole", "urls", BOT));
    assertTrue(a.evaluate(Request.nonResource(SA, "get", "/metrics")).allowed());
    assertFalse(a.evaluate(Request.nonResource(SA, "get", "/metrics/x")).allowed());
    assertFalse(a.evaluate(Request.nonResource(SA, "post", "/metrics")).allowed());
    assertTrue(a.evaluate(Request.nonResource(SA, "get", "/logs/")).allowed());
    assertTrue(a.evaluate(Request.nonResource(SA, "get", "/logs/a/b")).allowed());
    assertFalse(a.evaluate(Request.nonResource(SA, "get", "/logs")).allowed());
    assertTrue(a.evaluate(Request.nonResource(SA, "get", "/debugger")).allowed());
    RbacAuthorizer star = manifests(clusterRole("urls", "- {nonResourceURLs: [\"*\"], verbs: [\"*\"]}\n"),
        clusterBinding("urls", "ClusterRole", "urls", BOT));
    assertTrue(star.evaluate(Request.nonResource(SA, "delete", "/anything")).allowed());
  }

  @Test
  void anAggregatedClusterRoleHasTheRulesOfTheRolesItSelects() {
    RbacAuthorizer a = manifests(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: agg}\n"
            + "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {agg: \"yes\"}\n"
            + "  - matchExpressions: [{key: tier, operator: In, values: [gold]}]\nrules: []\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: b-pods, labels: {agg: \"yes\"}}\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: a-nested, labels: {tier: gold}}\n"
            + "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {inner: \"yes\"}\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: inner, labels: {inner: \"yes\"}}\n"
            + "rules:\n- {apiGroups: [apps], resources: [deployments], verbs: [list]}\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: unlabelled}\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [secrets], verbs: [get]}\n",
        clusterBinding("agg", "ClusterRole", "agg", BOT));
    assertTrue(can(a, "get", "", "pods", "", "p", "x"));
    assertTrue(can(a, "list", "apps", "deployments", "", "", "x"), "through the nested aggregate");
    assertFalse(can(a, "get", "", "secrets", "", "s", "x"));
    Decision pods = a.evaluate(req("get", "", "pods", "", "p", "x"));
    assertTrue(pods.explain().contains("rule 0 (aggregated from ClusterRole \"b-pods\")"), pods.explain());
    Decision deployments = a.evaluate(req("list", "apps", "deployments", "", "", "x"));
    assertTrue(deployments.explain().contains("rule 1 (aggregated from ClusterRole \"inner\")"), deployments.explain());
  }

  @Test
  void anAggregationRuleWithAnInvalidSelectorLeavesTheRulesAsTheyAre() {
    RbacAuthorizer a = manifests(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: agg}\n"
            + "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {agg: \"yes\"}\n"
            + "  - matchExpressions: [{key: tier, operator: In, values: []}]\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [secrets], verbs: [get]}\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: pods, labels: {agg: \"yes\"}}\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n",
        clusterBinding("agg", "ClusterRole", "agg", BOT));
    assertFalse(can(a, "get", "", "pods", "", "p", "x"));
    assertTrue(can(a, "get", "", "secrets", "", "s", "x"));
  }

  @Test
  void aggregationReplacesTheRolesOwnRules() {
    RbacAuthorizer a = manifests(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: agg}\n"
            + "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {agg: \"yes\"}\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [secrets], verbs: [get]}\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: pods, labels: {agg: \"yes\"}}\n"
            + "rules:\n- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n"
            + "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n",
        clusterBinding("agg", "ClusterRole", "agg", BOT));
    assertTrue(can(a, "get", "", "pods", "", "p", "x"));
    assertFalse(can(a, "get", "", "secrets", "", "s", "x"), "the controller overwrites the role's rules");
    assertEquals(1, a.rulesFor(SA, "x").size(), "duplicate rules are aggregated once");
  }

  @Test
  void labelSelectorsFollowKubernetes() {
    var labels = java.util.Map.of("a", "1", "b", "2");
    assertTrue(Aggregation.matches(new io.fabric8.kubernetes.api.model.LabelSelector(), labels), "empty selects all");
    assertTrue(Aggregation.matches(selector("NotIn", "a", "2"), labels));
    assertFalse(Aggregation.matches(selector("NotIn", "a", "1"), labels));
    assertTrue(Aggregation.matches(selector("NotIn", "c", "1"), labels));
    assertTrue(Aggregation.matches(selector("Exists", "b"), labels));
    assertFalse(Aggregation.matches(selector("DoesNotExist", "b"), labels));
    assertFalse(Aggregation.matches(selector("In", "c", "1"), labels));
  }

  private static io.fabric8.kubernetes.api.model.LabelSelector selector(String op, String key, String... values) {
    return new io.fabric8.kubernetes.api.model.LabelSelectorBuilder()
        .addNewMatchExpression().withKey(key).withOperator(op).withValues(values).endMatchExpression().build();
  }

  @Test
  void theBootstrapPolicyGrantsWhatEveryAuthenticatedUserHas() {
    RbacAuthorizer real = manifests(true);
    RbacAuthorizer only = manifests(false);
    Request ssar = req("create", "authorization.k8s.io", "selfsubjectaccessreviews", "", "", "");
    assertTrue(real.evaluate(ssar).allowed());
    assertEquals("allowed by ClusterRoleBinding \"system:basic-user\" of ClusterRole \"system:basic-user\" to Group "
            + "\"system:authenticated\", rule 0: apiGroups [authorization.k8s.io] resources [selfsubjectaccessreviews, "
            + "selfsubjectrulesreviews] verbs [create] [bootstrap policy (Kubernetes 1.20)]",
        real.evaluate(ssar).explain());
    assertFalse(only.evaluate(ssar).allowed());
    assertTrue(real.evaluate(Request.nonResource(SA, "get", "/apis/apps/v1")).allowed());
    assertTrue(real.evaluate(Request.nonResource(SA, "get", "/healthz")).allowed());
    assertTrue(real.evaluate(Request.nonResource(SA, "get", "/openid/v1/jwks")).allowed());
    assertFalse(real.evaluate(Request.nonResource(SA, "get", "/metrics")).allowed());
    assertFalse(real.evaluate(req("create", "authorization.k8s.io", "subjectaccessreviews", "", "", "")).allowed());
    UserInfo anonymous = new UserInfo(UserInfo.ANONYMOUS, List.of(UserInfo.UNAUTHENTICATED));
    assertTrue(real.evaluate(Request.nonResource(anonymous, "get", "/version")).allowed(), "public-info-viewer");
    assertFalse(real.evaluate(Request.nonResource(anonymous, "get", "/api")).allowed(), "discovery needs authentication");
    assertFalse(real.evaluate(Request.resource(anonymous, "create", "authorization.k8s.io", "selfsubjectaccessreviews",
        "", "", "")).allowed());
  }

  @Test
  void aDenialListsTheBindingsThatApplied() {
    RbacAuthorizer a = manifests(
        clusterRole("r", "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n"),
        clusterBinding("r", "ClusterRole", "r", BOT),
        binding("ops", "rb", "ClusterRole", "r", BOT));
    Decision d = a.evaluate(req("delete", "", "nodes", "", "n", ""));
    assertFalse(d.allowed());
    assertNull(d.grant());
    assertEquals("denied: no RBAC rule allows delete nodes/n (all namespaces) for system:serviceaccount:ops:bot; "
        + "bindings that apply: ClusterRoleBinding \"r\" of ClusterRole \"r\"", d.explain());
  }

  @Test
  void impersonationGivesAServiceAccountItsGroupsUnlessGroupsAreGiven() {
    assertEquals(UserInfo.serviceAccount("ops", "bot").groups(),
        UserInfo.impersonate("system:serviceaccount:ops:bot", List.of()).groups());
    assertEquals(List.of("devs", UserInfo.AUTHENTICATED),
        UserInfo.impersonate("system:serviceaccount:ops:bot", List.of("devs")).groups());
    assertEquals(List.of(UserInfo.AUTHENTICATED), UserInfo.impersonate("jane", List.of()).groups());
    assertEquals(List.of(), UserInfo.impersonate(UserInfo.ANONYMOUS, List.of()).groups());
    assertTrue(UserInfo.splitServiceAccount("system:serviceaccount:ops:bot").isPresent());
    assertFalse(UserInfo.splitServiceAccount("system:serviceaccount:ops").isPresent());
    assertFalse(UserInfo.splitServiceAccount("system:serviceaccount:Ops:bot").isPresent());
    assertFalse(UserInfo.splitServiceAccount("system:serviceaccount:ops:bot:x").isPresent());
  }

  @Test
  void rulesForListsWhatHoldsInANamespaceOrClusterWide() {
    RbacAuthorizer a = manifests(true,
        clusterRole("r", "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n"
            + "- {apiGroups: [\"\"], resources: [secrets], verbs: [list]}\n"),
        role("ops", "cm", "- {apiGroups: [\"\"], resources: [configmaps], verbs: [get]}\n"),
        clusterBinding("r", "ClusterRole", "r", BOT),
        binding("ops", "cm", "Role", "cm", BOT));
    List<String> inOps = a.rulesFor(SA, "ops").stream().map(g -> g.role().name() + "#" + g.ruleIndex()).toList();
    assertEquals(List.of("r#0", "r#1", "system:discovery#0", "system:basic-user#0", "system:public-info-viewer#0",
        "system:service-account-issuer-discovery#0", "cm#0"), inOps);
    assertEquals(6, a.rulesFor(SA, "").size(), "the Role holds only in ops");
    assertEquals(4, a.rulesFor(UserInfo.serviceAccount("dev", "bot"), "ops").size(), "only the bootstrap policy");
  }

  @Test
  void objectsWithoutANameAreIgnored() {
    RbacAuthorizer a = manifests(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {labels: {a: b}}\n"
            + "aggregationRule:\n  clusterRoleSelectors: [{}]\n",
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {}\n"
            + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}\nsubjects:\n" + BOT,
        clusterRole("r", "- {apiGroups: [\"\"], resources: [pods], verbs: [get]}\n"));
    assertFalse(can(a, "get", "", "pods", "", "p", "x"));
  }

  @Test
  void boundServiceAccountsFillInTheRoleBindingsNamespace() {
    RbacAuthorizer a = manifests(
        binding("ops", "b", "ClusterRole", "r", "- {kind: ServiceAccount, name: bot}\n- {kind: User, name: jane}\n"),
        clusterBinding("c", "ClusterRole", "r", BOT + "- {kind: ServiceAccount, name: other, namespace: dev}\n"));
    assertEquals(List.of("ops/bot", "dev/other"), a.boundServiceAccounts());
  }
}
