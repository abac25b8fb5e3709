package dev.manifestgen.crd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few Kubernetes types whose schema controller-gen (v0.4.0, the Elastic operator 1.3.0's pin)
 * fixes instead of reading their Go declaration: their JSON form is not their struct's (a Quantity
 * and an IntOrString marshal to a number or a string, a Time to an RFC 3339 string), or the API
 * server owns them (ObjectMeta). Every other type, Kubernetes' included, is read from its source.

 */
final class KnownTypes {
  static final String META = "k8s.io/apimachinery/pkg/apis/meta/v1";
  private static final String QUANTITY_PATTERN =
      "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  private KnownTypes() {}

  /**
   * The fixed schema of a type, null when its declaration gives it. A fresh tree on every call.
   *
   * @param embeddedObjectMeta controller-gen's {@code crd:generateEmbeddedObjectMeta=true}: an
   *     ObjectMeta below the object's root (a template's metadata) keeps the fields a template may
   *     set (name, namespace, labels, annotations, finalizers) instead of being pruned to nothing
   */
  static Map<String, Object> override(String packagePath, String name, boolean embeddedObjectMeta) {
    if (packagePath == null) {
      return null;
    }
    if (embeddedObjectMeta && (META + ".ObjectMeta").equals(packagePath + "." + name)) {
      return map("properties", map(
          "annotations", map("additionalProperties", map("type", "string"), "type", "object"),
          "finalizers", map("items", map("type", "string"), "type", "array"),
          "labels", map("additionalProperties", map("type", "string"), "type", "object"),
          "name", map("type", "string"),
          "namespace", map("type", "string")), "type", "object");
    }
    return switch (packagePath + "." + name) {
      case "k8s.io/apimachinery/pkg/api/resource.Quantity" ->
          map("anyOf", List.of(map("type", "integer"), map("type", "string")),
              "pattern", QUANTITY_PATTERN, "x-kubernetes-int-or-string", true);
      case "k8s.io/apimachinery/pkg/util/intstr.IntOrString" ->
          map("anyOf", List.of(map("type", "integer"), map("type", "string")), "x-kubernetes-int-or-string", true);
      case META + ".Time", META + ".MicroTime" -> map("format", "date-time", "type", "string");
      case META + ".Duration" -> map("type", "string");
      case META + ".ObjectMeta" -> map("type", "object");
      case META + ".Fields" -> map("additionalProperties", true, "type", "object");
      case "k8s.io/apimachinery/pkg/runtime.RawExtension",
          "k8s.io/apimachinery/pkg/apis/meta/v1/unstructured.Unstructured" -> map("type", "object");
      case "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1.JSON",
          "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1beta1.JSON" ->
          map("x-kubernetes-preserve-unknown-fields", true);
      default -> null;
    };
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      out.put((String) keysAndValues[k], keysAndValues[k + 1]);
    }
    return out;
  }
}
