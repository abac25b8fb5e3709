package dev.manifestgen.yaml;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A YAML document read as a plain tree (maps, lists, String, Long, Double, Boolean, null) together
 * with the line each path starts on, so later stages can point at "file:line".
 *
 * <p>Paths use Helm's --set notation: {@code a.b[0].c}. Keys that contain a dot are written
 * {@code a["x.y"]}.
 */
public final class YamlTree {
  private final Object root;
  private Supplier<Map<String, Integer>> linesSource;
  private Map<String, Integer> lines;

  public YamlTree(Object root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /**
   * A tree whose lines are worked out when first asked for: a manifest's lines are needed only
   * for its findings, and recording every path of a large manifest costs more than parsing it.
   */
  YamlTree(Object root, Supplier<Map<String, Integer>> lines) {
    this.root = root;
    this.linesSource = lines;
  }

  public Object root() {
    return root;
  }

  /** The line of every path. */
  public synchronized Map<String, Integer> lines() {
    if (lines == null) {
      lines = linesSource.get();
      linesSource = null;
    }
    return lines;
  }

  /** The 1-based line of {@code path}, or of its nearest ancestor that has one; 0 if none. */
  public int lineOf(String path) {
    Map<String, Integer> all = lines();
    String p = path;
    while (true) {
      Integer line = all.get(p);
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
