package dev.manifestgen.contract;

import java.util.List;

/**
 * One {@code +kubebuilder:rbac} marker: what the operator asks to be allowed.
 *
 * @param groups API groups ("" is the core group)
 * @param resources resources, possibly with a subresource ({@code elasticsearches/status})
 * @param verbs verbs
 * @param resourceNames names the permission is limited to; empty for all
 * @param namespace the marker's namespace= (a Role); null for cluster-wide or per managed namespace
 * @param when the bool flag that must be on for the operator to need it (for example
 *     {@code enable-webhook}); null when always needed. kubebuilder's markers cannot say it: it comes from
 *     this project's marker extension {@code // +manifest-gen:rbac:when=FLAG} (see {@link GoContractExtractor}).
 */
public record Permission(List<String> groups, List<String> resources, List<String> verbs, List<String> resourceNames,
    String namespace, String when) {
  public Permission {
    groups = List.copyOf(groups);
    resources = List.copyOf(resources);
    verbs = List.copyOf(verbs);
    resourceNames = List.copyOf(resourceNames);
  }
}
