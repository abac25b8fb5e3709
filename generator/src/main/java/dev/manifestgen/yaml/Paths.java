package dev.manifestgen.yaml;

/** Builds and takes apart value paths written like Helm's --set keys: {@code a.b[0].c}. */
public final class Paths {
  private Paths() {}

  public static String child(String parent, String key) {
    if (key.contains(".") || key.isEmpty()) {
      return parent + "[\"" + key + "\"]";
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  public static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  /** The parent path: {@code a.b[0].c -> a.b[0] -> a.b -> a -> ""}. */
  public static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      if (path.charAt(open + 1) == '"') {
        open = path.lastIndexOf("[\"");
      }
      return path.substring(0, open);
    }
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf(']');
    if (dot > bracket) {
      return path.substring(0, dot);
    }
    return bracket >= 0 ? path.substring(0, bracket + 1) : "";
  }
}
