package dev.manifestgen.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as Helm holds them after Go's encoding/json: every number a float64 (here a Long
 * while it is a whole number float64 holds exactly, a Double otherwise, as the YAML reader does).
 */
final class JsonValues {
  private JsonValues() {}

  private static final double EXACT = 9007199254740992.0;

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
    if (v instanceof Number n && !(v instanceof Long)) {
      double d = n instanceof BigDecimal b ? b.doubleValue() : n instanceof BigInteger b ? b.doubleValue() : n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= EXACT) {
        return (long) d;
      }
      return d;
    }
    if (v instanceof Long l && Math.abs((double) l) > EXACT) {
      return (double) l;
    }
    return v;
  }
}
