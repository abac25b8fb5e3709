package dev.manifestgen.golang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed Go file: its package, its imports and its tokens.
 *
 * @param display the path shown in messages (relative to the module root)
 * @param packagePath the import path of its package (module path plus directory)
 * @param packageName the name in its {@code package} clause
 * @param importPaths every import, by the path it was imported from, to the name it was given ("_" and
 *     "." included); an import without a name maps to null until {@link GoModule} settles its name
 */
public record GoFile(String display, String packagePath, String packageName, Map<String, String> importPaths,
    List<GoToken> tokens, List<GoComment> comments) {

  /** Reads the package clause and the import declarations. */
  static GoFile parse(String display, String packagePath, String source) throws GoSourceException {
    GoTokenizer.Result r = GoTokenizer.tokenize(source, display);
    List<GoToken> t = r.tokens();
    int i = 0;
    if (t.size() < 2 || !t.get(0).is("package") || !t.get(1).isIdent()) {
      throw new GoSourceException(display + ":" + (t.isEmpty() ? 1 : t.get(0).line()) + ": no package clause");
    }
    String name = t.get(1).text();
    i = 2;
    Map<String, String> imports = new LinkedHashMap<>();
    while (i < t.size()) {
      if (t.get(i).is(";")) {
        i++;
      } else if (t.get(i).is("import")) {
        i++;
        if (i < t.size() && t.get(i).is("(")) {
          i++;
          while (i < t.size() && !t.get(i).is(")")) {
            i = importSpec(display, t, i, imports);
          }
          i++;
        } else {
          i = importSpec(display, t, i, imports);
        }
      } else {
        break;
      }
    }
    return new GoFile(display, packagePath, name, imports, t, r.comments());
  }

  private static int importSpec(String display, List<GoToken> t, int i, Map<String, String> imports)
      throws GoSourceException {
    if (t.get(i).is(";")) {
      return i + 1;
    }
    String alias = null;
    if (t.get(i).isIdent() || t.get(i).is(".")) {
      alias = t.get(i).text();
      i++;
    }
    if (i >= t.size() || t.get(i).kind() != GoToken.Kind.STRING) {
      throw new GoSourceException(display + ":" + t.get(Math.min(i, t.size() - 1)).line() + ": bad import declaration");
    }
    imports.put(t.get(i).value(), alias);
    return i + 1;
  }

  /** The import path a package name refers to in this file; null when it is not an imported package. */
  public String importPathOf(String localName) {
    for (Map.Entry<String, String> e : importPaths.entrySet()) {
      if (localName.equals(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Whether {@code localName} names the package imported from {@code path} in this file. */
  public boolean refersTo(String localName, String path) {
    return path.equals(importPathOf(localName));
  }
}
