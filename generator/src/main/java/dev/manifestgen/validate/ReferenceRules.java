package dev.manifestgen.validate;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import java.util.Map;

/** MG2xx: what objects point at exists, and selectors select the pods they are for. */
final class ReferenceRules {
  private ReferenceRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG201", Severity.ERROR, "The ServiceAccount a workload's pods run as exists in their namespace.",
            ReferenceRules::serviceAccounts),
        Rule.of("MG202", Severity.ERROR, "Every binding's roleRef names a Role or ClusterRole that exists, of the right kind "
            + "(a ClusterRoleBinding can only bind a ClusterRole).", ReferenceRules::roleRefs),
        Rule.of("MG203", Severity.ERROR, "Volumes point to ConfigMaps that exist (a missing Secret is a warning: it may be "
            + "provided separately).", ReferenceRules::volumes),
        Rule.of("MG204", Severity.ERROR, "A webhook configuration points to a Service that exists, selects the operator's "
            + "pods and forwards to a port they expose.", ReferenceRules::webhooks),
        Rule.of("MG205", Severity.ERROR, "A Service's or PodDisruptionBudget's selector matches the pod template labels of a "
            + "workload in its namespace.", ReferenceRules::selectors));
  }

  private static void serviceAccounts(ValidationContext c, Findings f) {
    for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
      String sa = w.spec().getServiceAccountName();
      if (sa == null || sa.isEmpty() || sa.equals("default")) {
        continue;
      }
      if (c.manifests().find("ServiceAccount", w.object().namespace(), sa).isEmpty()) {
        f.add(w.object(), w.specPath() + ".serviceAccountName", "ServiceAccount " + w.object().namespace() + "/" + sa
            + " is not in the manifest: pods cannot start without it; add it or create it first");
      }
    }
  }

  private static void roleRefs(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      // A roleRef without a name is MG102's finding.
      if (o.typed() instanceof RoleBinding b && b.getRoleRef() != null && b.getRoleRef().getName() != null) {
        String kind = b.getRoleRef().getKind();
        String name = b.getRoleRef().getName();
        if ("Role".equals(kind)) {
          if (c.manifests().find("Role", o.namespace(), name).isEmpty()) {
            f.add(o, "roleRef.name", "Role " + o.namespace() + "/" + name + " does not exist: the binding grants nothing");
          }
        } else if ("ClusterRole".equals(kind)) {
          if (c.manifests().find("ClusterRole", "", name).isEmpty() && !name.startsWith("system:")
              && !List.of("admin", "edit", "view", "cluster-admin").contains(name)) {
            f.add(o, "roleRef.name", "ClusterRole " + name + " does not exist: the binding grants nothing");
          }
        } else {
          f.add(o, "roleRef.kind", "roleRef.kind must be Role or ClusterRole, not " + kind);
        }
      } else if (o.typed() instanceof ClusterRoleBinding b && b.getRoleRef() != null && b.getRoleRef().getName() != null) {
        String kind = b.getRoleRef().getKind();
        String name = b.getRoleRef().getName();
        if (!"ClusterRole".equals(kind)) {
          f.add(o, "roleRef.kind", "a ClusterRoleBinding can only bind a ClusterRole, not a " + kind);
        } else if (c.manifests().find("ClusterRole", "", name).isEmpty() && !name.startsWith("system:")
            && !List.of("admin", "edit", "view", "cluster-admin").contains(name)) {
          f.add(o, "roleRef.name", "ClusterRole " + name + " does not exist: the binding grants nothing");
        }
      }
    }
  }

  private static void volumes(ValidationContext c, Findings f) {
    for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
      List<Volume> volumes = w.spec().getVolumes();
      for (int i = 0; volumes != null && i < volumes.size(); i++) {
        Volume v = volumes.get(i);
        String path = w.specPath() + ".volumes[" + i + "]";
        String ns = w.object().namespace();
        if (v.getConfigMap() != null && !Boolean.TRUE.equals(v.getConfigMap().getOptional())
            && c.manifests().find("ConfigMap", ns, v.getConfigMap().getName()).isEmpty()) {
          f.add(w.object(), path + ".configMap.name", "ConfigMap " + ns + "/" + v.getConfigMap().getName()
              + " is not in the manifest: the pods will not start");
        }
      }
    }
  }

  /** Missing Secrets: reported by MG203 as warnings (a rule of its own severity, see {@link #secretRule()}). */
  static Rule secretRule() {
    return Rule.of("MG206", Severity.WARNING, "Volumes point to Secrets that exist or are provided separately "
        + "(for example the webhook certificate when the operator does not manage it).", (c, f) -> {
          for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
            List<Volume> volumes = w.spec().getVolumes();
            for (int i = 0; volumes != null && i < volumes.size(); i++) {
              Volume v = volumes.get(i);
              String ns = w.object().namespace();
              if (v.getSecret() != null && !Boolean.TRUE.equals(v.getSecret().getOptional())
                  && c.manifests().find("Secret", ns, v.getSecret().getSecretName()).isEmpty()) {
                f.add(w.object(), w.specPath() + ".volumes[" + i + "].secret.secretName", "Secret " + ns + "/"
                    + v.getSecret().getSecretName() + " is not in the manifest: create it before the pods start");
              }
            }
          }
        });
  }

  private static void webhooks(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      if (!(o.typed() instanceof ValidatingWebhookConfiguration config) || config.getWebhooks() == null) {
        continue;
      }
      for (int i = 0; i < config.getWebhooks().size(); i++) {
        ValidatingWebhook hook = config.getWebhooks().get(i);
        String path = "webhooks[" + i + "].clientConfig.service";
        if (hook.getClientConfig() == null || hook.getClientConfig().getService() == null) {
          continue;
        }
        var ref = hook.getClientConfig().getService();
        var service = c.manifests().find("Service", ref.getNamespace(), ref.getName());
        if (service.isEmpty()) {
          f.add(o, path, "Service " + ref.getNamespace() + "/" + ref.getName() + " is not in the manifest: the API server "
              + "cannot call the webhook");
          continue;
        }
        Service s = service.get().as(Service.class);
        if (s == null || s.getSpec() == null) {
          continue;
        }
        int port = ref.getPort() == null ? 443 : ref.getPort();
        ServicePort sp = s.getSpec().getPorts() == null ? null
            : s.getSpec().getPorts().stream().filter(p -> p.getPort() != null && p.getPort() == port).findFirst().orElse(null);
        if (sp == null) {
          f.add(o, path + ".port", "Service " + ref.getNamespace() + "/" + ref.getName() + " has no port " + port);
          continue;
        }
        boolean served = Workloads.all(c.manifests()).stream()
            .filter(w -> w.object().namespace().equals(ref.getNamespace()))
            .filter(w -> Workloads.selects(s.getSpec().getSelector(), w.labels()))
            .anyMatch(w -> exposes(w, sp));
        if (!served) {
          f.add(o, path, "Service " + ref.getNamespace() + "/" + ref.getName() + " selects no pod that listens on its "
              + "target port: the webhook calls would fail");
        }
      }
    }
  }

  private static boolean exposes(Workloads.PodOwner w, ServicePort sp) {
    var target = sp.getTargetPort();
    return w.spec().getContainers().stream().flatMap(ct -> ct.getPorts() == null ? java.util.stream.Stream.empty() : ct.getPorts().stream())
        .anyMatch(p -> target == null ? p.getContainerPort().equals(sp.getPort())
            : target.getIntVal() != null ? target.getIntVal().equals(p.getContainerPort()) : target.getStrVal().equals(p.getName()));
  }

  @SuppressWarnings("unchecked")
  private static void selectors(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      Map<String, String> selector;
      String path;
      if (o.kind().equals("Service")) {
        path = "spec.selector";
        selector = Paths.get(o.raw(), path) instanceof Map<?, ?> m ? (Map<String, String>) m : null;
      } else if (o.kind().equals("PodDisruptionBudget")) {
        path = "spec.selector.matchLabels";
        selector = Paths.get(o.raw(), path) instanceof Map<?, ?> m ? (Map<String, String>) m : null;
      } else {
        continue;
      }
      if (selector == null) {
        continue;
      }
      boolean matches = Workloads.all(c.manifests()).stream()
          .anyMatch(w -> w.object().namespace().equals(o.namespace()) && Workloads.selects(selector, w.labels()));
      if (!matches) {
        f.add(o, path, "selects no pod of any workload in namespace " + o.namespace() + ": check the labels");
      }
    }
  }
}
