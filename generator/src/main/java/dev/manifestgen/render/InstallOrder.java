package dev.manifestgen.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order {@code helm template} and {@code helm install} put objects in (Helm 3.17's
 * releaseutil.InstallOrder): by kind in the list below, kinds not in it last and sorted by name;
 * objects of one kind by the path of the chart template they come from (its bytes, as Go sorts
 * strings), then in the order that template produced them. The chart's template for
 * templates/x.yaml.j2 is templates/x.yaml, so both outputs list objects alike.
 */
public final class InstallOrder {
  private static final List<String> KINDS = List.of(
      "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
      "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
      "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole", "ClusterRoleList",
      "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
      "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
      "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService");

  private InstallOrder() {}

  /** The kind's place in Helm's list; kinds not in it after all of them. */
  public static int rank(String kind) {
    int i = KINDS.indexOf(kind);
    return i < 0 ? KINDS.size() : i;
  }

  public static final Comparator<RenderedDocument> COMPARATOR = Comparator
      .comparingInt((RenderedDocument d) -> rank(d.kind()))
      .thenComparing(d -> rank(d.kind()) == KINDS.size() ? d.kind() : "", InstallOrder::compareBytes)
      .thenComparing(d -> chartPath(d.template()), InstallOrder::compareBytes)
      .thenComparingInt(RenderedDocument::index);

  private static String chartPath(String template) {
    return template.endsWith(".j2") ? template.substring(0, template.length() - 3) : template;
  }

  /** Go's string order: UTF-8 bytes, unsigned. */
  static int compareBytes(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
