package dev.manifestgen.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * "May this ServiceAccount do VERB on RESOURCE (named NAME) in NAMESPACE?", asked of manifest-gen's
 * RBAC evaluator and of the server's authorizer.
 *
 * @param namespace null for a cluster-scoped resource
 * @param name null for any object
 */
record AccessQuestion(String serviceAccountNamespace, String serviceAccount, String verb, String group, String resource,
    String name, String namespace) {

  String user() {
    return "system:serviceaccount:" + serviceAccountNamespace + ":" + serviceAccount;
  }

  /** The resource as kubectl writes it: plural.group, then /name when asked about one object. */
  String kubectlResource() {
    String resourceRef = group.isEmpty() ? resource : resource + "." + group;
    return name == null ? resourceRef : resourceRef + "/" + name;
  }

  /** manifest-gen can-i's arguments for this question about the manifest FILE. */
  List<String> canIArgs(String file) {
    List<String> args = new ArrayList<>(List.of("can-i", "--as", user(), verb, kubectlResource()));
    if (namespace != null) {
      args.addAll(List.of("-n", namespace));
    }
    args.addAll(List.of("-f", file));
    return args;
  }

  @Override
  public String toString() {
    return user() + " " + verb + " " + kubectlResource() + (namespace == null ? "" : " -n " + namespace);
  }
}
