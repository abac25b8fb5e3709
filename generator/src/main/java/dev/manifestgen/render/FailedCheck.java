package dev.manifestgen.render;

import dev.manifestgen.values.ValueTrees;
import dev.manifestgen.values.Values;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a template's {@code fail('...')}: where it is, its message, and the values its
 * condition reads with the layer each came from, e.g.
 * {@code replicas=2 (from --set replicas=2)}.
 */
final class FailedCheck {
  private static final Pattern VALUE_PATH = Pattern.compile("\\bvalues\\.([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)");

  private FailedCheck() {}

  static String describe(TemplateFile template, String message, Values values) {
    List<String> lines = template.text().lines().toList();
    int failLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("fail(") && lines.get(i).contains(message)) {
        failLine = i + 1;
        break;
      }
    }
    StringBuilder out = new StringBuilder(template.path() + ":" + Math.max(1, failLine) + ": " + message);
    for (String path : conditionPaths(lines, failLine)) {
      out.append("\n  ").append(path).append('=').append(ValueTrees.describe(values.get(path)))
          .append(" (from ").append(values.origins().of(path)).append(')');
    }
    return out.toString();
  }

  /** The value paths read by the if-conditions that enclose the fail line. */
  private static Set<String> conditionPaths(List<String> lines, int failLine) {
    Set<String> paths = new LinkedHashSet<>();
    int depth = 0;
    for (int i = failLine - 2; i >= 0; i--) {
      String line = lines.get(i);
      if (line.contains("{% endif")) {
        depth++;
      } else if (line.contains("{% if") || line.contains("{% elif")) {
        if (depth == 0) {
          Matcher m = VALUE_PATH.matcher(line);
          while (m.find()) {
            paths.add(m.group(1));
          }
        } else if (line.contains("{% if")) {
          depth--;
        }
      }
    }
    return paths;
  }
}
