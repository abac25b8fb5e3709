package dev.manifestgen.validate.rbac;

import dev.manifestgen.validate.ObjectRef;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;

/**
 * A RoleBinding (namespace set) or ClusterRoleBinding (namespace "").
 *
 * @param source where it comes from: a manifest file, or the bootstrap policy
 */
public record Binding(String kind, String namespace, String name, String roleKind, String roleName,
    List<Subject> subjects, String source) {
  public static final String ROLE_BINDING = "RoleBinding";
  public static final String CLUSTER_ROLE_BINDING = "ClusterRoleBinding";

  public Binding {
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
  }

  static Binding of(ClusterRoleBinding b, String source) {
    return new Binding(CLUSTER_ROLE_BINDING, "", b.getMetadata().getName(),
        b.getRoleRef() == null ? "" : b.getRoleRef().getKind(), b.getRoleRef() == null ? "" : b.getRoleRef().getName(),
        b.getSubjects(), source);
  }

  static Binding of(RoleBinding b, String source) {
    return new Binding(ROLE_BINDING, b.getMetadata().getNamespace() == null ? "" : b.getMetadata().getNamespace(),
        b.getMetadata().getName(), b.getRoleRef() == null ? "" : b.getRoleRef().getKind(),
        b.getRoleRef() == null ? "" : b.getRoleRef().getName(), b.getSubjects(), source);
  }

  /** The first subject the user is, as the authorizer picks it; null when none is. */
  Subject subjectFor(UserInfo user) {
    for (Subject s : subjects) {
      if (applies(s, user, namespace)) {
        return s;
      }
    }
    return null;
  }

  /**
   * A ServiceAccount subject without a namespace means the binding's namespace, so it never matches
   * in a ClusterRoleBinding.
   */
  static boolean applies(Subject s, UserInfo user, String bindingNamespace) {
    String kind = s.getKind() == null ? "" : s.getKind();
    String name = s.getName() == null ? "" : s.getName();
    return switch (kind) {
      case "User" -> user.name().equals(name);
      case "Group" -> user.inGroup(name);
      case "ServiceAccount" -> {
        String ns = s.getNamespace() == null || s.getNamespace().isEmpty() ? bindingNamespace : s.getNamespace();
        yield !ns.isEmpty() && user.name().equals(UserInfo.SERVICE_ACCOUNT_PREFIX + ns + ":" + name);
      }
      default -> false;
    };
  }

  /**
   * The API server's wording, with the object named as everywhere else (namespace/name):
   * {@code RoleBinding "namespace/name" of Role "r"}.
   */
  public String describe() {
    return kind + " \"" + ObjectRef.key(namespace, name) + "\" of " + roleKind + " \"" + roleName + "\"";
  }

  static String describe(Subject s, String bindingNamespace) {
    if ("ServiceAccount".equals(s.getKind())) {
      String ns = s.getNamespace() == null || s.getNamespace().isEmpty() ? bindingNamespace : s.getNamespace();
      return "ServiceAccount \"" + ObjectRef.key(ns, s.getName()) + "\"";
    }
    return s.getKind() + " \"" + s.getName() + "\"";
  }
}
