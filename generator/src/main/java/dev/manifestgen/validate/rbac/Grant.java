package dev.manifestgen.validate.rbac;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;

/**
 * The binding, role and rule that allow a request.
 *
 * @param subject how the binding names the user, e.g. {@code ServiceAccount "sa/ns"}
 * @param ruleIndex the rule's position in the role's (aggregated) rules, from 0
 */
public record Grant(Binding binding, RoleRules role, int ruleIndex, String subject) {

  public PolicyRule rule() {
    return role.rules().get(ruleIndex).rule();
  }

  /**
   * {@code ClusterRoleBinding "x" of ClusterRole "y" to ServiceAccount "sa/ns", rule 0 (verbs [get] ...)},
   * the API server's reason followed by the rule.
   */
  public String describe() {
    RoleRules.Rule r = role.rules().get(ruleIndex);
    StringBuilder s = new StringBuilder(binding.describe()).append(" to ").append(subject)
        .append(", rule ").append(ruleIndex);
    if (r.aggregatedFrom() != null) {
      s.append(" (aggregated from ClusterRole \"").append(r.aggregatedFrom()).append("\")");
    }
    s.append(": ").append(describe(r.rule()));
    if (!binding.source().isEmpty()) {
      s.append(" [").append(binding.source()).append(']');
    }
    return s.toString();
  }

  static String describe(PolicyRule rule) {
    StringBuilder s = new StringBuilder();
    part(s, "apiGroups", rule.getApiGroups());
    part(s, "resources", rule.getResources());
    part(s, "resourceNames", rule.getResourceNames());
    part(s, "nonResourceURLs", rule.getNonResourceURLs());
    part(s, "verbs", rule.getVerbs());
    return s.toString();
  }

  private static void part(StringBuilder s, String field, List<String> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(field).append(" [")
        .append(String.join(", ", values.stream().map(v -> v.isEmpty() ? "\"\"" : v).toList())).append(']');
  }
}
