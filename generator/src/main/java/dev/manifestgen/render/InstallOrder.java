package dev.manifestgen.render;

import java.util.Comparator;
import java.util.List;

/**
 * The order objects are applied in: what others depend on first (namespace, identity,
 * permissions, configuration), the workload after, and the webhook configuration last so the API
 * server does not call a webhook before its pods exist. Kinds of the same rank keep the order
 * their templates produced them in.
 */
public final class InstallOrder {
  private static final List<String> KINDS = List.of(
      "CustomResourceDefinition", "Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding",
      "Role", "RoleBinding", "ConfigMap", "Secret", "Service", "PodDisruptionBudget",
      "Deployment", "StatefulSet", "DaemonSet",
      "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

  private InstallOrder() {}

  public static int rank(String kind) {
    int i = KINDS.indexOf(kind);
    return i < 0 ? KINDS.size() : i;
  }

  public static final Comparator<RenderedDocument> COMPARATOR = Comparator.comparingInt(d -> rank(d.kind()));
}
