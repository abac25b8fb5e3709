package dev.manifestgen.bench;

import com.marcnuri.helm.Helm;
import java.nio.file.Path;

/**
 * Benchmark reference: a fresh JVM running real Helm's {@code template} through helm-java.
 * Usage: HelmTemplate CHART RELEASE NAMESPACE VALUES_FILE. Prints the rendered manifest.
 */
public final class HelmTemplate {
  private HelmTemplate() {}

  public static void main(String[] args) {
    String out = new Helm(Path.of(args[0])).template()
        .withName(args[1]).withNamespace(args[2]).withValuesFile(Path.of(args[3])).call();
    System.out.print(out);
  }
}
