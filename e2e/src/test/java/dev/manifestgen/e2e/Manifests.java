package dev.manifestgen.e2e;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Edits of rendered manifests, for scenarios that need a broken one. */
final class Manifests {
  private Manifests() {}

  /** The manifest with {@code verb} removed from every Role rule that names the lock in resourceNames. */
  static String withoutVerbOnLock(String manifest, String lockName, String verb) {
    List<Map<String, Object>> documents = RenderedInstallation.documents(manifest);
    int edited = 0;
    for (Map<String, Object> document : documents) {
      if (!"Role".equals(document.get("kind"))) {
        continue;
      }
      for (Object rule : RenderedInstallation.list(document.get("rules"))) {
        Map<String, Object> r = RenderedInstallation.map(rule);
        if (RenderedInstallation.list(r.get("resourceNames")).contains(lockName)
            && RenderedInstallation.list(r.get("verbs")).contains(verb)) {
          r.put("verbs", RenderedInstallation.list(r.get("verbs")).stream().filter(v -> !verb.equals(v)).toList());
          edited++;
        }
      }
    }
    if (edited == 0) {
      throw new AssertionError("no Role rule grants " + verb + " on the lock " + lockName);
    }
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Yaml yaml = new Yaml(options);
    return documents.stream().map(yaml::dump).collect(Collectors.joining("---\n"));
  }
}
