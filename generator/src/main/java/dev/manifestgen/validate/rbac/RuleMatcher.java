package dev.manifestgen.validate.rbac;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;

/** Whether one PolicyRule covers a request, with the API server's exact matching rules. */
public final class RuleMatcher {
  private static final String ALL = "*";

  private RuleMatcher() {}

  public static boolean allows(PolicyRule rule, Request r) {
    if (r.isResourceRequest()) {
      String combined = r.subresource().isEmpty() ? r.resource() : r.resource() + "/" + r.subresource();
      return verbMatches(rule, r.verb())
          && apiGroupMatches(rule, r.apiGroup())
          && resourceMatches(rule, combined, r.subresource())
          && resourceNameMatches(rule, r.name());
    }
    return verbMatches(rule, r.verb()) && nonResourceUrlMatches(rule, r.path());
  }

  static boolean verbMatches(PolicyRule rule, String verb) {
    return list(rule.getVerbs()).stream().anyMatch(v -> v.equals(ALL) || v.equals(verb));
  }

  static boolean apiGroupMatches(PolicyRule rule, String group) {
    return list(rule.getApiGroups()).stream().anyMatch(g -> g.equals(ALL) || g.equals(group));
  }

  /**
   * {@code *} matches everything, {@code res/sub} only that subresource, and {@code *}{@code /sub}
   * that subresource of any resource; a plain resource never covers its subresources.
   */
  static boolean resourceMatches(PolicyRule rule, String combinedResource, String subresource) {
    for (String res : list(rule.getResources())) {
      if (res.equals(ALL) || res.equals(combinedResource)) {
        return true;
      }
      if (!subresource.isEmpty() && res.equals("*/" + subresource)) {
        return true;
      }
    }
    return false;
  }

  /** No names: any object. Names: only a request for one of them (so never create, list or watch of all). */
  static boolean resourceNameMatches(PolicyRule rule, String name) {
    List<String> names = list(rule.getResourceNames());
    return names.isEmpty() || names.contains(name);
  }

  /** {@code *} matches every path; a trailing {@code *} makes the rest a prefix. */
  static boolean nonResourceUrlMatches(PolicyRule rule, String path) {
    for (String url : list(rule.getNonResourceURLs())) {
      if (url.equals(ALL) || url.equals(path)) {
        return true;
      }
      if (url.endsWith(ALL) && path.startsWith(url.replaceAll("\\*+$", ""))) {
        return true;
      }
    }
    return false;
  }

  static List<String> list(List<String> l) {
    return l == null ? List.of() : l;
  }
}
