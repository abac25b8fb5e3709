package dev.manifestgen.values;

import dev.manifestgen.yaml.Paths;
import java.util.HashMap;
import java.util.Map;

/** Which layer last set each value path, so a message can say where a bad value came from. */
public final class Origins {
  private final Map<String, String> byPath = new HashMap<>();

  void record(String path, String origin) {
    byPath.put(path, origin);
  }

  /** Forgets what is recorded at and below path: a later layer replaced the whole value. */
  void replaceBelow(String path) {
    byPath.keySet().removeIf(p -> p.startsWith(path + ".") || p.startsWith(path + "["));
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
