package dev.manifestgen.testing;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.Release;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;

/** Real Helm (helm-java runs Helm 3 in-process, offline) for tests that prove the chart. */
public final class RealHelm {
  private RealHelm() {}

  /** What Helm printed, or the error it refused with. */
  public record Result(String output, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** {@code helm template RELEASE CHART -n NAMESPACE -f VALUES}. */
  public static Result template(Path chart, String release, String namespace, Path valuesFile) {
    try {
      TemplateCommand t = new Helm(chart).template().withName(release).withNamespace(namespace);
      if (valuesFile != null) {
        t = t.withValuesFile(valuesFile);
      }
      String out = t.call();
      return new Result(out == null ? "" : out, null);
    } catch (RuntimeException e) {
      return new Result(null, String.valueOf(e.getMessage()));
    }
  }

  /**
   * {@code helm lint --strict CHART}; the messages when it fails, else null. (helm-java's lint
   * takes no values file: lint a copy of the chart whose values.yaml holds the merged values.)
   */
  public static String lintStrict(Path chart) {
    LintResult r = new Helm(chart).lint().strict().call();
    return r.isFailed() ? String.join("\n", r.getMessages()) : null;
  }

  /** {@code helm install RELEASE CHART -n NAMESPACE --dry-run=client --set K=V ...}. */
  public static Release installDryRun(Path chart, String release, String namespace, String... sets) {
    var install = new Helm(chart).install().withName(release).withNamespace(namespace).clientOnly().dryRun();
    for (String s : sets) {
      int eq = s.indexOf('=');
      install = install.set(s.substring(0, eq), s.substring(eq + 1));
    }
    return install.call();
  }
}
