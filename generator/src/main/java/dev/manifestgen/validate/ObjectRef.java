package dev.manifestgen.validate;

/**
 * How every message names an object: {@code namespace/name} (as kubectl and client-go's
 * NamespacedName print it), just {@code name} when it is cluster-scoped.
 */
public final class ObjectRef {
  private ObjectRef() {}

  public static String key(String namespace, String name) {
    return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** {@code Kind namespace/name}. */
  public static String of(String kind, String namespace, String name) {
    return kind + " " + key(namespace, name);
  }
}
