package dev.manifestgen.render;

/** The installation: Helm's .Release.Name and .Release.Namespace; manifest-gen's --name and --namespace. */
public record Release(String name, String namespace) {
  /** The names the all-in-one manifest uses. */
  public static final Release DEFAULT = new Release("elastic-operator", "elastic-system");
}
