package dev.manifestgen.crd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schemas of types from outside the module, by rule, as controller-gen has them for Kubernetes'
 * own types: Quantity and IntOrString take an integer or a string, Time is a date-time string,
 * ObjectMeta is an object (with the fields an embedded one may set), and any other imported type
 * (a PodTemplateSpec, a PersistentVolumeClaim, ...) is an object kept as given.
 */
final class KnownTypes {
  static final String META = "k8s.io/apimachinery/pkg/apis/meta/v1";
  static final String CORE = "k8s.io/api/core/v1";
  private static final String QUANTITY_PATTERN =
      "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  private KnownTypes() {}

  /**
   * The schema of an imported type.
   *
   * @param objectRoot whether the type is the metadata of the custom object itself, where the API
   *     server allows no schema but {@code type: object}
   */
  static Map<String, Object> schema(String packagePath, String name, boolean objectRoot) {
    String key = packagePath + "." + name;
    switch (key) {
      case "k8s.io/apimachinery/pkg/api/resource.Quantity":
        return map("anyOf", List.of(map("type", "integer"), map("type", "string")),
            "pattern", QUANTITY_PATTERN, "x-kubernetes-int-or-string", true);
      case "k8s.io/apimachinery/pkg/util/intstr.IntOrString":
        return map("anyOf", List.of(map("type", "integer"), map("type", "string")), "x-kubernetes-int-or-string", true);
      case META + ".Time", META + ".MicroTime":
        return map("format", "date-time", "type", "string");
      case META + ".Duration":
        return map("type", "string");
      case META + ".ObjectMeta":
        return objectRoot ? map("type", "object") : embeddedObjectMeta();
      case META + ".TypeMeta":
        return map("type", "object", "properties", map(
            "apiVersion", map("description", "The group and version of this object's schema, as group/version.",
                "type", "string"),
            "kind", map("description", "The kind of this object: the type of REST resource it is, in CamelCase.",
                "type", "string")));
      case META + ".LabelSelector":
        return map("type", "object", "properties", map(
            "matchExpressions", map("type", "array", "items", map("type", "object",
                "properties", map("key", map("type", "string"), "operator", map("type", "string"),
                    "values", map("type", "array", "items", map("type", "string"))),
                "required", List.of("key", "operator"))),
            "matchLabels", map("type", "object", "additionalProperties", map("type", "string"))));
      case "k8s.io/apimachinery/pkg/runtime.RawExtension":
        return map("type", "object", "x-kubernetes-preserve-unknown-fields", true);
      case "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1.JSON":
        return map("x-kubernetes-preserve-unknown-fields", true);
      case CORE + ".ResourceList":
        return map("type", "object", "additionalProperties", schema("k8s.io/apimachinery/pkg/api/resource", "Quantity",
            false));
      case CORE + ".ResourceName", CORE + ".PullPolicy", CORE + ".Protocol", CORE + ".ServiceType",
          CORE + ".RestartPolicy", CORE + ".DNSPolicy", CORE + ".ConditionStatus", CORE + ".PersistentVolumeAccessMode":
        return map("type", "string");
      default:
        return map("type", "object", "x-kubernetes-preserve-unknown-fields", true);
    }
  }

  /** An ObjectMeta inside a template: only what the operator copies onto the objects it creates. */
  private static Map<String, Object> embeddedObjectMeta() {
    return map("type", "object", "properties", map(
        "annotations", map("type", "object", "additionalProperties", map("type", "string")),
        "finalizers", map("type", "array", "items", map("type", "string")),
        "labels", map("type", "object", "additionalProperties", map("type", "string")),
        "name", map("type", "string"),
        "namespace", map("type", "string")));
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      out.put((String) keysAndValues[k], keysAndValues[k + 1]);
    }
    return out;
  }
}
