package dev.manifestgen.contract;

import java.util.List;

/**
 * An API kind the operator serves: a type marked {@code +kubebuilder:object:root=true} that is not a list.
 *
 * @param group its API group ({@code +groupName} of its package)
 * @param kind the type's name
 * @param plural the resource name ({@code +kubebuilder:resource:path}, or controller-gen's plural of the kind)
 * @param scope {@code Namespaced} or {@code Cluster}
 * @param versions the served versions, newest first as Kubernetes orders them (v1, v1beta1, v1alpha1)
 * @param storageVersion the version marked {@code +kubebuilder:storageversion} (or the only one); null when none
 */
public record ServedKind(String group, String kind, String plural, String scope, List<String> versions, String storageVersion) {
  public ServedKind {
    versions = List.copyOf(versions);
  }
}
