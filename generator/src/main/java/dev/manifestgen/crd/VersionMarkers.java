package dev.manifestgen.crd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The markers on a kind's type that shape its version entry and the CRD's metadata rather than its
 * schema: {@code +kubebuilder:deprecatedversion[:warning=...]} (deprecated, deprecationWarning),
 * {@code +kubebuilder:selectablefield:JSONPath=...} (selectableFields, in source order) and
 * {@code +kubebuilder:metadata:annotations=...,labels=...} (key=value items on the CRD itself).
 */
final class VersionMarkers {
  private VersionMarkers() {}

  static void apply(GoTypeDecl decl, Map<String, Object> version) throws CrdException {
    for (Marker m : decl.all("kubebuilder:deprecatedversion")) {
      expectArgs(m, "warning");
      version.put("deprecated", true);
      String warning = m.args().get("warning");
      if (warning != null && !warning.isEmpty()) {
        version.put("deprecationWarning", warning);
      }
    }
    List<Map<String, Object>> selectable = new ArrayList<>();
    for (Marker m : decl.all("kubebuilder:selectablefield")) {
      expectArgs(m, "JSONPath");
      String path = m.args().get("JSONPath");
      if (path == null) {
        throw new CrdException(m.where() + ": +kubebuilder:selectablefield needs JSONPath");
      }
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("jsonPath", path);
      selectable.add(field);
    }
    if (!selectable.isEmpty()) {
      version.put("selectableFields", selectable);
    }
  }

  /** The CRD's metadata from its versions' {@code +kubebuilder:metadata} markers (without its name). */
  static Map<String, Object> metadata(List<GoTypeDecl> versions) throws CrdException {
    Map<String, Object> annotations = new TreeMap<>();
    Map<String, Object> labels = new TreeMap<>();
    for (GoTypeDecl decl : versions) {
      for (Marker m : decl.all("kubebuilder:metadata")) {
        expectArgs(m, "annotations", "labels");
        for (String item : m.listArg("annotations")) {
          int eq = item.indexOf('=');
          if (eq < 0) {
            throw new CrdException(m.where() + ": +kubebuilder:metadata: annotation " + item + ": expected key=value");
          }
          annotations.put(item.substring(0, eq), item.substring(eq + 1));
        }
        for (String item : m.listArg("labels")) {
          int eq = item.indexOf('=');
          labels.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? "" : item.substring(eq + 1));
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!annotations.isEmpty()) {
      out.put("annotations", annotations);
    }
    if (!labels.isEmpty()) {
      out.put("labels", labels);
    }
    return out;
  }

  private static void expectArgs(Marker m, String... allowed) throws CrdException {
    for (String key : m.args().keySet()) {
      if (!List.of(allowed).contains(key)) {
        throw new CrdException(m.where() + ": +" + m.name() + ": unknown argument " + key + " (expected "
            + String.join(" or ", allowed) + ")");
      }
    }
  }
}
