package dev.manifestgen.e2e;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Fresh namespaces, so scenarios never see each other's objects. */
final class Namespaces {
  private Namespaces() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** The namespaces the manifest's objects live in, created where missing (kubectl apply does not create them). */
  static List<String> ensureAllOf(Cluster cluster, String manifest) {
    List<String> namespaces = RenderedInstallation.documents(manifest).stream()
        .map(d -> (String) RenderedInstallation.map(d.get("metadata")).get("namespace")).filter(Objects::nonNull)
        .distinct().toList();
    namespaces.forEach(ns -> ensure(cluster, ns));
    return namespaces;
  }

  static void ensure(Cluster cluster, String name) {
    if (cluster.admin().namespaces().withName(name).get() == null) {
      cluster.admin().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }
}
