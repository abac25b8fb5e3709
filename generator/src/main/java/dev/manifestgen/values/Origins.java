package dev.manifestgen.values;

import dev.manifestgen.yaml.Paths;
import java.util.TreeMap;

/** Which layer last set each value path, so a message can say where a bad value came from. */
public final class Origins {
  /** Sorted, so that everything below a path is one range: "a." up to "a/", "a[" up to "a\". */
  private final TreeMap<String, String> byPath = new TreeMap<>();

  void record(String path, String origin) {
    byPath.put(path, origin);
  }

  /** Whether this exact path has a recorded origin. */
  boolean has(String path) {
    return byPath.containsKey(path);
  }

  /** Forgets what is recorded below path: a later layer replaced the whole value. */
  void replaceBelow(String path) {
    byPath.subMap(path + ".", path + "/").clear();
    byPath.subMap(path + "[", path + "\\").clear();
  }

  /** The origin of path or of its nearest ancestor that has one. */
  public String of(String path) {
    String p = path;
    while (true) {
      String origin = byPath.get(p);
      if (origin != null) {
        return origin;
      }
      if (p.isEmpty()) {
        return "values";
      }
      p = Paths.parent(p);
    }
  }
}
