package dev.manifestgen.crd;

import java.util.List;

/** A Go type expression, as far as a CRD schema needs it. */
sealed interface GoType {
  /** A type by name: a predeclared one (package null), one of the module's, or an imported one. */
  record Named(String packagePath, String name) implements GoType {
    boolean predeclared() {
      return packagePath == null;
    }

    @Override
    public String toString() {
      return packagePath == null ? name : packagePath + "." + name;
    }
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
