package dev.manifestgen.testing;

import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads multi-document manifests in tests and finds objects in them. */
public final class Manifests {
  private Manifests() {}

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> parse(String text) {
    try {
      List<Map<String, Object>> objects = new ArrayList<>();
      for (YamlReader.Document d : YamlReader.readAll(text, "manifest")) {
        if (d.tree().root() instanceof Map<?, ?> m) {
          objects.add((Map<String, Object>) m);
        }
      }
      return objects;
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  public static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  public static Map<String, Object> one(List<Map<String, Object>> objects, String kind, String name) {
    List<Map<String, Object>> found = objects.stream()
        .filter(o -> kind.equals(o.get("kind")) && name.equals(get(o, "metadata.name")))
        .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + kind + " " + name + ", found " + found.size());
    }
    return found.get(0);
  }

  /** A value by dotted path through maps, with [i] for list items: "spec.template.spec.containers[0].image". */
  public static Object get(Object root, String path) {
    Object v = root;
    for (String part : path.split("\\.")) {
      String key = part;
      Integer index = null;
      int bracket = part.indexOf('[');
      if (bracket >= 0) {
        key = part.substring(0, bracket);
        index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
      }
      if (!key.isEmpty()) {
        if (!(v instanceof Map<?, ?> m)) {
          return null;
        }
        v = m.get(key);
      }
      if (index != null) {
        if (!(v instanceof List<?> l) || l.size() <= index) {
          return null;
        }
        v = l.get(index);
      }
    }
    return v;
  }
}
