package dev.manifestgen.crd;

import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoModule;
import dev.manifestgen.golang.GoSourceException;
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
 * the warnings met on the way.
 */
final class ApiModule {
  private final GoModule module;
  private final Map<String, List<GoFile>> filesByPackage = new TreeMap<>();
  private final Map<String, Map<String, GoTypeDecl>> types = new HashMap<>();
  private final Map<String, List<Marker>> packageMarkers = new HashMap<>();
  private final Set<String> warnings = new LinkedHashSet<>();

  private ApiModule(GoModule module) {
    this.module = module;
    for (GoFile f : module.files()) {
      filesByPackage.computeIfAbsent(f.packagePath(), k -> new ArrayList<>()).add(f);
    }
  }

  static ApiModule read(Path root) throws CrdException {
    try {
      return new ApiModule(GoModule.read(root));
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

  /** A package's type declarations by name, in source order. */
  Map<String, GoTypeDecl> types(String packagePath) throws CrdException {
    Map<String, GoTypeDecl> cached = types.get(packagePath);
    if (cached != null) {
      return cached;
    }
    Map<String, GoTypeDecl> out = new LinkedHashMap<>();
    for (GoFile f : filesByPackage.getOrDefault(packagePath, List.of())) {
      for (GoTypeDecl d : GoTypeParser.typeDecls(f, warnings::add)) {
        out.put(d.name(), d);
      }
    }
    types.put(packagePath, out);
    return out;
  }

  GoTypeDecl type(String packagePath, String name) throws CrdException {
    return types(packagePath).get(name);
  }

  /** Warnings met so far (unknown markers), each once, in the order met. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
