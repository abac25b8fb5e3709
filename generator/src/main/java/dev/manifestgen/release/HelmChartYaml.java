package dev.manifestgen.release;

import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chart.yaml as Helm writes it into an archive, a provenance file and a repository index: Helm
 * does not copy the file, it marshals its parsed chart.Metadata with sigs.k8s.io/yaml, so comments
 * go, keys come out sorted, empty fields and keys Metadata does not know are left out.
 */
public final class HelmChartYaml {
  /** chart.Metadata's string fields (all `omitempty`). */
  private static final Set<String> STRINGS = Set.of("name", "home", "version", "description", "icon", "apiVersion",
      "condition", "tags", "appVersion", "kubeVersion", "type");
  private static final Set<String> STRING_LISTS = Set.of("sources", "keywords");
  /** Fields this project's charts never have; a chart with them is not one manifest-gen packages. */
  private static final Set<String> UNSUPPORTED = Set.of("maintainers", "dependencies");

  private HelmChartYaml() {}

  /** The fields of Chart.yaml that Helm's Metadata keeps, sorted, empty ones left out. */
  public static Map<String, Object> metadata(String text, String display) throws YamlException {
    Object root = YamlReader.read(text, display).root();
    if (!(root instanceof Map<?, ?> map)) {
      throw new YamlException(display + ":1: expected a map");
    }
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (UNSUPPORTED.contains(key)) {
        throw new YamlException(display + ": " + key + ": not supported by manifest-gen package");
      } else if (STRINGS.contains(key)) {
        if (!(value instanceof String s)) {
          throw new YamlException(display + ": " + key + ": expected a string");
        }
        if (!s.isEmpty()) {
          out.put(key, s);
        }
      } else if (STRING_LISTS.contains(key)) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
          throw new YamlException(display + ": " + key + ": expected a list of strings");
        }
        if (!list.isEmpty()) {
          out.put(key, List.copyOf(list));
        }
      } else if (key.equals("deprecated")) {
        if (!(value instanceof Boolean b)) {
          throw new YamlException(display + ": deprecated: expected true or false");
        }
        if (b) {
          out.put(key, true);
        }
      } else if (key.equals("annotations")) {
        if (!(value instanceof Map<?, ?> annotations)
            || !annotations.values().stream().allMatch(String.class::isInstance)) {
          throw new YamlException(display + ": annotations: expected a map of strings");
        }
        if (!annotations.isEmpty()) {
          out.put(key, new TreeMap<>(annotations));
        }
      }
    }
    for (String required : List.of("apiVersion", "name", "version")) {
      if (!out.containsKey(required)) {
        throw new YamlException(display + ": " + required + ": missing (Helm needs it)");
      }
    }
    return out;
  }

  /** The metadata as sigs.k8s.io/yaml marshals it, with its final newline. */
  public static String marshal(Map<String, Object> metadata) {
    return YamlWriter.toYaml(metadata) + "\n";
  }
}
