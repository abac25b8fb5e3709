package dev.manifestgen.release;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule chart repositories live by (chart-testing's version check): a published chart version
 * is immutable, so a chart whose files differ from the last release's archive must carry a higher
 * version. Files are compared by content (mtimes and tar details do not count), so the last release
 * may have been made by {@code helm package} as well as by manifest-gen.
 */
public final class VersionBump {
  private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?(?:\\+.*)?");

  private VersionBump() {}

  /** Problems, one line each; empty when the current chart may be released as it is versioned. */
  public static List<String> check(String lastName, List<ChartArchive.ArchivedFile> last, ChartArchive current,
      String currentVersion, String lastVersion) {
    Map<String, byte[]> before = new LinkedHashMap<>();
    last.stream().filter(ChartArchive.ArchivedFile::regular).forEach(f -> before.put(f.name(), f.content()));
    Map<String, byte[]> now = new LinkedHashMap<>();
    current.entries().forEach(e -> now.put(e.name(), e.content()));
    List<String> changed = new ArrayList<>();
    for (String name : union(before, now)) {
      if (!java.util.Arrays.equals(before.get(name), now.get(name))) {
        changed.add(name + (before.containsKey(name) ? now.containsKey(name) ? " changed" : " removed" : " added"));
      }
    }
    int order = compare(currentVersion, lastVersion);
    List<String> problems = new ArrayList<>();
    if (order < 0) {
      problems.add("config/chart.yaml: version " + currentVersion + " is lower than the last release's " + lastVersion
          + " (" + lastName + ")");
    } else if (order == 0 && !changed.isEmpty()) {
      problems.add("config/chart.yaml: version " + currentVersion + " is already released (" + lastName
          + ") but the chart changed: " + String.join(", ", changed) + "; bump version in config/chart.yaml");
    }
    return problems;
  }

  /** The version in an archive's Chart.yaml. */
  public static String versionOf(String display, List<ChartArchive.ArchivedFile> files) throws dev.manifestgen.yaml.YamlException {
    for (ChartArchive.ArchivedFile f : files) {
      if (f.name().matches("[^/]+/Chart\\.yaml")) {
        return String.valueOf(HelmChartYaml.metadata(new String(f.content(), StandardCharsets.UTF_8),
            display + ":" + f.name()).get("version"));
      }
    }
    throw new dev.manifestgen.yaml.YamlException(display + ": no <chart>/Chart.yaml in the archive");
  }

  private static List<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    List<String> all = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(all::add);
    return all;
  }

  /** SemVer 2 precedence (build metadata ignored); a version that is not SemVer compares as text. */
  static int compare(String a, String b) {
    Matcher x = SEMVER.matcher(a);
    Matcher y = SEMVER.matcher(b);
    if (!x.matches() || !y.matches()) {
      return a.compareTo(b);
    }
    for (int i = 1; i <= 3; i++) {
      int c = new java.math.BigInteger(x.group(i)).compareTo(new java.math.BigInteger(y.group(i)));
      if (c != 0) {
        return c;
      }
    }
    String p = x.group(4);
    String q = y.group(4);
    if (Objects.equals(p, q)) {
      return 0;
    }
    if (p == null || q == null) {
      return p == null ? 1 : -1; // a pre-release precedes its release
    }
    String[] ps = p.split("\\.");
    String[] qs = q.split("\\.");
    for (int i = 0; i < Math.min(ps.length, qs.length); i++) {
      boolean pn = ps[i].matches("\\d+");
      boolean qn = qs[i].matches("\\d+");
      int c = pn && qn ? new java.math.BigInteger(ps[i]).compareTo(new java.math.BigInteger(qs[i]))
          : pn ? -1 : qn ? 1 : ps[i].compareTo(qs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(ps.length, qs.length);
  }
}
