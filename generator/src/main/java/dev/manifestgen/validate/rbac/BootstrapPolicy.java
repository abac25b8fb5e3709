package dev.manifestgen.validate.rbac;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.Arrays;
import java.util.List;

/**
 * The part of a Kubernetes 1.20 API server's bootstrap RBAC policy that every ServiceAccount (and
 * every authenticated user) gets without any manifest: discovery, health and version URLs,
 * self-subject reviews, and (ServiceAccountIssuerDiscovery is on by default in 1.20) the service
 * account issuer's OIDC documents. Names, rules and subjects as in bootstrappolicy/policy.go.
 */
public final class BootstrapPolicy {
  public static final String SOURCE = "bootstrap policy (Kubernetes 1.20)";
  private static final String LABEL = "kubernetes.io/bootstrapping";

  private BootstrapPolicy() {}

  public static List<ClusterRole> clusterRoles() {
    return List.of(
        role("system:discovery", urls("get", "/livez", "/readyz", "/healthz", "/version", "/version/",
            "/openapi", "/openapi/*", "/api", "/api/*", "/apis", "/apis/*")),
        role("system:basic-user", new PolicyRuleBuilder().withVerbs("create")
            .withApiGroups("authorization.k8s.io")
            .withResources("selfsubjectaccessreviews", "selfsubjectrulesreviews").build()),
        role("system:public-info-viewer", urls("get", "/livez", "/readyz", "/healthz", "/version", "/version/")),
        role("system:service-account-issuer-discovery", urls("get", "/.well-known/openid-configuration",
            "/openid/v1/jwks")));
  }

  public static List<ClusterRoleBinding> clusterRoleBindings() {
    return List.of(
        binding("system:discovery", UserInfo.AUTHENTICATED),
        binding("system:basic-user", UserInfo.AUTHENTICATED),
        binding("system:public-info-viewer", UserInfo.AUTHENTICATED, UserInfo.UNAUTHENTICATED),
        binding("system:service-account-issuer-discovery", UserInfo.ALL_SERVICE_ACCOUNTS));
  }

  private static PolicyRule urls(String verb, String... urls) {
    return new PolicyRuleBuilder().withVerbs(verb).withNonResourceURLs(urls).build();
  }

  private static ClusterRole role(String name, PolicyRule rule) {
    return new ClusterRoleBuilder().withNewMetadata().withName(name).addToLabels(LABEL, "rbac-defaults").endMetadata()
        .withRules(rule).build();
  }

  private static ClusterRoleBinding binding(String role, String... groups) {
    List<Subject> subjects = Arrays.stream(groups)
        .map(g -> new SubjectBuilder().withApiGroup("rbac.authorization.k8s.io").withKind("Group").withName(g).build())
        .toList();
    return new ClusterRoleBindingBuilder().withNewMetadata().withName(role).addToLabels(LABEL, "rbac-defaults")
        .endMetadata()
        .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", role)
        .withSubjects(subjects).build();
  }
}
