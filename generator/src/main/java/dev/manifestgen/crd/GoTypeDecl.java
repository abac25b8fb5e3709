package dev.manifestgen.crd;

import java.util.List;

/**
 * A type declaration of an API package.
 *
 * @param packagePath the import path of its package
 * @param name its name
 * @param typeParams the names of its type parameters, none unless it is generic
 * @param alias whether it is an alias ({@code type A = B})
 * @param type its underlying type expression
 * @param doc its doc comment's lines, markers left out
 * @param markers its markers: those of its doc comment and of the comment group just above it
 * @param file the file it is declared in, relative to the module root
 * @param line the 1-based line it is declared on
 */
record GoTypeDecl(String packagePath, String name, List<String> typeParams, boolean alias, GoType type, List<String> doc, List<Marker> markers, String file,
    int line) {

  String where() {
    return file + ":" + line;
  }

  boolean has(String marker) {
    return markers.stream().anyMatch(m -> m.name().equals(marker));
  }

  List<Marker> all(String marker) {
    return markers.stream().filter(m -> m.name().equals(marker)).toList();
  }
}
