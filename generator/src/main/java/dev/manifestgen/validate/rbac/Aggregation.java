package dev.manifestgen.validate.rbac;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the clusterrole-aggregation controller makes of ClusterRoles with an aggregationRule: their
 * rules are replaced by the union (without duplicates) of the rules of every other ClusterRole
 * whose labels match one of the selectors, selectors in order and roles by name. The controller
 * keeps doing this until nothing changes, so aggregates of aggregates are followed to that state.
 */
final class Aggregation {
  private Aggregation() {}

  static Map<String, List<RoleRules.Rule>> effectiveRules(Map<String, ClusterRole> roles) {
    Map<String, List<RoleRules.Rule>> rules = new LinkedHashMap<>();
    roles.forEach((name, role) -> rules.put(name, own(role)));
    List<ClusterRole> byName = roles.values().stream()
        .sorted(Comparator.comparing(r -> r.getMetadata().getName())).toList();
    // Each round lets aggregation reach one level further; roles.size() + 1 rounds reach every level.
    for (int round = 0; round <= roles.size(); round++) {
      boolean changed = false;
      for (ClusterRole role : byName) {
        if (role.getAggregationRule() == null || !valid(role.getAggregationRule().getClusterRoleSelectors())) {
          continue; // the controller gives up on a selector it cannot parse and leaves the rules as they are
        }
        List<RoleRules.Rule> aggregated = aggregate(role, byName, rules);
        if (!sameRules(aggregated, rules.get(role.getMetadata().getName()))) {
          rules.put(role.getMetadata().getName(), aggregated);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return rules;
  }

  private static List<RoleRules.Rule> own(ClusterRole role) {
    List<RoleRules.Rule> own = new ArrayList<>();
    if (role.getRules() != null) {
      role.getRules().forEach(r -> own.add(new RoleRules.Rule(r, null)));
    }
    return own;
  }

  private static List<RoleRules.Rule> aggregate(ClusterRole role, List<ClusterRole> byName,
      Map<String, List<RoleRules.Rule>> current) {
    List<RoleRules.Rule> out = new ArrayList<>();
    List<LabelSelector> selectors = role.getAggregationRule().getClusterRoleSelectors();
    for (LabelSelector selector : selectors == null ? List.<LabelSelector>of() : selectors) {
      for (ClusterRole other : byName) {
        String otherName = other.getMetadata().getName();
        if (otherName.equals(role.getMetadata().getName()) || !matches(selector, labels(other))) {
          continue;
        }
        for (RoleRules.Rule r : current.get(otherName)) {
          if (out.stream().noneMatch(have -> sameRule(have.rule(), r.rule()))) {
            out.add(new RoleRules.Rule(r.rule(), r.aggregatedFrom() == null ? otherName : r.aggregatedFrom()));
          }
        }
      }
    }
    return out;
  }

  static boolean valid(List<LabelSelector> selectors) {
    for (LabelSelector selector : selectors == null ? List.<LabelSelector>of() : selectors) {
      for (LabelSelectorRequirement req : selector.getMatchExpressions() == null
          ? List.<LabelSelectorRequirement>of() : selector.getMatchExpressions()) {
        boolean hasValues = req.getValues() != null && !req.getValues().isEmpty();
        boolean ok = switch (req.getOperator() == null ? "" : req.getOperator()) {
          case "In", "NotIn" -> hasValues;
          case "Exists", "DoesNotExist" -> !hasValues;
          default -> false;
        };
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private static Map<String, String> labels(ClusterRole role) {
    Map<String, String> l = role.getMetadata().getLabels();
    return l == null ? Map.of() : l;
  }

  /** A label selector as Kubernetes evaluates it; an empty selector matches every object. */
  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector.getMatchLabels() != null) {
      for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
        if (!Objects.equals(labels.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
    }
    if (selector.getMatchExpressions() != null) {
      for (LabelSelectorRequirement req : selector.getMatchExpressions()) {
        if (!matches(req, labels)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean matches(LabelSelectorRequirement req, Map<String, String> labels) {
    List<String> values = req.getValues() == null ? List.of() : req.getValues();
    boolean has = labels.containsKey(req.getKey());
    return switch (req.getOperator() == null ? "" : req.getOperator()) {
      case "In" -> has && values.contains(labels.get(req.getKey()));
      case "NotIn" -> !has || !values.contains(labels.get(req.getKey()));
      case "Exists" -> has;
      case "DoesNotExist" -> !has;
      default -> false; // not reached: valid() rejects other operators first
    };
  }

  private static boolean sameRules(List<RoleRules.Rule> a, List<RoleRules.Rule> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameRule(a.get(i).rule(), b.get(i).rule())) {
        return false;
      }
    }
    return true;
  }

  static boolean sameRule(PolicyRule a, PolicyRule b) {
    return RuleMatcher.list(a.getVerbs()).equals(RuleMatcher.list(b.getVerbs()))
        && RuleMatcher.list(a.getApiGroups()).equals(RuleMatcher.list(b.getApiGroups()))
        && RuleMatcher.list(a.getResources()).equals(RuleMatcher.list(b.getResources()))
        && RuleMatcher.list(a.getResourceNames()).equals(RuleMatcher.list(b.getResourceNames()))
        && RuleMatcher.list(a.getNonResourceURLs()).equals(RuleMatcher.list(b.getNonResourceURLs()));
  }
}
