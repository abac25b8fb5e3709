package dev.manifestgen.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded edits of one object's tree for the schema-agreement scenario: a field added, removed or
 * given a value of another type anywhere in the tree; in a CustomResourceDefinition also a schema
 * keyword set to another of its values (another type, list type, a flipped boolean).
 */
final class SchemaMutations {
  /** Values of every JSON type, to retype a field with one of another type. */
  private static final List<Object> VALUES = java.util.Arrays.asList("seven", 7L, 1.5, true, List.of("a"), Map.of("a", "b"), null);
  /** Schema keywords of a CRD and values to set them to, valid or not. */
  private static final Map<String, List<Object>> KEYWORD_VALUES = Map.of(
      "type", List.of("object", "array", "string", "integer", "number", "boolean", "null", "", "float"),
      "x-kubernetes-list-type", List.of("atomic", "set", "map", "granular"),
      "x-kubernetes-map-type", List.of("atomic", "granular", "set"),
      "format", List.of("int32", "date-time", "int-or-string", "no-such-format"),
      "scope", List.of("Namespaced", "Cluster", "Global"),
      "strategy", List.of("None", "Webhook"));

  private final Random random;

  SchemaMutations(long seed) {
    this.random = new Random(seed);
  }

  /** One edit, with a line saying what it did. */
  record Mutation(Map<String, Object> tree, String description) {}

  Mutation mutate(Map<String, Object> original, boolean schemaKeywords) {
    Map<String, Object> tree = copy(original);
    int op = random.nextInt(schemaKeywords ? 4 : 3);
    if (op == 3) {
      List<Map.Entry<Map<String, Object>, String>> targets = new ArrayList<>();
      collectEntries(tree, targets);
      List<Map.Entry<Map<String, Object>, String>> candidates = targets.stream()
          .filter(e -> (KEYWORD_VALUES.containsKey(e.getValue()) && e.getKey().get(e.getValue()) instanceof String)
              || e.getKey().get(e.getValue()) instanceof Boolean)
          .toList();
      Map.Entry<Map<String, Object>, String> target = candidates.get(random.nextInt(candidates.size()));
      Object old = target.getKey().get(target.getValue());
      Object value = old instanceof Boolean b ? !b : otherValue(KEYWORD_VALUES.get(target.getValue()), old);
      target.getKey().put(target.getValue(), value);
      return new Mutation(tree, "set " + target.getValue() + " from " + old + " to " + value);
    }
    List<Map.Entry<Map<String, Object>, String>> entries = new ArrayList<>();
    collectEntries(tree, entries);
    if (op == 0) {
      List<Map<String, Object>> maps = new ArrayList<>();
      collectMaps(tree, maps);
      Map<String, Object> target = maps.get(random.nextInt(maps.size()));
      String key = "zzAdded" + random.nextInt(100);
      Object value = VALUES.get(random.nextInt(VALUES.size()));
      target.put(key, value);
      return new Mutation(tree, "added " + key + ": " + value + " next to " + target.keySet().stream().limit(4).toList());
    }
    Map.Entry<Map<String, Object>, String> target = entries.get(random.nextInt(entries.size()));
    String key = target.getValue();
    Object old = target.getKey().get(key);
    if (op == 1) {
      target.getKey().remove(key);
      return new Mutation(tree, "removed " + key + " (was " + abbreviate(old) + ") from beside "
          + target.getKey().keySet().stream().limit(4).toList());
    }
    Object value = otherType(old);
    target.getKey().put(key, value);
    return new Mutation(tree, "retyped " + key + " from " + abbreviate(old) + " to " + value);
  }

  /** Another of the keyword's values. */
  private Object otherValue(List<Object> values, Object old) {
    List<Object> others = values.stream().filter(v -> !v.equals(old)).toList();
    return others.get(random.nextInt(others.size()));
  }

  /** A value of another JSON type than the old one (or null). */
  private Object otherType(Object old) {
    List<Object> others = VALUES.stream().filter(v -> old == null || v == null || !jsonType(v).equals(jsonType(old))).toList();
    return others.get(random.nextInt(others.size()));
  }

  private static String jsonType(Object v) {
    return v instanceof Map ? "object" : v instanceof List ? "array" : v instanceof Number ? "number" : v.getClass().getSimpleName();
  }

  private static String abbreviate(Object v) {
    String s = String.valueOf(v);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  interface Visitor {
    void visit(Map<String, Object> parent, String key, Object value, String path);
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, String path, Visitor visitor) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        visitor.visit((Map<String, Object>) map, String.valueOf(e.getKey()), e.getValue(), path + "." + e.getKey());
        collect(e.getValue(), path + "." + e.getKey(), visitor);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), path + "[" + i + "]", visitor);
      }
    }
  }

  private static void collectEntries(Object node, List<Map.Entry<Map<String, Object>, String>> out) {
    collect(node, "", (parent, key, value, path) -> out.add(Map.entry(parent, key)));
  }

  @SuppressWarnings("unchecked")
  private static void collectMaps(Object node, List<Map<String, Object>> out) {
    if (node instanceof Map<?, ?> map) {
      out.add((Map<String, Object>) map);
      map.values().forEach(v -> collectMaps(v, out));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collectMaps(v, out));
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T copy(T node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return (T) out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return node;
  }
}
