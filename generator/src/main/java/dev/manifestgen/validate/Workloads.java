package dev.manifestgen.validate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The objects that run pods, with their pod templates and where those sit in the document. */
public final class Workloads {
  private Workloads() {}

  /**
   * A workload's pod spec.
   *
   * @param specPath the path of the pod spec in the document, e.g. spec.template.spec
   * @param replicas the replica count (1 for pods and daemon sets, whose count is not fixed)
   */
  public record PodOwner(ManifestObject object, PodSpec spec, Map<String, String> labels, String specPath, int replicas) {}

  public static List<PodOwner> all(ManifestSet set) {
    List<PodOwner> out = new ArrayList<>();
    for (ManifestObject o : set.objects()) {
      if (o.typed() instanceof StatefulSet s && s.getSpec() != null) {
        add(out, o, s.getSpec().getTemplate(), s.getSpec().getReplicas());
      } else if (o.typed() instanceof Deployment d && d.getSpec() != null) {
        add(out, o, d.getSpec().getTemplate(), d.getSpec().getReplicas());
      } else if (o.typed() instanceof ReplicaSet r && r.getSpec() != null) {
        add(out, o, r.getSpec().getTemplate(), r.getSpec().getReplicas());
      } else if (o.typed() instanceof DaemonSet d && d.getSpec() != null) {
        add(out, o, d.getSpec().getTemplate(), 1);
      } else if (o.typed() instanceof Pod p && p.getSpec() != null) {
        Map<String, String> labels = p.getMetadata() == null || p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels();
        out.add(new PodOwner(o, p.getSpec(), labels, "spec", 1));
      }
    }
    return out;
  }

  private static void add(List<PodOwner> out, ManifestObject o, PodTemplateSpec template, Integer replicas) {
    if (template == null || template.getSpec() == null) {
      return;
    }
    Map<String, String> labels = template.getMetadata() == null || template.getMetadata().getLabels() == null
        ? Map.of() : template.getMetadata().getLabels();
    out.add(new PodOwner(o, template.getSpec(), labels, "spec.template.spec", replicas == null ? 1 : replicas));
  }

  /** Whether a selector's labels all appear in a pod's labels (an empty selector selects nothing useful). */
  public static boolean selects(Map<String, String> selector, Map<String, String> podLabels) {
    return selector != null && !selector.isEmpty() && podLabels.entrySet().containsAll(selector.entrySet());
  }
}
