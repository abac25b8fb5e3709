package dev.manifestgen.values;

import dev.manifestgen.yaml.Paths;
import dev.manifestgen.yaml.YamlV2Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Helm checks the merged values against a chart's values.schema.json (chartutil.ValidateAgainstSchema)
 * after turning them into JSON the way sigs.k8s.io/yaml does: marshalled to JSON, the JSON read back by
 * yaml.v2, written as JSON again. yaml.v2's reader refuses some characters that JSON writes raw (DEL, C1
 * controls, U+FFFE, U+FFFF), so a value or key holding one is refused there, whichever flag or file it came
 * from (--set-json "\u007f", --set, --set-file). The chart has a schema, so the same rule applies here, at the
 * same point: after the layers are merged, before the values are checked.
 */
final class SchemaValidationInput {
  private SchemaValidationInput() {}

  /** Where the first refused character is: its value path and the character. */
  record Refused(String path, int character) {}

  static Optional<Refused> firstRefused(Map<String, Object> values) {
    return walk("", values);
  }

  private static Optional<Refused> walk(String path, Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        String child = Paths.child(path, key);
        int c = YamlV2Reader.firstRefusedAfterJson(key);
        if (c >= 0) {
          return Optional.of(new Refused(child, c));
        }
        Optional<Refused> below = walk(child, e.getValue());
        if (below.isPresent()) {
          return below;
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<Refused> below = walk(Paths.index(path, i), list.get(i));
        if (below.isPresent()) {
          return below;
        }
      }
    } else if (value instanceof String s) {
      int c = YamlV2Reader.firstRefusedAfterJson(s);
      if (c >= 0) {
        return Optional.of(new Refused(path, c));
      }
    }
    return Optional.empty();
  }
}
