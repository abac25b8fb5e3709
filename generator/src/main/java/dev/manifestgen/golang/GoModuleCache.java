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
import java.util.stream.Stream;

/**
 * The Go module cache ({@code go env GOMODCACHE}): where {@code go mod download} unpacks a module
 * version, read-only, at {@code <cache>/<escaped path>@<escaped version>}. Packages of a module
 * another module requires are read from there, as go/packages (and so controller-gen) reads them.
 */
public final class GoModuleCache {
  private final Path root;

  public GoModuleCache(Path root) {
    this.root = root;
  }

  /**
   * The cache the go command would use: $GOMODCACHE, else the first $GOPATH entry's pkg/mod, else
   * $HOME/go/pkg/mod (the go command's defaults, without running it).
   */
  public static GoModuleCache fromEnvironment() {
    String cache = System.getenv("GOMODCACHE");
    if (cache != null && !cache.isEmpty()) {
      return new GoModuleCache(Path.of(cache));
    }
    String gopath = System.getenv("GOPATH");
    if (gopath != null && !gopath.isEmpty()) {
      return new GoModuleCache(Path.of(gopath.split(java.io.File.pathSeparator)[0], "pkg", "mod"));
    }
    return new GoModuleCache(Path.of(System.getProperty("user.home"), "go", "pkg", "mod"));
  }

  public Path root() {
    return root;
  }

  /**
   * The source of Go's standard library: $GOROOT/src, else that of the {@code go} on the PATH ({@code go
   * env GOROOT}); null when neither is there.
   */
  public static Path standardLibrary() {
    String goroot = System.getenv("GOROOT");
    if (goroot == null || goroot.isEmpty()) {
      try {
        Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        goroot = p.waitFor() == 0 ? out : null;
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    Path src = goroot == null || goroot.isEmpty() ? null : Path.of(goroot, "src");
    return src != null && Files.isDirectory(src) ? src : null;
  }

  /** The directory of a module version; it exists only once the module was downloaded. */
  public Path moduleDir(String module, String version) {
    return root.resolve(escape(module) + "@" + escape(version));
  }

  /** The go command's case encoding: an upper-case letter is '!' and its lower case. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('!').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The non-test Go files of one package directory, sorted by name, as files of package
   * {@code importPath}; files that exclude themselves from every build ({@code //go:build ignore})
   * are left out. Unnamed imports are named by the last element of their path.
   *
   * @param display how messages name the directory (module@version/dir)
   */
  public static List<GoFile> readPackage(Path dir, String importPath, String display) throws GoSourceException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".go")
          && !p.getFileName().toString().endsWith("_test.go")).sorted().forEach(sources::add);
    } catch (IOException e) {
      throw new GoSourceException(display + ": cannot read: " + e.getMessage());
    }
    List<GoFile> out = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Path p : sources) {
      String text;
      try {
        text = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new GoSourceException(display + "/" + p.getFileName() + ": cannot read: " + e.getMessage());
      }
      if (ignored(text)) {
        continue;
      }
      GoFile f = GoFile.parse(display + "/" + p.getFileName(), importPath, text);
      Map<String, String> imports = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : f.importPaths().entrySet()) {
        imports.put(e.getKey(), e.getValue() != null ? e.getValue()
            : names.computeIfAbsent(e.getKey(), k -> GoModule.lastElement(k).replace('-', '_')));
      }
      out.add(new GoFile(f.display(), f.packagePath(), f.packageName(), imports, f.tokens(), f.comments()));
    }
    return out;
  }

  /** A build constraint before the package clause that no build satisfies: {@code ignore}. */
  private static boolean ignored(String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith("package ")) {
        return false;
      }
      if (l.equals("//go:build ignore") || l.equals("// +build ignore")) {
        return true;
      }
    }
    return false;
  }
}
