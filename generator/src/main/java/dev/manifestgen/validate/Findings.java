package dev.manifestgen.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the findings of one rule, with its id and severity. */
public final class Findings {
  private final List<Finding> all = new ArrayList<>();
  private Rule rule;
  private Severity severity;

  void start(Rule rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  public void add(ManifestObject o, String path, String message) {
    add(o, path, o.lineOf(path), message);
  }

  /** A warning from a rule that is an error only in some cases (its summary says which). */
  public void warn(ManifestObject o, String path, String message) {
    all.add(new Finding(rule.id(), severity == Severity.ERROR ? Severity.WARNING : severity, o.describe(), path, o.file(),
        o.document(), o.lineOf(path), message));
  }

  /** A finding at a line the object's own tree does not know (inside an embedded file). */
  public void add(ManifestObject o, String path, int line, String message) {
    all.add(new Finding(rule.id(), severity, o.describe(), path, o.file(), o.document(), line, message));
  }

  /** Sorted by file, line, rule: the same input always prints the same output. */
  List<Finding> sorted() {
    return all.stream().sorted(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparing(Finding::rule).thenComparing(Finding::path).thenComparing(Finding::message)).toList();
  }
}
