package dev.manifestgen.validate;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;

/** What a user may do, decided from the RBAC objects of a set the way the API server's authorizer does. */
public interface Access {
  /**
   * @param group the API group, "" for the core group
   * @param name the object's name, "" for a request without one (create, list)
   * @param namespace the request's namespace, "" for cluster-scoped requests
   */
  boolean allows(String user, String verb, String group, String resource, String name, String namespace);

  /** The rules that apply to the user's requests in a namespace, with the role and path they are written at. */
  List<GrantedRule> rulesFor(String user, String namespace);

  /** A rule and where it is written: {@code role} at {@code path} (e.g. {@code rules[1]}). */
  record GrantedRule(ManifestObject role, String path, PolicyRule rule) {}
}
