package dev.manifestgen.crd;

import static dev.manifestgen.crd.KnownTypes.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a CRD's {@link CrdSettings}: open fields and defaults in every version's schema that has the field,
 * then the kept versions.
 */
final class CrdAdjustments {
  private CrdAdjustments() {}

  @SuppressWarnings("unchecked")
  static void apply(Map<String, Object> crd, String name, CrdSettings.Crd own, CrdSettings settings)
      throws CrdException {
    List<Map<String, Object>> versions = (List<Map<String, Object>>) ((Map<String, Object>) crd.get("spec"))
        .get("versions");
    for (String field : own.openFields()) {
      int found = 0;
      for (Map<String, Object> v : versions) {
        Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) v.get("schema")).get("openAPIV3Schema");
        found += open(root, field) ? 1 : 0;
      }
      if (found == 0) {
        throw new CrdException(settings.where(name, "openFields:" + field) + ": " + name + ": no version has the field "
            + field + " (a path of properties joined by '.', [] for an array's items: spec.nodeSets[].podTemplate)");
      }
    }
    for (var d : new java.util.TreeMap<>(own.defaults()).entrySet()) {
      int found = 0;
      for (Map<String, Object> v : versions) {
        Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) v.get("schema")).get("openAPIV3Schema");
        Map<String, Object> node = at(root, d.getKey());
        if (node != null) {
          node.put("default", d.getValue());
          found++;
        }
      }
      if (found == 0) {
        throw new CrdException(settings.where(name, "defaults:" + d.getKey()) + ": " + name + ": no version has the field "
            + d.getKey() + " (a path of properties joined by '.', [] for an array's items: spec.ports[].protocol)");
      }
    }
    List<String> served = new ArrayList<>();
    versions.forEach(v -> served.add((String) v.get("name")));
    for (String kept : own.keptVersions()) {
      if (served.contains(kept)) {
        throw new CrdException(settings.where(name, "keptVersions:" + kept) + ": " + name + ": version " + kept
            + " is made from Go types already; a kept version is one the API types no longer have");
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", kept);
      v.put("schema", map("openAPIV3Schema", map("type", "object")));
      v.put("served", false);
      v.put("storage", false);
      versions.add(v);
      served.add(kept);
    }
  }

  /** Replaces the schema at {@code path} by an open object, keeping its description; false when absent. */
  @SuppressWarnings("unchecked")
  private static boolean open(Map<String, Object> root, String path) {
    Map<String, Object> parent = root;
    String[] steps = path.split("\\.");
    for (int k = 0; k < steps.length; k++) {
      String step = steps[k];
      boolean items = step.endsWith("[]");
      String property = items ? step.substring(0, step.length() - 2) : step;
      if (!(parent.get("properties") instanceof Map<?, ?> props) || !(props.get(property) instanceof Map<?, ?> child)) {
        return false;
      }
      Map<String, Object> node = (Map<String, Object>) child;
      if (items) {
        if (!(node.get("items") instanceof Map<?, ?> it)) {
          return false;
        }
        node = (Map<String, Object>) it;
      }
      if (k == steps.length - 1) {
        if (items) {
          return false;
        }
        Object description = node.get("description");
        node.clear();
        if (description != null) {
          node.put("description", description);
        }
        node.put("type", "object");
        node.put("x-kubernetes-preserve-unknown-fields", true);
        return true;
      }
      parent = node;
    }
    return false;
  }

  /** The schema at {@code path} (properties joined by '.', [] for items), or null when absent. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> at(Map<String, Object> root, String path) {
    Map<String, Object> node = root;
    for (String step : path.split("\\.")) {
      boolean items = step.endsWith("[]");
      String property = items ? step.substring(0, step.length() - 2) : step;
      if (!(node.get("properties") instanceof Map<?, ?> props) || !(props.get(property) instanceof Map<?, ?> child)) {
        return null;
      }
      node = (Map<String, Object>) child;
      if (items) {
        if (!(node.get("items") instanceof Map<?, ?> it)) {
          return null;
        }
        node = (Map<String, Object>) it;
      }
    }
    return node;
  }
}
