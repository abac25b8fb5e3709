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

  /**
   * The path as Helm's --set takes it: {@code podAnnotations["example.com/x"]} is
   * {@code podAnnotations.example\.com/x}; in a key, '\\', '.', ',', '=' and '[' are escaped with '\\'.
   */
  public static String asSetKey(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      if (path.startsWith("[\"", i)) {
        int end = path.indexOf("\"]", i + 2);
        appendKey(out, path.substring(i + 2, end));
        i = end + 2;
      } else if (path.charAt(i) == '[') {
        int end = path.indexOf(']', i);
        out.append(path, i, end + 1);
        i = end + 1;
      } else {
        if (path.charAt(i) == '.') {
          i++;
        }
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        appendKey(out, path.substring(i, end));
        i = end;
      }
    }
    return out.toString();
  }

  private static void appendKey(StringBuilder out, String key) {
    if (out.length() > 0) {
      out.append('.');
    }
    for (char c : key.toCharArray()) {
      if (c == '\\' || c == '.' || c == ',' || c == '=' || c == '[') {
        out.append('\\');
      }
      out.append(c);
    }
  }
}
