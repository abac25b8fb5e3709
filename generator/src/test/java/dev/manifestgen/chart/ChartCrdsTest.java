package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marcnuri.helm.Helm;
import dev.manifestgen.cli.Project;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chart ships the CRDs in crds/, Helm's convention: real Helm's chart loader reads them as the
 * chart's CRDs ({@code helm show crds}; {@code helm template --include-crds} and {@code helm install}
 * put them first, which the e2e suite runs with the helm binary), and never renders them as templates.
 */
class ChartCrdsTest {
  private static final Path CHART = Repo.root().resolve(Project.CHART_DIR);
  private static final Pattern CRD_NAME =
      Pattern.compile("(?m)^kind: CustomResourceDefinition\\nmetadata:\\n  name: (\\S+)$");

  @Test
  void helmReadsTheFiveCrdsFromTheChart() {
    String out = new Helm(CHART).show().crds().call();
    assertEquals(List.of("apmservers.apm.k8s.elastic.co", "beats.beat.k8s.elastic.co",
        "elasticsearches.elasticsearch.k8s.elastic.co", "enterprisesearches.enterprisesearch.k8s.elastic.co",
        "kibanas.kibana.k8s.elastic.co"), crdNames(out));
  }

  @Test
  void theTemplatesNeverRenderACrd() {
    String out = new Helm(CHART).template().withName("eck").withNamespace("elastic-system").call();
    assertEquals(List.of(), crdNames(out));
  }

  @Test
  void theChartsCrdsAreTheCommittedCrdsVerbatim() throws Exception {
    try (var files = Files.list(Repo.root().resolve(Project.CRDS_DIR))) {
      for (Path f : files.sorted().toList()) {
        assertEquals(Files.readString(f), Files.readString(CHART.resolve("crds").resolve(f.getFileName())), f.toString());
      }
    }
  }

  private static List<String> crdNames(String helmOutput) {
    List<String> names = new ArrayList<>();
    Matcher m = CRD_NAME.matcher(helmOutput);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
