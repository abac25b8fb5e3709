package dev.manifestgen.testing;

import dev.manifestgen.cli.UnifiedDiff;
import dev.manifestgen.render.HelmFunctions;
import dev.manifestgen.yaml.YamlWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two renderings as sets of objects (order of documents and keys aside), keyed by
 * kind/namespace/name. A ConfigMap's *.yaml entries are files the operator parses, so they are
 * compared parsed too (Helm and manifest-gen quote differently, e.g. "" and ''), and the pods'
 * checksum/config is checked against each side's own config file.
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
    if (ourConfig != null && theirConfig != null && !ourConfig.equals(theirConfig)) {
      ours = withCheckedChecksum(ours);
      theirs = withCheckedChecksum(theirs);
    }
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

  // ---- checksum/config -------------------------------------------------------------------------
  // On each side the pods' checksum/config must be the sha256 of the config file that side wrote into
  // its ConfigMap. Where both wrote the same bytes the checksums are then equal, and compared as they
  // are. Where the files differ in form only (YAML quoting of an odd string; they are compared
  // parsed), so do their checksums: both are replaced by what they were just checked to be.

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

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> withCheckedChecksum(List<Map<String, Object>> objects) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Map<String, Object> o : objects) {
      if ("StatefulSet".equals(o.get("kind")) && Manifests.get(o, "spec.template.metadata.annotations") instanceof Map<?, ?>) {
        Map<String, Object> copy = new LinkedHashMap<>(o);
        Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) copy.get("spec"));
        Map<String, Object> template = new LinkedHashMap<>((Map<String, Object>) spec.get("template"));
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) template.get("metadata"));
        Map<String, Object> annotations = new LinkedHashMap<>((Map<String, Object>) metadata.get("annotations"));
        annotations.replace(CHECKSUM, "sha256 of its config file");
        metadata.put("annotations", annotations);
        template.put("metadata", metadata);
        spec.put("template", template);
        copy.put("spec", spec);
        o = copy;
      }
      out.add(o);
    }
    return out;
  }

  private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Map<String, Object> object : objects) {
      Map<String, Object> o = object;
      if ("ConfigMap".equals(o.get("kind")) && o.get("data") instanceof Map<?, ?> data) {
        o = new LinkedHashMap<>(o);
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : data.entrySet()) {
          boolean yaml = ((String) e.getKey()).endsWith(".yaml") && e.getValue() instanceof String;
          parsed.put((String) e.getKey(), yaml ? parsedOrRaw((String) e.getValue()) : e.getValue());
        }
        o.put("data", parsed);
      }
      Object ns = Manifests.get(o, "metadata.namespace");
      String key = o.get("kind") + " " + (ns == null ? "" : ns + "/") + Manifests.get(o, "metadata.name");
      if (out.put(key, o) != null) {
        throw new AssertionError("two objects " + key);
      }
    }
    return out;
  }

  private static Object parsedOrRaw(String text) {
    try {
      return Manifests.parse(text);
    } catch (AssertionError e) {
      return text;
    }
  }
}
