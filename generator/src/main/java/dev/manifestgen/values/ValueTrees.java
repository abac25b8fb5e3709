package dev.manifestgen.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small operations on plain value trees (maps, lists, scalars). */
public final class ValueTrees {
  private ValueTrees() {}

  public static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put((String) e.getKey(), deepCopy(e.getValue()));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(deepCopy(item));
      }
      return out;
    }
    return value;
  }

  /** The value at a dotted path of map keys, or null. */
  public static Object get(Map<String, Object> root, String dottedPath) {
    Object v = root;
    for (String part : dottedPath.split("\\.")) {
      if (!(v instanceof Map<?, ?> m)) {
        return null;
      }
      v = m.get(part);
    }
    return v;
  }

  /** A short printable form of a value for messages: strings quoted, long values cut. */
  public static String describe(Object value) {
    String s;
    if (value == null) {
      s = "null";
    } else if (value instanceof String str) {
      s = "\"" + str.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    } else if (value instanceof Map<?, ?>) {
      s = "a map";
    } else if (value instanceof List<?>) {
      s = "a list";
    } else {
      s = String.valueOf(value);
    }
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
