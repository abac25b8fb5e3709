package dev.manifestgen.testing;

import dev.manifestgen.cli.UnifiedDiff;
import dev.manifestgen.render.HelmFunctions;
import dev.manifestgen.yaml.YamlWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two renderings as sets of objects (order of documents and keys aside), keyed by
 * kind/namespace/name. Strings compare exactly, so the operator's config file (a ConfigMap entry
 * printed by to_yaml on one side and Helm's toYaml on the other) must be the same bytes; the pods'
 * checksum/config is also checked to be the sha256 of each side's own config file.
 */
public final class SameObjects {
  private SameObjects() {}

  /** A unified diff per object that differs or exists on one side only; empty when the two agree. */
  public static String diff(List<Map<String, Object>> ours, String ourLabel, List<Map<String, Object>> theirs,
      String theirLabel) {
    StringBuilder diff = new StringBuilder();
    String ourConfig = configFile(ours);
    String theirConfig = configFile(theirs);
    diff.append(checksumProblem(ours, ourConfig, ourLabel)).append(checksumProblem(theirs, theirConfig, theirLabel));
    Map<String, Map<String, Object>> a = byKey(ours);
    Map<String, Map<String, Object>> b = byKey(theirs);
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String key : keys) {
      Map<String, Object> x = a.get(key);
      Map<String, Object> y = b.get(key);
      if (x == null || y == null || !x.equals(y)) {
        diff.append(UnifiedDiff.diff(key + " (" + ourLabel + ")", x == null ? "" : YamlWriter.toYaml(x) + "\n",
            key + " (" + theirLabel + ")", y == null ? "" : YamlWriter.toYaml(y) + "\n"));
      }
    }
    return diff.toString();
  }

  // ---- checksum/config: on each side, the sha256 of the config file that side wrote into its ConfigMap.

  private static final String CHECKSUM = "checksum/config";

  /** The operator's config file (data["eck.yaml"] of the one ConfigMap that has one), or null. */
  private static String configFile(List<Map<String, Object>> objects) {
    List<String> files = objects.stream().filter(o -> "ConfigMap".equals(o.get("kind")))
        .map(o -> Manifests.get(o, "data") instanceof Map<?, ?> data ? data.get("eck.yaml") : null)
        .filter(f -> f instanceof String).map(f -> (String) f).toList();
    return files.size() == 1 ? files.get(0) : null;
  }

  private static String checksumProblem(List<Map<String, Object>> objects, String configFile, String label) {
    StringBuilder problems = new StringBuilder();
    for (Map<String, Object> o : objects) {
      if ("StatefulSet".equals(o.get("kind")) && Manifests.get(o, "spec.template.metadata.annotations") instanceof Map<?, ?> a
          && a.get(CHECKSUM) instanceof String checksum
          && (configFile == null || !HelmFunctions.sha256sum(configFile).equals(checksum))) {
        problems.append(label).append(": StatefulSet ").append(Manifests.get(o, "metadata.name"))
            .append(" has checksum/config ").append(checksum).append(", not the sha256 of its config file\n");
      }
    }
    return problems.toString();
  }

  private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Map<String, Object> object : objects) {
      Map<String, Object> o = object;
      Object ns = Manifests.get(o, "metadata.namespace");
      String key = o.get("kind") + " " + (ns == null ? "" : ns + "/") + Manifests.get(o, "metadata.name");
      if (out.put(key, o) != null) {
        throw new AssertionError("two objects " + key);
      }
    }
    return out;
  }
}
