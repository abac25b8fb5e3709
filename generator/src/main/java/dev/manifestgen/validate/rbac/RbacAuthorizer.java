package dev.manifestgen.validate.rbac;

import dev.manifestgen.validate.ManifestObject;
import dev.manifestgen.validate.ManifestSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "may this user do this?" for the RBAC objects of a manifest set, the way the API server's
 * RBAC authorizer does: every ClusterRoleBinding, then (for a request in a namespace) the
 * RoleBindings of that namespace; a binding whose subjects include the user grants its role's
 * rules; a role that does not exist grants nothing. A ClusterRole bound by a RoleBinding therefore
 * grants only in the binding's namespace, and a roleRef of kind Role is looked up in it.
 */
public final class RbacAuthorizer {
  private final Map<String, RoleRules> clusterRoles = new LinkedHashMap<>();
  private final Map<String, RoleRules> roles = new LinkedHashMap<>();
  private final List<Binding> clusterRoleBindings = new ArrayList<>();
  private final List<Binding> roleBindings = new ArrayList<>();

  /**
   * @param bootstrapPolicy also grant what a Kubernetes 1.20 API server grants every authenticated
   *     user and ServiceAccount (see {@link BootstrapPolicy}); false to evaluate only the manifests
   */
  public RbacAuthorizer(ManifestSet manifests, boolean bootstrapPolicy) {
    // Objects applied later replace earlier ones of the same name, as kubectl apply does.
    Map<String, ClusterRole> clusterRoleObjects = new LinkedHashMap<>();
    Map<String, String> clusterRoleSources = new LinkedHashMap<>();
    Map<String, ClusterRoleBinding> crbs = new LinkedHashMap<>();
    Map<String, String> crbSources = new LinkedHashMap<>();
    for (ManifestObject o : manifests.objects()) {
      if (o.name().isEmpty()) {
        continue; // the API server would not create it
      }
      if (o.typed() instanceof ClusterRole r) {
        clusterRoleObjects.put(o.name(), r);
        clusterRoleSources.put(o.name(), source(o));
      } else if (o.typed() instanceof ClusterRoleBinding b) {
        crbs.remove(o.name());
        crbs.put(o.name(), b);
        crbSources.put(o.name(), source(o));
      } else if (o.typed() instanceof Role r) {
        List<RoleRules.Rule> rules = new ArrayList<>();
        if (r.getRules() != null) {
          r.getRules().forEach(rule -> rules.add(new RoleRules.Rule(rule, null)));
        }
        roles.put(key(o.namespace(), o.name()), new RoleRules("Role", o.namespace(), o.name(), rules, source(o)));
      } else if (o.typed() instanceof RoleBinding b) {
        roleBindings.removeIf(x -> x.namespace().equals(o.namespace()) && x.name().equals(o.name()));
        roleBindings.add(Binding.of(b, source(o)));
      }
    }
    if (bootstrapPolicy) {
      // After the manifests' own, so that explanations name those first; a manifest object of the
      // same name replaces the bootstrap one.
      for (ClusterRole r : BootstrapPolicy.clusterRoles()) {
        if (clusterRoleObjects.putIfAbsent(r.getMetadata().getName(), r) == null) {
          clusterRoleSources.put(r.getMetadata().getName(), BootstrapPolicy.SOURCE);
        }
      }
      for (ClusterRoleBinding b : BootstrapPolicy.clusterRoleBindings()) {
        if (crbs.putIfAbsent(b.getMetadata().getName(), b) == null) {
          crbSources.put(b.getMetadata().getName(), BootstrapPolicy.SOURCE);
        }
      }
    }
    Aggregation.effectiveRules(clusterRoleObjects).forEach((name, rules) ->
        clusterRoles.put(name, new RoleRules("ClusterRole", "", name, rules, clusterRoleSources.get(name))));
    crbs.forEach((name, b) -> clusterRoleBindings.add(Binding.of(b, crbSources.get(name))));
  }

  /** With the bootstrap policy, like a real API server. */
  public static RbacAuthorizer of(ManifestSet manifests) {
    return new RbacAuthorizer(manifests, true);
  }

  public Decision evaluate(Request request) {
    List<Binding> considered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Binding b : bindingsFor(request.namespace())) {
      Subject subject = b.subjectFor(request.user());
      if (subject == null) {
        continue;
      }
      considered.add(b);
      RoleRules role = roleOf(b);
      if (role == null) {
        missing.add(b.describe() + ": the " + b.roleKind() + " is not defined"
            + (b.roleKind().equals("Role") && b.namespace().isEmpty() ? " (a ClusterRoleBinding cannot bind a Role)" : ""));
        continue;
      }
      for (int i = 0; i < role.rules().size(); i++) {
        if (RuleMatcher.allows(role.rules().get(i).rule(), request)) {
          return new Decision(request, new Grant(b, role, i, Binding.describe(subject, b.namespace())), considered, missing);
        }
      }
    }
    return new Decision(request, null, considered, missing);
  }

  /**
   * Every rule the user holds in the namespace ("" for what holds cluster-wide), with the binding
   * and role it comes from: what a SelfSubjectRulesReview lists.
   */
  public List<Grant> rulesFor(UserInfo user, String namespace) {
    List<Grant> grants = new ArrayList<>();
    for (Binding b : bindingsFor(namespace)) {
      Subject subject = b.subjectFor(user);
      RoleRules role = subject == null ? null : roleOf(b);
      if (role != null) {
        for (int i = 0; i < role.rules().size(); i++) {
          grants.add(new Grant(b, role, i, Binding.describe(subject, b.namespace())));
        }
      }
    }
    return grants;
  }

  /** The ClusterRoleBindings, then the RoleBindings of the namespace: the order the API server visits them. */
  private List<Binding> bindingsFor(String namespace) {
    List<Binding> bindings = new ArrayList<>(clusterRoleBindings);
    if (!namespace.isEmpty()) {
      roleBindings.stream().filter(b -> b.namespace().equals(namespace)).forEach(bindings::add);
    }
    return bindings;
  }

  /** Every ServiceAccount some binding names, as "namespace/name" (RoleBindings' defaulted namespaces filled in). */
  public List<String> boundServiceAccounts() {
    List<String> out = new ArrayList<>();
    List<Binding> all = new ArrayList<>(clusterRoleBindings);
    all.addAll(roleBindings);
    for (Binding b : all) {
      for (Subject s : b.subjects()) {
        if ("ServiceAccount".equals(s.getKind())) {
          String ns = s.getNamespace() == null || s.getNamespace().isEmpty() ? b.namespace() : s.getNamespace();
          if (!ns.isEmpty() && !out.contains(ns + "/" + s.getName())) {
            out.add(ns + "/" + s.getName());
          }
        }
      }
    }
    return out;
  }

  private RoleRules roleOf(Binding b) {
    return switch (b.roleKind()) {
      case "ClusterRole" -> clusterRoles.get(b.roleName());
      // A ClusterRoleBinding looks a Role up in namespace "", where no Role can exist.
      case "Role" -> b.namespace().isEmpty() ? null : roles.get(key(b.namespace(), b.roleName()));
      default -> null;
    };
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }

  private static String source(ManifestObject o) {
    return o.file() + ":" + o.line();
  }
}
