package dev.manifestgen.validate.rbac;

import dev.manifestgen.validate.ObjectRef;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;

/**
 * The rules a Role or ClusterRole grants, after aggregation.
 *
 * @param namespace "" for a ClusterRole
 */
public record RoleRules(String kind, String namespace, String name, List<Rule> rules, String source) {
  public RoleRules {
    rules = List.copyOf(rules);
  }

  /**
   * One rule of a role.
   *
   * @param aggregatedFrom the ClusterRole the aggregation controller copied it from; null for the role's own rule
   */
  public record Rule(PolicyRule rule, String aggregatedFrom) {}

  public String describe() {
    return kind + " \"" + ObjectRef.key(namespace, name) + "\"";
  }
}
