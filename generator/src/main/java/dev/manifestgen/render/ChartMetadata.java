package dev.manifestgen.render;

import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** config/chart.yaml: the chart's name, versions and descriptive fields, kept in one place. */
public record ChartMetadata(String name, String version, String appVersion, String description,
    String kubeVersion, String home, List<String> sources, List<String> keywords) {

  public static ChartMetadata load(Path file, String display) throws YamlException {
    YamlTree tree = YamlReader.readFile(file, display);
    if (!(tree.root() instanceof Map<?, ?> map)) {
      throw new YamlException(display + ":1: expected a map");
    }
    return new ChartMetadata(
        string(map, "name", tree, display), string(map, "version", tree, display),
        string(map, "appVersion", tree, display), string(map, "description", tree, display),
        string(map, "kubeVersion", tree, display), string(map, "home", tree, display),
        strings(map, "sources", tree, display), strings(map, "keywords", tree, display));
  }

  private static String string(Map<?, ?> map, String key, YamlTree tree, String display) throws YamlException {
    if (!(map.get(key) instanceof String s) || s.isBlank()) {
      throw new YamlException(display + ":" + tree.lineOf(key) + ": " + key + ": expected a non-empty string");
    }
    return s;
  }

  private static List<String> strings(Map<?, ?> map, String key, YamlTree tree, String display) throws YamlException {
    if (!(map.get(key) instanceof List<?> list)) {
      throw new YamlException(display + ":" + tree.lineOf(key) + ": " + key + ": expected a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw new YamlException(display + ":" + tree.lineOf(key) + ": " + key + ": expected a list of strings");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }
}
