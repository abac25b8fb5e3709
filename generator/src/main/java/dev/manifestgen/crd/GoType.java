package dev.manifestgen.crd;

import java.util.List;

/** A Go type expression, as far as a CRD schema needs it. */
sealed interface GoType {
  /**
   * A type by name: a predeclared one (package null), one of the module's, or an imported one; with
   * type arguments when it instantiates a generic type.
   */
  record Named(String packagePath, String name, List<GoType> typeArgs) implements GoType {
    Named(String packagePath, String name) {
      this(packagePath, name, List.of());
    }

    boolean predeclared() {
      return packagePath == null;
    }

    @Override
    public String toString() {
      String args = typeArgs.isEmpty() ? ""
          : typeArgs.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(",", "[", "]"));
      return (packagePath == null ? name : packagePath + "." + name) + args;
    }
  }

  /**
   * This type with the type parameters of a generic declaration in {@code packagePath} replaced by
   * their arguments.
   */
  static GoType substitute(GoType type, String packagePath, java.util.Map<String, GoType> args) {
    if (args.isEmpty()) {
      return type;
    }
    if (type instanceof Named n) {
      if (n.typeArgs().isEmpty() && packagePath.equals(n.packagePath()) && args.containsKey(n.name())) {
        return args.get(n.name());
      }
      return new Named(n.packagePath(), n.name(),
          n.typeArgs().stream().map(a -> substitute(a, packagePath, args)).toList());
    }
    if (type instanceof Pointer p) {
      return new Pointer(substitute(p.element(), packagePath, args));
    }
    if (type instanceof Slice s) {
      return new Slice(substitute(s.element(), packagePath, args));
    }
    if (type instanceof Array a) {
      return new Array(substitute(a.element(), packagePath, args));
    }
    if (type instanceof MapOf m) {
      return new MapOf(substitute(m.key(), packagePath, args), substitute(m.value(), packagePath, args));
    }
    if (type instanceof Struct s) {
      return new Struct(s.fields().stream().map(f -> new GoField(f.name(), f.embedded(),
          substitute(f.type(), packagePath, args), f.tag(), f.doc(), f.markers(), f.line())).toList());
    }
    return type;
  }

  record Pointer(GoType element) implements GoType {}

  record Slice(GoType element) implements GoType {}

  /** A fixed-length array; its schema is the same as a slice's. */
  record Array(GoType element) implements GoType {}

  record MapOf(GoType key, GoType value) implements GoType {}

  record Struct(List<GoField> fields) implements GoType {}

  /** interface{}, a func or a chan: nothing a JSON document holds by shape. */
  record Opaque(String what) implements GoType {}
}
