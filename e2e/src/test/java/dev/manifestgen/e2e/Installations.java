package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Installs the chart with the real helm, as a user would, and reads back what Helm rendered. */
final class Installations {
  private Installations() {}

  /** The server's Kubernetes version as the kubeVersion value takes it ("1.20"). */
  static String kubeVersion(Cluster cluster) {
    var version = cluster.admin().getKubernetesVersion();
    return version.getMajor() + "." + version.getMinor().replaceAll("\\D.*$", "");
  }

  static RenderedInstallation helmInstall(Cluster cluster, String release, String namespace, List<String> setArgs) {
    return helmInstall(cluster, cluster.projectRoot().resolve("charts/eck-operator"), release, namespace, setArgs);
  }

  /** helm install of a given chart directory (one compiled for another operator contract). */
  static RenderedInstallation helmInstall(Cluster cluster, java.nio.file.Path chart, String release, String namespace,
      List<String> setArgs) {
    List<String> args = new ArrayList<>(List.of("install", release, chart.toString(), "-n", namespace,
        "--create-namespace"));
    args.addAll(setArgs);
    Processes.Result install = cluster.helm(args.toArray(String[]::new));
    assertTrue(install.ok(), install::describe);
    return RenderedInstallation.parse(manifest(cluster, release, namespace));
  }

  static String manifest(Cluster cluster, String release, String namespace) {
    Processes.Result manifest = cluster.helm("get", "manifest", release, "-n", namespace);
    assertTrue(manifest.ok(), manifest::describe);
    return manifest.stdout();
  }
}
