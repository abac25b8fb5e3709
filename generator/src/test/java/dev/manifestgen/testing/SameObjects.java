package dev.manifestgen.testing;

import dev.manifestgen.cli.UnifiedDiff;
import dev.manifestgen.yaml.YamlWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two renderings as sets of objects (order of documents and keys aside), keyed by
 * kind/namespace/name. A ConfigMap's *.yaml entries are files the operator parses, so they are
 * compared parsed too (Helm and manifest-gen quote differently, e.g. "" and '').
 */
public final class SameObjects {
  private SameObjects() {}

  /** A unified diff per object that differs or exists on one side only; empty when the two agree. */
  public static String diff(List<Map<String, Object>> ours, String ourLabel, List<Map<String, Object>> theirs,
      String theirLabel) {
    Map<String, Map<String, Object>> a = byKey(ours);
    Map<String, Map<String, Object>> b = byKey(theirs);
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    StringBuilder diff = new StringBuilder();
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
