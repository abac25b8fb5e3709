package dev.manifestgen.contract;

import java.util.List;

/**
 * One admission webhook the operator serves, from a {@code +kubebuilder:webhook} marker. failurePolicy and
 * verbs are in the API's spelling ({@code Ignore}/{@code Fail}; {@code CREATE}, {@code UPDATE}), as a
 * (Validating|Mutating)WebhookConfiguration carries them.
 *
 * @param name the webhook's name (a fully qualified name such as {@code elastic-es-validation-v1.k8s.elastic.co})
 * @param path the URL path the operator serves it on
 * @param mutating a mutating webhook; false for a validating one
 * @param failurePolicy {@code Ignore} or {@code Fail}
 * @param sideEffects {@code None}, {@code NoneOnDryRun}, ...; null when the marker does not say
 * @param groups API groups of the resources it admits
 * @param versions API versions
 * @param resources resources
 * @param verbs operations ({@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code CONNECT}, {@code *})
 */
public record Webhook(String name, String path, boolean mutating, String failurePolicy, String sideEffects, List<String> groups,
    List<String> versions, List<String> resources, List<String> verbs) {
  public Webhook {
    groups = List.copyOf(groups);
    versions = List.copyOf(versions);
    resources = List.copyOf(resources);
    verbs = List.copyOf(verbs);
  }
}
