package dev.manifestgen.golang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Go module read from a directory: go.mod's module path and requirements, and every non-test Go
 * file of its packages (vendor/, testdata/ and directories starting with "." or "_" skipped, as the
 * go tool does), sorted by path so every later step sees them in the same order.
 */
public record GoModule(Path root, String path, Map<String, String> requirements, List<GoFile> files) {
  private static final Pattern MODULE = Pattern.compile("(?m)^\\s*module\\s+\"?([^\\s\"]+)\"?\\s*$");
  private static final Pattern REPLACE_LINE = Pattern.compile(
      "^\\s*(?:replace\\s+)?(\\S+)(?:\\s+v\\S+)?\\s+=>\\s+(\\S+)\\s+(v\\S+)");
  private static final Pattern REQUIRE_LINE = Pattern.compile("^\\s*(?:require\\s+)?\"?([^\\s\"()]+)\"?\\s+(v[^\\s]+)");

  public static GoModule read(Path root) throws GoSourceException {
    return read(root, e -> {
      throw e;
    });
  }

  /** What to do with a Go file that cannot be tokenized: throw (the default), or take note and go on without it. */
  public interface Unreadable {
    void file(GoSourceException problem) throws GoSourceException;
  }

  /**
   * Reads the module; a Go file that cannot be tokenized goes to {@code unreadable} (in path order) and, when
   * that does not throw, is left out of the module.
   */
  public static GoModule read(Path root, Unreadable unreadable) throws GoSourceException {
    Path goMod = root.resolve("go.mod");
    if (!Files.isRegularFile(goMod)) {
      throw new GoSourceException(root + ": not a Go module (no go.mod)");
    }
    String mod = readString(goMod);
    Matcher m = MODULE.matcher(mod);
    if (!m.find()) {
      throw new GoSourceException(root.resolve("go.mod") + ":1: no module directive");
    }
    String modulePath = m.group(1);
    Map<String, String> requirements = requirements(mod);
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".go") && !p.toString().endsWith("_test.go"))
          .filter(p -> !skipped(root.relativize(p)))
          .forEach(sources::add);
    } catch (IOException e) {
      throw new GoSourceException(root + ": cannot read: " + e.getMessage());
    }
    sources.sort((a, b) -> slashed(root.relativize(a)).compareTo(slashed(root.relativize(b))));
    // Files are read and tokenized in parallel; the list keeps the sorted order, and the first failure
    // in that order is the one reported, so the outcome does not depend on scheduling.
    List<Object> parsed = sources.parallelStream().map(p -> {
      String rel = slashed(root.relativize(p));
      String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
      try {
        return (Object) GoFile.parse(rel, dir.isEmpty() ? modulePath : modulePath + "/" + dir, readString(p));
      } catch (GoSourceException e) {
        return e;
      }
    }).toList();
    List<GoFile> files = new ArrayList<>();
    for (Object o : parsed) {
      if (o instanceof GoSourceException e) {
        unreadable.file(e);
      } else {
        files.add((GoFile) o);
      }
    }
    return new GoModule(root, modulePath, requirements, nameImports(files));
  }

  /** The module's files by package import path, packages sorted by path, files in module order. */
  public Map<String, List<GoFile>> packages() {
    Map<String, List<GoFile>> out = new TreeMap<>();
    for (GoFile f : files) {
      out.computeIfAbsent(f.packagePath(), p -> new ArrayList<>()).add(f);
    }
    return out;
  }

  /**
   * The packages of this module a package imports, directly or not, itself included, in path order.
   * Imports from outside the module are left out: their code is not in the tree.
   */
  public java.util.SortedSet<String> importClosure(String packagePath) {
    Map<String, List<GoFile>> packages = packages();
    java.util.SortedSet<String> seen = new java.util.TreeSet<>();
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(List.of(packagePath));
    while (!queue.isEmpty()) {
      String p = queue.poll();
      if (!packages.containsKey(p) || !seen.add(p)) {
        continue;
      }
      for (GoFile f : packages.get(p)) {
        queue.addAll(f.importPaths().keySet());
      }
    }
    return seen;
  }

  /** The version go.mod requires of a module; null when it does not require it. */
  public String versionOf(String module) {
    return requirements.get(module);
  }

  /** The required versions, with {@code replace} directives that name a version of the same module applied. */
  private static Map<String, String> requirements(String mod) {
    Map<String, String> out = new TreeMap<>();
    Map<String, String> replaced = new TreeMap<>();
    String block = null;
    for (String rawLine : mod.split("\n")) {
      String line = rawLine.replaceAll("//.*", "").trim();
      if (line.matches("(require|replace)\\s*\\(")) {
        block = line.substring(0, 7);
        continue;
      }
      if (block != null && line.startsWith(")")) {
        block = null;
        continue;
      }
      if ("require".equals(block) || line.startsWith("require ")) {
        Matcher r = REQUIRE_LINE.matcher(line);
        if (r.find()) {
          out.put(r.group(1), r.group(2));
        }
      } else if ("replace".equals(block) || line.startsWith("replace ")) {
        Matcher r = REPLACE_LINE.matcher(line);
        if (r.find() && r.group(1).equals(r.group(2))) {
          replaced.put(r.group(1), r.group(3));
        }
      }
    }
    replaced.forEach((module, version) -> {
      if (out.containsKey(module)) {
        out.put(module, version);
      }
    });
    return out;
  }

  /** An unnamed import is known by its package's name: from the tree when the package is in it, else its path. */
  private static List<GoFile> nameImports(List<GoFile> files) {
    Map<String, String> names = new HashMap<>();
    for (GoFile f : files) {
      names.putIfAbsent(f.packagePath(), f.packageName());
    }
    List<GoFile> out = new ArrayList<>();
    for (GoFile f : files) {
      Map<String, String> imports = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : f.importPaths().entrySet()) {
        String name = e.getValue() != null ? e.getValue()
            : names.getOrDefault(e.getKey(), assumedName(e.getKey()));
        imports.put(e.getKey(), name);
      }
      out.add(new GoFile(f.display(), f.packagePath(), f.packageName(), imports, f.tokens(), f.comments()));
    }
    return List.copyOf(out);
  }

  /**
   * The name an unnamed import of a package outside the tree is assumed to have, as Go's tools assume it:
   * the last element without a major-version suffix, a {@code go-} prefix dropped, cut at the first character
   * that cannot be in an identifier ({@code github.com/alexflint/go-arg} is arg, {@code gopkg.in/yaml.v2} yaml).
   */
  static String assumedName(String importPath) {
    String base = lastElement(importPath);
    if (base.startsWith("go-")) {
      base = base.substring(3);
    }
    for (int i = 0; i < base.length(); i++) {
      if (!Character.isLetterOrDigit(base.charAt(i)) && base.charAt(i) != '_') {
        return base.substring(0, i);
      }
    }
    return base;
  }

  /** An import path's last element without version suffixes: {@code .../yaml.v2} is yaml, {@code .../foo/v2} is foo. */
  public static String lastElement(String importPath) {
    String[] parts = importPath.split("/");
    String last = parts[parts.length - 1];
    // A major-version suffix (/v2 and up) is not the package's name; k8s.io/api/core/v1 is package v1.
    if (last.matches("v([2-9]|[1-9][0-9]+)") && parts.length > 1) {
      last = parts[parts.length - 2];
    }
    return last.replaceAll("\\.v[0-9]+$", "");
  }

  private static boolean skipped(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String part = relative.getName(i).toString();
      if (part.equals("vendor") || part.equals("testdata") || part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static String readString(Path p) throws GoSourceException {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoSourceException(p + ": cannot read: " + e.getMessage());
    }
  }
}
