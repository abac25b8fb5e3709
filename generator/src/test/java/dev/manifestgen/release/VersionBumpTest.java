package dev.manifestgen.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SemVer precedence, as chart repositories order versions. */
class VersionBumpTest {
  @Test
  void versionsCompareBySemverPrecedence() {
    List<String> ascending = List.of("1.2.9", "1.3.0-alpha", "1.3.0-alpha.1", "1.3.0-alpha.beta", "1.3.0-beta.2",
        "1.3.0-beta.11", "1.3.0-rc.1", "1.3.0", "1.3.1", "1.10.0", "2.0.0");
    for (int i = 0; i < ascending.size(); i++) {
      for (int j = 0; j < ascending.size(); j++) {
        int order = VersionBump.compare(ascending.get(i), ascending.get(j));
        assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(order), ascending.get(i) + " vs " + ascending.get(j));
      }
    }
    assertEquals(0, VersionBump.compare("1.3.0+build.1", "1.3.0"));
  }

  @Test
  void anUnchangedChartKeepsItsVersionAndAChangedOneMayNot() {
    ChartArchive current = new ChartArchive("c", List.of(new ChartArchive.Entry("c/Chart.yaml", new byte[] {1}),
        new ChartArchive.Entry("c/values.yaml", new byte[] {2})));
    List<ChartArchive.ArchivedFile> same = List.of(file("c/Chart.yaml", 1), file("c/values.yaml", 2));
    List<ChartArchive.ArchivedFile> other = List.of(file("c/Chart.yaml", 1), file("c/values.yaml", 3),
        file("c/README.md", 4));
    assertEquals(List.of(), VersionBump.check("last.tgz", same, current, "1.0.0", "1.0.0"));
    List<String> problems = VersionBump.check("last.tgz", other, current, "1.0.0", "1.0.0");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("the chart changed: c/values.yaml changed, c/README.md removed;"), problems.get(0));
    assertEquals(List.of(), VersionBump.check("last.tgz", other, current, "1.0.1", "1.0.0"));
  }

  private static ChartArchive.ArchivedFile file(String name, int content) {
    return new ChartArchive.ArchivedFile(name, true, 0644, 0, 0, "", "", java.time.Instant.EPOCH, new byte[] {(byte) content});
  }
}
