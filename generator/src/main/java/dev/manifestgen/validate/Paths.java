package dev.manifestgen.validate;

import java.util.List;
import java.util.Map;

/** Reads raw object trees by dotted path ({@code spec.template.spec}; {@code containers[0]}). */
final class Paths {
  private Paths() {}

  static Object get(Object root, String path) {
    Object v = root;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      if (!key.isEmpty()) {
        if (!(v instanceof Map<?, ?> m)) {
          return null;
        }
        v = m.get(key);
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        int i = Integer.parseInt(part.substring(bracket + 1, close));
        if (!(v instanceof List<?> l) || i >= l.size()) {
          return null;
        }
        v = l.get(i);
        bracket = part.indexOf('[', close);
      }
    }
    return v;
  }
}
