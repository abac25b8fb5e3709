package dev.manifestgen.values;

import dev.manifestgen.yaml.HelmNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as Helm holds them after Go's encoding/json: every number a float64 ({@link HelmNumbers}).
 */
final class JsonValues {
  private JsonValues() {}

  static Object asHelmValue(Object v) {
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put((String) k, asHelmValue(x)));
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(x -> out.add(asHelmValue(x)));
      return out;
    }
    if (v instanceof Number n) {
      return HelmNumbers.float64(n);
    }
    return v;
  }
}
