package dev.manifestgen.validate.schema;

import java.util.List;
import java.util.Map;

/**
 * The fields the Kubernetes 1.20 OpenAPI schema lists as required (a Go field without omitempty),
 * which kubectl checks before sending: its "missing required field". The JSON schemas {@link KubeTypes}
 * reads do not carry them, so they are listed here for the types of the kinds this tool checks.
 */
final class RequiredFields {
  private static final Map<String, List<String>> BY_TYPE = Map.ofEntries(
      // core
      Map.entry("Container", List.of("name")),
      Map.entry("EphemeralContainer", List.of("name")),
      Map.entry("ContainerPort", List.of("containerPort")),
      Map.entry("EnvVar", List.of("name")),
      Map.entry("ConfigMapKeySelector", List.of("key")),
      Map.entry("SecretKeySelector", List.of("key")),
      Map.entry("ObjectFieldSelector", List.of("fieldPath")),
      Map.entry("ResourceFieldSelector", List.of("resource")),
      Map.entry("VolumeMount", List.of("name", "mountPath")),
      Map.entry("VolumeDevice", List.of("name", "devicePath")),
      Map.entry("Volume", List.of("name")),
      Map.entry("KeyToPath", List.of("key", "path")),
      Map.entry("DownwardAPIVolumeFile", List.of("path")),
      Map.entry("HTTPGetAction", List.of("port")),
      Map.entry("TCPSocketAction", List.of("port")),
      Map.entry("HTTPHeader", List.of("name", "value")),
      Map.entry("ServicePort", List.of("port")),
      Map.entry("ServiceAccountTokenProjection", List.of("path")),
      Map.entry("HostPathVolumeSource", List.of("path")),
      Map.entry("PersistentVolumeClaimVolumeSource", List.of("claimName")),
      Map.entry("ProjectedVolumeSource", List.of("sources")),
      Map.entry("CSIVolumeSource", List.of("driver")),
      Map.entry("NFSVolumeSource", List.of("server", "path")),
      Map.entry("PodSpec", List.of("containers")),
      Map.entry("NodeSelector", List.of("nodeSelectorTerms")),
      Map.entry("NodeSelectorRequirement", List.of("key", "operator")),
      Map.entry("PreferredSchedulingTerm", List.of("weight", "preference")),
      Map.entry("WeightedPodAffinityTerm", List.of("weight", "podAffinityTerm")),
      Map.entry("PodAffinityTerm", List.of("topologyKey")),
      Map.entry("TopologySpreadConstraint", List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
      Map.entry("Sysctl", List.of("name", "value")),
      Map.entry("SeccompProfile", List.of("type")),
      Map.entry("LabelSelectorRequirement", List.of("key", "operator")),
      Map.entry("OwnerReference", List.of("apiVersion", "kind", "name", "uid")),
      // apps
      Map.entry("StatefulSetSpec", List.of("selector", "template", "serviceName")),
      Map.entry("DeploymentSpec", List.of("selector", "template")),
      Map.entry("DaemonSetSpec", List.of("selector", "template")),
      Map.entry("ReplicaSetSpec", List.of("selector")),
      // rbac
      Map.entry("PolicyRule", List.of("verbs")),
      Map.entry("Subject", List.of("kind", "name")),
      Map.entry("RoleRef", List.of("apiGroup", "kind", "name")),
      Map.entry("RoleBinding", List.of("roleRef")),
      Map.entry("ClusterRoleBinding", List.of("roleRef")),
      // admissionregistration
      Map.entry("ValidatingWebhook", List.of("name", "clientConfig", "sideEffects", "admissionReviewVersions")),
      Map.entry("MutatingWebhook", List.of("name", "clientConfig", "sideEffects", "admissionReviewVersions")),
      Map.entry("v1beta1.ValidatingWebhook", List.of("name", "clientConfig")),
      Map.entry("v1beta1.MutatingWebhook", List.of("name", "clientConfig")),
      Map.entry("ServiceReference", List.of("namespace", "name")),
      Map.entry("v1beta1.ServiceReference", List.of("namespace", "name")),
      // apiextensions
      Map.entry("CustomResourceDefinitionSpec", List.of("group", "names", "scope", "versions")),
      Map.entry("CustomResourceDefinitionNames", List.of("plural", "kind")),
      Map.entry("CustomResourceDefinitionVersion", List.of("name", "served", "storage")),
      Map.entry("CustomResourceColumnDefinition", List.of("name", "type", "jsonPath")),
      Map.entry("CustomResourceSubresourceScale", List.of("specReplicasPath", "statusReplicasPath")),
      Map.entry("CustomResourceConversion", List.of("strategy")),
      Map.entry("WebhookConversion", List.of("conversionReviewVersions")),
      Map.entry("v1beta1.CustomResourceDefinitionSpec", List.of("group", "names", "scope")),
      Map.entry("v1beta1.CustomResourceDefinitionNames", List.of("plural", "kind")),
      Map.entry("v1beta1.CustomResourceDefinitionVersion", List.of("name", "served", "storage")),
      Map.entry("v1beta1.CustomResourceColumnDefinition", List.of("name", "type", "JSONPath")),
      Map.entry("v1beta1.CustomResourceSubresourceScale", List.of("specReplicasPath", "statusReplicasPath")),
      Map.entry("v1beta1.CustomResourceConversion", List.of("strategy")));

  private RequiredFields() {}

  static List<String> of(FieldType.Struct type) {
    return BY_TYPE.getOrDefault(type.name(), List.of());
  }
}
