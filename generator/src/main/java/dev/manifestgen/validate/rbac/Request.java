package dev.manifestgen.validate.rbac;

/**
 * What the authorizer is asked: a resource request (verb on apiGroup/resource[/subresource], maybe a
 * name, in a namespace or cluster-wide) or a non-resource request (verb on a URL path).
 *
 * @param namespace "" for a cluster-scoped object or a request across all namespaces
 * @param path the URL of a non-resource request; "" for a resource request
 */
public record Request(UserInfo user, String verb, String apiGroup, String resource, String subresource, String name,
    String namespace, String path) {

  public Request {
    apiGroup = orEmpty(apiGroup);
    resource = orEmpty(resource);
    subresource = orEmpty(subresource);
    name = orEmpty(name);
    namespace = orEmpty(namespace);
    path = orEmpty(path);
  }

  public static Request resource(UserInfo user, String verb, String apiGroup, String resource, String subresource,
      String name, String namespace) {
    return new Request(user, verb, apiGroup, resource, subresource, name, namespace, "");
  }

  public static Request nonResource(UserInfo user, String verb, String path) {
    return new Request(user, verb, "", "", "", "", "", path);
  }

  /** The same question asked by a ServiceAccount, e.g. the one an operator's pods run as. */
  public static Request forServiceAccount(String saNamespace, String saName, String verb, String apiGroup,
      String resource, String subresource, String name, String namespace) {
    return resource(UserInfo.serviceAccount(saNamespace, saName), verb, apiGroup, resource, subresource, name, namespace);
  }

  public boolean isResourceRequest() {
    return path.isEmpty();
  }

  /** kubectl's way of writing the question: {@code get configmaps/name -n ns}. */
  public String describe() {
    if (!isResourceRequest()) {
      return verb + " " + path;
    }
    StringBuilder s = new StringBuilder(verb).append(' ').append(resource);
    if (!apiGroup.isEmpty()) {
      s.append('.').append(apiGroup);
    }
    if (!name.isEmpty()) {
      s.append('/').append(name);
    }
    if (!subresource.isEmpty()) {
      s.append(" --subresource ").append(subresource);
    }
    s.append(namespace.isEmpty() ? " (all namespaces)" : " -n " + namespace);
    return s.toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
