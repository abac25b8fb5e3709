package dev.manifestgen.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of Helm's semverCompare the templates use to pick API versions:
 * {@code >=MAJOR.MINOR.PATCH-0} or {@code <MAJOR.MINOR.PATCH-0} (the "-0" lets pre-release and
 * vendor versions such as v1.21.2-gke.1 match, as in Masterminds/semver).
 */
public record SemverConstraint(String operator, int major, int minor, int patch) {
  private static final Pattern CONSTRAINT = Pattern.compile("^(>=|<)\\s*(\\d+)\\.(\\d+)\\.(\\d+)-0$");
  private static final Pattern VERSION = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+].*)?$");

  /** Null when the constraint is not of the supported form. */
  public static SemverConstraint parse(String constraint) {
    Matcher m = CONSTRAINT.matcher(constraint.trim());
    if (!m.matches()) {
      return null;
    }
    return new SemverConstraint(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)));
  }

  /** Whether the version satisfies the constraint; false when the version cannot be read. */
  public boolean matches(String version) {
    Matcher m = VERSION.matcher(version.trim());
    if (!m.matches()) {
      return false;
    }
    int[] v = {Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3))};
    int[] c = {major, minor, patch};
    int cmp = 0;
    for (int i = 0; i < 3 && cmp == 0; i++) {
      cmp = Integer.compare(v[i], c[i]);
    }
    return operator.equals(">=") ? cmp >= 0 : cmp < 0;
  }

  private static int part(String s) {
    return s == null ? 0 : Integer.parseInt(s);
  }
}
