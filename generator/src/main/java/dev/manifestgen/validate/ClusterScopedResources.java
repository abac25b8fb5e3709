package dev.manifestgen.validate;

import java.util.Map;
import java.util.Set;

/**
 * The built-in resources that are not namespaced (as `kubectl api-resources --namespaced=false` lists
 * them), plus the cluster-scoped CustomResourceDefinitions of the set. A permission on them is
 * granted cluster-wide or not at all.
 */
final class ClusterScopedResources {
  private static final Map<String, Set<String>> BUILT_IN = Map.ofEntries(
      Map.entry("", Set.of("componentstatuses", "namespaces", "nodes", "persistentvolumes")),
      Map.entry("admissionregistration.k8s.io", Set.of("mutatingwebhookconfigurations", "validatingwebhookconfigurations")),
      Map.entry("apiextensions.k8s.io", Set.of("customresourcedefinitions")),
      Map.entry("apiregistration.k8s.io", Set.of("apiservices")),
      Map.entry("authentication.k8s.io", Set.of("tokenreviews")),
      Map.entry("authorization.k8s.io", Set.of("selfsubjectaccessreviews", "selfsubjectrulesreviews", "subjectaccessreviews")),
      Map.entry("certificates.k8s.io", Set.of("certificatesigningrequests")),
      Map.entry("networking.k8s.io", Set.of("ingressclasses")),
      Map.entry("node.k8s.io", Set.of("runtimeclasses")),
      Map.entry("policy", Set.of("podsecuritypolicies")),
      Map.entry("rbac.authorization.k8s.io", Set.of("clusterrolebindings", "clusterroles")),
      Map.entry("scheduling.k8s.io", Set.of("priorityclasses")),
      Map.entry("storage.k8s.io", Set.of("csidrivers", "csinodes", "storageclasses", "volumeattachments")));

  private ClusterScopedResources() {}

  static boolean contains(ManifestSet set, String group, String resource) {
    String base = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
    if (BUILT_IN.getOrDefault(group, Set.of()).contains(base)) {
      return true;
    }
    for (ManifestObject crd : set.ofKind("CustomResourceDefinition")) {
      if (Paths.get(crd.raw(), "spec.group") instanceof String g && g.equals(group)
          && Paths.get(crd.raw(), "spec.names.plural") instanceof String plural && plural.equals(base)) {
        return "Cluster".equals(Paths.get(crd.raw(), "spec.scope"));
      }
    }
    return false;
  }
}
