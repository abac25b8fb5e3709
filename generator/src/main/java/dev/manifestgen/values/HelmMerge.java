package dev.manifestgen.values;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's two ways of combining values, reproduced so that {@code manifest-gen} and
 * {@code helm install} see the same values:
 *
 * <ul>
 *   <li>{@link #mergeFiles}: how Helm merges its -f files: maps merge key by key, anything else
 *       (lists, scalars, null) in the later file replaces.
 *   <li>{@link #coalesce}: how Helm lays the user's values over the chart's defaults: a user
 *       null deletes the default's key, maps merge, other values replace.
 * </ul>
 */
public final class HelmMerge {
  private HelmMerge() {}

  /** Returns {@code lower} with {@code higher} merged in (neither argument is changed). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> mergeFiles(Map<String, Object> lower, Map<String, Object> higher) {
    Map<String, Object> out = new LinkedHashMap<>(lower);
    for (Map.Entry<String, Object> e : higher.entrySet()) {
      Object value = e.getValue();
      if (value instanceof Map<?, ?> hv && out.get(e.getKey()) instanceof Map<?, ?> lv) {
        out.put(e.getKey(), mergeFiles((Map<String, Object>) lv, (Map<String, Object>) hv));
      } else {
        out.put(e.getKey(), ValueTrees.deepCopy(value));
      }
    }
    return out;
  }

  /** Lays {@code user} over {@code defaults}; modifies and returns {@code user}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> coalesce(Map<String, Object> user, Map<String, Object> defaults) {
    for (Map.Entry<String, Object> d : defaults.entrySet()) {
      String key = d.getKey();
      if (!user.containsKey(key)) {
        user.put(key, ValueTrees.deepCopy(d.getValue()));
      } else if (user.get(key) == null) {
        user.remove(key);
      } else if (user.get(key) instanceof Map<?, ?> um && d.getValue() instanceof Map<?, ?> dm) {
        coalesce((Map<String, Object>) um, (Map<String, Object>) dm);
      }
      // Otherwise the user's value stands, even a table over a scalar or the reverse: Helm warns
      // and keeps it; the schema check then reports the wrong type.
    }
    return user;
  }

  /** Removes null map entries Helm would drop, for tests comparing trees. */
  public static void dropNulls(Map<String, Object> map) {
    for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue() == null) {
        it.remove();
      }
    }
  }
}
