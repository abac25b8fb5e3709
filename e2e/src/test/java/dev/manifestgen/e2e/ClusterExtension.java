package dev.manifestgen.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one {@link Cluster} of this test run: provisioned and started on first use,
 * closed (processes killed, temp dirs removed) when the whole run ends, or by a shutdown hook.
 */
final class ClusterExtension implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Cluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.create(ClusterExtension.class))
        .getOrComputeIfAbsent(Cluster.class, key -> open(), Cluster.class);
  }

  private static Cluster open() {
    try {
      Cluster cluster = Cluster.open(projectRoot());
      System.err.println("e2e: using the " + cluster.describe());
      return cluster;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the e2e cluster: " + e.getMessage(), e);
    }
  }

  static Path projectRoot() {
    return Path.of(System.getProperty("manifestgen.root", "..")).toAbsolutePath().normalize();
  }
}
