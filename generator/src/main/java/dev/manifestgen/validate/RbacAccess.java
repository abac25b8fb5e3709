package dev.manifestgen.validate;

import dev.manifestgen.validate.rbac.Grant;
import dev.manifestgen.validate.rbac.RbacAuthorizer;
import dev.manifestgen.validate.rbac.Request;
import dev.manifestgen.validate.rbac.UserInfo;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Access} through the RBAC authorizer, with each granted rule traced back to the object that writes it. */
final class RbacAccess implements Access {
  private final ManifestSet manifests;
  private final RbacAuthorizer authorizer;

  private RbacAccess(ManifestSet manifests) {
    this.manifests = manifests;
    this.authorizer = RbacAuthorizer.of(manifests);
  }

  static Access of(ManifestSet manifests) {
    return new RbacAccess(manifests);
  }

  private static UserInfo user(String name) {
    return UserInfo.splitServiceAccount(name).map(sa -> UserInfo.serviceAccount(sa[0], sa[1]))
        .orElseGet(() -> UserInfo.impersonate(name, List.of()));
  }

  @Override
  public boolean allows(String user, String verb, String group, String resource, String name, String namespace) {
    int slash = resource.indexOf('/');
    String base = slash < 0 ? resource : resource.substring(0, slash);
    String sub = slash < 0 ? "" : resource.substring(slash + 1);
    return authorizer.evaluate(Request.resource(user(user), verb, group, base, sub, name, namespace)).allowed();
  }

  @Override
  public List<GrantedRule> rulesFor(String user, String namespace) {
    List<GrantedRule> out = new ArrayList<>();
    for (Grant g : authorizer.rulesFor(user(user), namespace)) {
      String from = g.role().rules().get(g.ruleIndex()).aggregatedFrom();
      String kind = from == null ? g.role().kind() : "ClusterRole";
      String name = from == null ? g.role().name() : from;
      // Rules of the built-in bootstrap roles are not written in the manifests: nothing to point at.
      Optional<ManifestObject> role = manifests.find(kind, kind.equals("Role") ? g.role().namespace() : "", name);
      if (role.isEmpty()) {
        continue;
      }
      List<PolicyRule> rules = role.get().typed() instanceof Role r ? r.getRules()
          : role.get().typed() instanceof ClusterRole cr ? cr.getRules() : List.of();
      int index = from == null ? g.ruleIndex() : rules.indexOf(g.rule());
      if (index >= 0) {
        out.add(new GrantedRule(role.get(), "rules[" + index + "]", g.rule()));
      }
    }
    return out;
  }
}
