package dev.manifestgen.yaml;

import java.util.Map;

/**
 * A YAML document read as a plain tree (maps, lists, String, Long, Double, Boolean, null) together
 * with the line each path starts on, so later stages can point at "file:line".
 *
 * <p>Paths use Helm's --set notation: {@code a.b[0].c}. Keys that contain a dot are written
 * {@code a["x.y"]}.
 */
public record YamlTree(Object root, Map<String, Integer> lines) {

  /** The 1-based line of {@code path}, or of its nearest ancestor that has one; 0 if none. */
  public int lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = Paths.parent(p);
    }
  }
}
