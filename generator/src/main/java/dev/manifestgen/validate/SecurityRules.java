package dev.manifestgen.validate;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/** MG6xx: the security baseline; warnings unless --strict-security makes them errors. */
final class SecurityRules {
  private SecurityRules() {}

  static List<Rule> all() {
    return List.of(
        container("MG601", "Containers run as non-root (runAsNonRoot in the pod or container security context).",
            (w, f) -> {
              PodSecurityContext pod = w.owner.spec().getSecurityContext();
              SecurityContext sc = w.container.getSecurityContext();
              boolean nonRoot = sc != null && Boolean.TRUE.equals(sc.getRunAsNonRoot())
                  || (sc == null || sc.getRunAsNonRoot() == null) && pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot());
              if (!nonRoot) {
                f.add(w.owner.object(), w.path + ".securityContext.runAsNonRoot", "set runAsNonRoot: true");
              }
            }),
        container("MG602", "Containers cannot escalate privileges (allowPrivilegeEscalation: false).", (w, f) -> {
          SecurityContext sc = w.container.getSecurityContext();
          if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            f.add(w.owner.object(), w.path + ".securityContext.allowPrivilegeEscalation", "set allowPrivilegeEscalation: false");
          }
        }),
        container("MG603", "Containers have a read-only root filesystem.", (w, f) -> {
          SecurityContext sc = w.container.getSecurityContext();
          if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
            f.add(w.owner.object(), w.path + ".securityContext.readOnlyRootFilesystem", "set readOnlyRootFilesystem: true");
          }
        }),
        container("MG604", "Containers drop all capabilities.", (w, f) -> {
          SecurityContext sc = w.container.getSecurityContext();
          boolean dropsAll = sc != null && sc.getCapabilities() != null && sc.getCapabilities().getDrop() != null
              && sc.getCapabilities().getDrop().contains("ALL");
          if (!dropsAll) {
            f.add(w.owner.object(), w.path + ".securityContext.capabilities.drop", "drop ALL capabilities");
          }
        }),
        container("MG605", "Containers request and limit CPU and memory.", (w, f) -> {
          var r = w.container.getResources();
          for (String kind : List.of("requests", "limits")) {
            var map = r == null ? null : kind.equals("requests") ? r.getRequests() : r.getLimits();
            for (String resource : List.of("cpu", "memory")) {
              if (map == null || !map.containsKey(resource)) {
                f.add(w.owner.object(), w.path + ".resources." + kind, "set resources." + kind + "." + resource);
              }
            }
          }
        }),
        Rule.of("MG606", Severity.WARNING, "RBAC rules name their verbs, resources and API groups (no '*').", (c, f) -> {
          for (ManifestObject o : c.manifests().ofKind("Role", "ClusterRole")) {
            List<PolicyRule> rules = o.typed() instanceof Role r ? r.getRules()
                : o.typed() instanceof ClusterRole cr ? cr.getRules() : List.of();
            for (int i = 0; rules != null && i < rules.size(); i++) {
              PolicyRule rule = rules.get(i);
              if (rule == null) {
                continue;
              }
              // Arrays.asList: a field set to null in the manifest is null here.
              for (var field : List.of(Arrays.asList("verbs", rule.getVerbs()), Arrays.asList("resources", rule.getResources()),
                  Arrays.asList("apiGroups", rule.getApiGroups()))) {
                if (field.get(1) instanceof List<?> values && values.contains("*")) {
                  f.add(o, "rules[" + i + "]." + field.get(0), "'*' grants everything, present and future: list what is needed");
                }
              }
            }
          }
        }),
        Rule.of("MG607", Severity.WARNING, "No cluster-wide permission where a namespaced one serves: the lock, and "
            + "everything of an operator limited to some namespaces, are granted by Roles.", SecurityRules::clusterWide));
  }

  private static void clusterWide(ValidationContext c, Findings f) {
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (OperatorInstance op : c.operators()) {
      List<String> namespaces = ContractRules.managedNamespaces(c.contract(), op);
      OperatorLock lock = OperatorLock.of(c.contract(), op).orElse(null);
      for (Access.GrantedRule g : c.access().rulesFor(op.user(), "")) {
        PolicyRule rule = g.rule();
        if (rule.getResources() == null || rule.getResources().isEmpty() || !reported.add(g.role().describe() + g.path())) {
          continue;
        }
        boolean namespaced = rule.getResources().stream().anyMatch(res -> (rule.getApiGroups() == null ? List.<String>of()
            : rule.getApiGroups()).stream().anyMatch(group -> !ClusterScopedResources.contains(c.manifests(), group, res)));
        boolean onLock = lock != null && rule.getResourceNames() != null && rule.getResourceNames().contains(lock.name());
        if (onLock) {
          f.add(g.role(), g.path(), "grants the leader-election lock \"" + lock.name() + "\" in every namespace; it lives"
              + " only in " + lock.namespace() + ": grant it with a Role and RoleBinding there.");
        } else if (namespaced && !namespaces.contains("")) {
          f.add(g.role(), g.path(), "grants namespaced resources in every namespace, but the operator manages only "
              + namespaces + ": grant them with a Role and RoleBinding in each managed namespace.");
        }
      }
    }
  }

  /** The per-container view a security rule checks. */
  private record ContainerAt(Workloads.PodOwner owner, Container container, String path) {}

  private static Rule container(String id, String summary, BiConsumer<ContainerAt, Findings> check) {
    return Rule.of(id, Severity.WARNING, summary, (c, f) -> {
      for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
        List<Container> containers = w.spec().getContainers();
        for (int i = 0; i < containers.size(); i++) {
          check.accept(new ContainerAt(w, containers.get(i), w.specPath() + ".containers[" + i + "]"), f);
        }
      }
    });
  }
}
