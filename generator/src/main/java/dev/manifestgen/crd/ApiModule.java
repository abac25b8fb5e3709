package dev.manifestgen.crd;

import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoModule;
import dev.manifestgen.golang.GoModuleCache;
import dev.manifestgen.golang.GoSourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Go module seen as API packages: each package's type declarations and package markers, read
 * on first use (so the module's programs, which no CRD refers to, are never parsed for types), and
 * the warnings met on the way. Packages of other modules (k8s.io/api, k8s.io/apimachinery, ...)
 * are read from the Go module cache at the version this module's go.mod requires, when a type of
 * theirs is first needed; their unknown markers are not warned about (they are not the operator's).
 */
final class ApiModule {
  private final GoModule module;
  private final GoModuleCache cache;
  private final Map<String, List<GoFile>> filesByPackage = new TreeMap<>();
  private final Map<String, List<GoFile>> externalPackages = new HashMap<>();
  private final Set<Path> directoriesReadOutside = new java.util.TreeSet<>();
  private final Map<String, Map<String, GoTypeDecl>> types = new HashMap<>();
  private final Map<String, List<Marker>> packageMarkers = new HashMap<>();
  private final Set<String> warnings = new LinkedHashSet<>();

  private ApiModule(GoModule module, GoModuleCache cache) {
    this.module = module;
    this.cache = cache;
    for (GoFile f : module.files()) {
      filesByPackage.computeIfAbsent(f.packagePath(), k -> new ArrayList<>()).add(f);
    }
  }

  static ApiModule read(Path root, GoModuleCache cache) throws CrdException {
    try {
      return new ApiModule(GoModule.read(root), cache);
    } catch (GoSourceException e) {
      throw new CrdException(e.getMessage());
    }
  }

  String path() {
    return module.path();
  }

  /** Whether an import path names one of this module's packages. */
  boolean contains(String packagePath) {
    return filesByPackage.containsKey(packagePath);
  }

  /** Every package path, sorted. */
  Set<String> packages() {
    return filesByPackage.keySet();
  }

  String packageName(String packagePath) {
    return filesByPackage.get(packagePath).get(0).packageName();
  }

  /** The markers on the package clauses of a package's files, file by file. */
  List<Marker> packageMarkers(String packagePath) throws CrdException {
    List<Marker> cached = packageMarkers.get(packagePath);
    if (cached != null) {
      return cached;
    }
    List<Marker> out = new ArrayList<>();
    for (GoFile f : filesByPackage.getOrDefault(packagePath, List.of())) {
      out.addAll(GoTypeParser.packageMarkers(f, warnings::add));
    }
    packageMarkers.put(packagePath, List.copyOf(out));
    return packageMarkers.get(packagePath);
  }

  /** A package's single-valued marker ({@code groupName}), null when none of its files has it. */
  String packageMarker(String packagePath, String name) throws CrdException {
    for (Marker m : packageMarkers(packagePath)) {
      if (m.name().equals(name)) {
        return m.text();
      }
    }
    return null;
  }

  /** A package's type declarations by name, in source order; another module's package is read from the cache. */
  Map<String, GoTypeDecl> types(String packagePath) throws CrdException {
    Map<String, GoTypeDecl> cached = types.get(packagePath);
    if (cached != null) {
      return cached;
    }
    Map<String, GoTypeDecl> out = new LinkedHashMap<>();
    boolean own = contains(packagePath);
    for (GoFile f : own ? filesByPackage.get(packagePath) : external(packagePath)) {
      for (GoTypeDecl d : GoTypeParser.typeDecls(f, own ? warnings::add : w -> {})) {
        out.put(d.name(), d);
      }
    }
    types.put(packagePath, out);
    return out;
  }

  /** The values of a {@code +k8s:enum} string type: its package's string constants of that type. */
  List<String> enumValues(String packagePath, String typeName) throws CrdException {
    return EnumConstants.of(contains(packagePath) ? filesByPackage.get(packagePath) : external(packagePath), typeName);
  }

  GoTypeDecl type(String packagePath, String name) throws CrdException {
    return types(packagePath).get(name);
  }

  /**
   * The files of a package from outside the module: from the module go.mod requires that holds
   * it (the longest module path that is a prefix of the import path), in the module cache.
   */
  private List<GoFile> external(String packagePath) throws CrdException {
    List<GoFile> cached = externalPackages.get(packagePath);
    if (cached != null) {
      return cached;
    }
    String owner = null;
    for (String required : module.requirements().keySet()) {
      if ((packagePath.equals(required) || packagePath.startsWith(required + "/"))
          && (owner == null || required.length() > owner.length())) {
        owner = required;
      }
    }
    if (owner == null && !packagePath.split("/")[0].contains(".")) {
      return standardPackage(packagePath);
    }
    if (owner == null) {
      throw new CrdException("go.mod: package " + packagePath + " is used by an API type, but go.mod requires no"
          + " module that holds it");
    }
    String version = module.requirements().get(owner);
    Path moduleDir = cache.moduleDir(owner, version);
    if (!Files.isDirectory(moduleDir)) {
      throw new CrdException(owner + "@" + version + " is not in the Go module cache (" + cache.root()
          + "); run: (cd " + module.root() + " && go mod download " + owner + ")");
    }
    String rest = packagePath.substring(owner.length());
    Path dir = rest.isEmpty() ? moduleDir : moduleDir.resolve(rest.substring(1));
    if (!Files.isDirectory(dir)) {
      throw new CrdException(owner + "@" + version + " has no package " + packagePath);
    }
    try {
      List<GoFile> files = GoModuleCache.readPackage(dir, packagePath, owner + "@" + version + rest);
      externalPackages.put(packagePath, files);
      directoriesReadOutside.add(dir);
      return files;
    } catch (GoSourceException e) {
      throw new CrdException(e.getMessage());
    }
  }

  /** A package of Go's standard library ({@code time}, for a time.Duration field), from the Go installation. */
  private List<GoFile> standardPackage(String packagePath) throws CrdException {
    Path src = GoModuleCache.standardLibrary();
    if (src == null || !Files.isDirectory(src.resolve(packagePath))) {
      throw new CrdException("package " + packagePath + " of Go's standard library is used by an API type, but no Go"
          + " installation was found (set GOROOT, or put go on the PATH)");
    }
    try {
      List<GoFile> files = GoModuleCache.readPackage(src.resolve(packagePath), packagePath, "GOROOT/src/" + packagePath);
      externalPackages.put(packagePath, files);
      directoriesReadOutside.add(src.resolve(packagePath));
      return files;
    } catch (GoSourceException e) {
      throw new CrdException(e.getMessage());
    }
  }

  /** Warnings met so far (unknown markers), each once, in the order met. */
  /** The package directories read from the Go module cache and Go's standard library, sorted. */
  List<Path> directoriesReadOutside() {
    return List.copyOf(directoriesReadOutside);
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
