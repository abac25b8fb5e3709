package dev.manifestgen.render;

import java.util.Optional;
import java.util.regex.Pattern;

/** The installation: Helm's .Release.Name and .Release.Namespace; manifest-gen's --name and --namespace. */
public record Release(String name, String namespace) {
  /** The names the all-in-one manifest uses. */
  public static final Release DEFAULT = new Release("elastic-operator", "elastic-system");

  /** Helm 3 and 4 refuse longer release names: names built from them must stay within 63 characters. */
  public static final int MAX_NAME_LENGTH = 53;
  private static final String NAME_REGEX = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  private static final Pattern NAME = Pattern.compile(NAME_REGEX);
  private static final Pattern NAMESPACE = Pattern.compile("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$");

  /** Why Helm (3.17 and 4, the same check) refuses this release name, in Helm's words; empty when it takes it. */
  public static Optional<String> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of("no name provided");
    }
    if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
      return Optional.of("release name \"" + name + "\": invalid release name, must match regex " + NAME_REGEX
          + " and the length must not be longer than " + MAX_NAME_LENGTH);
    }
    return Optional.empty();
  }

  /**
   * Why the API server refuses this namespace name (Helm passes -n through unchecked; the server
   * refuses every object in such a namespace); empty when it is a valid one.
   */
  public static Optional<String> namespaceProblem(String namespace) {
    if (!NAMESPACE.matcher(namespace).matches()) {
      return Optional.of("namespace \"" + namespace + "\": not a valid namespace name: a DNS-1123 label, lower-case"
          + " letters, digits and '-', at most 63, starting and ending alphanumeric");
    }
    return Optional.empty();
  }
}
