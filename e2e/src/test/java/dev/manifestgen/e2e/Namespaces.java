package dev.manifestgen.e2e;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.UUID;

/** Fresh namespaces, so scenarios never see each other's objects. */
final class Namespaces {
  private Namespaces() {}

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  static void ensure(Cluster cluster, String name) {
    if (cluster.admin().namespaces().withName(name).get() == null) {
      cluster.admin().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }
}
