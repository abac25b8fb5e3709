package dev.manifestgen.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes plain trees as block YAML, deterministically: map keys sorted (as Helm's toYaml does),
 * two-space indent, no line folding. Strings that YAML 1.1 would read as something else
 * ({@code "on"}, {@code "1.0"}, {@code "null"}) come out quoted, so Kubernetes and Helm read back
 * exactly the string.
 */
public final class YamlWriter {
  private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> newYaml(DumperOptions.FlowStyle.BLOCK));
  private static final ThreadLocal<Yaml> FLOW_YAML = ThreadLocal.withInitial(() -> newYaml(DumperOptions.FlowStyle.FLOW));

  private YamlWriter() {}

  private static Yaml newYaml(DumperOptions.FlowStyle style) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(style);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(Integer.MAX_VALUE);
    options.setSplitLines(false);
    options.setAllowUnicode(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(new StringsAsText(options), options);
  }

  /**
   * SnakeYAML writes strings holding control characters as !!binary; Helm and Kubernetes want the
   * string back, so such strings are written double-quoted with escapes instead. Multi-line
   * strings are double-quoted too: block scalars lose leading or trailing blank lines once a
   * template trims or indents them, a quoted string never does.
   */
  private static final class StringsAsText extends Representer {
    StringsAsText(DumperOptions options) {
      super(options);
      Represent plain = this.representers.get(String.class);
      this.representers.put(String.class, data -> {
        String s = data.toString();
        if (StreamReader.isPrintable(s) && s.chars().noneMatch(YamlWriter::isLineBreak)) {
          if (GO_NON_STRING.matcher(s).matches()) {
            return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.SINGLE_QUOTED);
          }
          return plain.representData(data);
        }
        return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      });
    }
  }

  /**
   * Plain scalars Go's yaml.v2 (what kubectl and Helm parse with) reads as booleans or numbers
   * where SnakeYAML sees strings: y/n and exponents without a dot.
   */
  private static final java.util.regex.Pattern GO_NON_STRING = java.util.regex.Pattern.compile(
      "[yYnN]|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** YAML 1.1's line breaks: a string holding one must not go into a block scalar. */
  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** The value as Helm's {@code toYaml} prints it, byte for byte, without the trailing newline. */
  public static String toYaml(Object value) {
    return HelmYaml.toYaml(value);
  }

  /**
   * One value in flow style on one line ({@code {name: a, verbs: [get, list]}}), keeping the maps' own
   * key order and the same quoting as {@link #toYaml}; for files people scan line by line.
   */
  public static String toFlowYaml(Object value) {
    String text = FLOW_YAML.get().dump(value);
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /** Like {@link #toYaml} but keeps the maps' own key order (for files people read, like Chart.yaml). */
  public static String toYamlInOrder(Object value) {
    String text = YAML.get().dump(value);
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * A copy with every map's keys sorted (lists keep their order) and whole doubles written as
   * integers, as Helm's toYaml does (it goes through JSON, where 2.0 is 2).
   */
  public static Object sorted(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), sorted(e.getValue()));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(sorted(item));
      }
      return out;
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
      return d.longValue();
    }
    return value;
  }
}
