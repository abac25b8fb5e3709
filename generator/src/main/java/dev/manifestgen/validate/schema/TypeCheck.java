package dev.manifestgen.validate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Walks a raw tree (maps, lists, String, Long, Double, Boolean, null as the YAML reader gives them)
 * alongside a {@link FieldType} and reports what a Kubernetes 1.20 client and server refuse: a field
 * the type does not have (kubectl's validation against the server's OpenAPI refuses it; servers from
 * 1.25 on refuse it themselves), and a value the Go type cannot decode (the server refuses it).
 *
 * <p>What passes follows the way a manifest travels: YAML to JSON (sigs.k8s.io/yaml, where a float
 * with no fraction is written as an integer), then Go's JSON decoding. null is always accepted (the
 * field stays unset).
 */
public final class TypeCheck {
  /** What is wrong at a path. */
  public enum Kind {
    /** A field the type does not have: kubectl refuses it. */
    UNKNOWN_FIELD,
    /** A field the type does not have where kubectl's check does not look (a CRD schema's items, ...): dropped without a word. */
    DROPPED_FIELD,
    /** A value the Go type cannot decode. */
    WRONG_TYPE,
    /** A field the type requires (the OpenAPI schema's required list) is absent. */
    MISSING
  }

  /** A problem at a path; the message says what is wrong (for unknown and missing fields the path says it). */
  public record Problem(Kind kind, String path, String message) {}

  /** A resource.Quantity: a signed decimal number with a binary (Ki..Ei), decimal (n..E) or exponent suffix. */
  private static final Pattern QUANTITY = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?\\d+)?");
  /** RFC 3339, as Go's time.RFC3339 parses it. */
  private static final Pattern RFC3339 = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private final List<Problem> out = new ArrayList<>();
  /** How many unions the walk is below. */
  private int unchecked;

  private TypeCheck() {}

  public static List<Problem> of(Map<?, ?> raw, FieldType.Struct type) {
    TypeCheck check = new TypeCheck();
    check.walk(raw, type, At.ROOT);
    return check.out;
  }

  private void walk(Object raw, FieldType type, At path) {
    if (raw == null) {
      return;
    }
    if (type instanceof FieldType.MapOf map && raw instanceof Map<?, ?> entries && entries.containsValue(null)) {
      // kubectl refuses a null among a map's values (a field set to null is only unset).
      entries.forEach((k, v) -> {
        if (v == null) {
          out.add(new Problem(Kind.WRONG_TYPE, path.key(String.valueOf(k)).toString(), "a map value cannot be null (quote it, or remove the key)"));
        }
      });
    }
    if (type instanceof FieldType.Struct struct) {
      struct(raw, struct, path);
    } else if (type instanceof FieldType.ListOf list) {
      if (raw instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          walk(items.get(i), list.items(), path.index(i));
        }
      } else {
        out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected a list, got " + kind(raw)));
      }
    } else if (type instanceof FieldType.MapOf map) {
      if (raw instanceof Map<?, ?> entries) {
        for (Map.Entry<?, ?> e : entries.entrySet()) {
          walk(e.getValue(), map.values(), path.key(String.valueOf(e.getKey())));
        }
      } else {
        out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected a map, got " + kind(raw)));
      }
    } else if (type instanceof FieldType.Union union) {
      union(raw, union, path);
    } else {
      String problem = type instanceof FieldType.Scalar scalar ? scalar(raw, scalar) : special(raw, (FieldType.Special) type);
      if (problem != null) {
        out.add(new Problem(Kind.WRONG_TYPE, path.toString(), problem));
      }
    }
  }

  private void struct(Object raw, FieldType.Struct struct, At path) {
    if (!(raw instanceof Map<?, ?> map)) {
      out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected an object (" + struct.name() + "), got " + kind(raw)));
      return;
    }
    if (struct.fields().isEmpty()) {
      // A struct with no fields is an object without properties in the OpenAPI schema, which kubectl reads
      // as a free-form map: it takes any key (the server drops it) but no null value.
      map.forEach((k, v) -> out.add(v == null
          ? new Problem(Kind.WRONG_TYPE, path.key(String.valueOf(k)).toString(), "a map value cannot be null (remove the key)")
          : new Problem(Kind.DROPPED_FIELD, path.key(String.valueOf(k)).toString(), null)));
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = String.valueOf(e.getKey());
      FieldType fieldType = struct.fields().get(field);
      if (fieldType == null) {
        // kubectl does not look at a field set to null; the server drops it like any unknown field.
        out.add(new Problem(unchecked > 0 || e.getValue() == null ? Kind.DROPPED_FIELD : Kind.UNKNOWN_FIELD, path.key(field).toString(), null));
      } else {
        walk(e.getValue(), fieldType, path.key(field));
      }
    }
    if (unchecked == 0) {
      for (String required : RequiredFields.of(struct)) {
        if (map.get(required) == null) {
          out.add(new Problem(Kind.MISSING, path.key(required).toString(), null));
        }
      }
    }
  }

  /**
   * A union's value: the server decodes it (so types count) but the OpenAPI schema kubectl checks against
   * describes it with no type at all, so below it kubectl neither refuses an unknown field nor misses a
   * required one, and the server drops unknown fields without a word.
   */
  private void union(Object raw, FieldType.Union union, At path) {
    unchecked++;
    try {
      unionValue(raw, union, path);
    } finally {
      unchecked--;
    }
  }

  private void unionValue(Object raw, FieldType.Union union, At path) {
    if (raw instanceof Map) {
      struct(raw, union.schema(), path);
      return;
    }
    switch (union.kind()) {
      case SCHEMA_OR_ARRAY -> {
        if (raw instanceof List<?> schemas) {
          walk(schemas, new FieldType.ListOf(union.schema()), path);
        } else {
          out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected a schema or a list of schemas, got " + kind(raw)));
        }
      }
      case SCHEMA_OR_BOOL -> {
        if (!(raw instanceof Boolean)) {
          out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected a schema or true or false, got " + kind(raw)));
        }
      }
      case SCHEMA_OR_STRING_ARRAY -> {
        if (raw instanceof List<?> names) {
          walk(names, new FieldType.ListOf(FieldType.Scalar.STRING), path);
        } else {
          out.add(new Problem(Kind.WRONG_TYPE, path.toString(), "expected a schema or a list of strings, got " + kind(raw)));
        }
      }
    }
  }

  /** What is wrong with a value for a scalar field, or null. */
  private static String scalar(Object raw, FieldType.Scalar type) {
    return switch (type) {
      case STRING -> raw instanceof String ? null : "expected a string, got " + kind(raw) + " (quote it)";
      case BOOLEAN -> raw instanceof Boolean ? null : "expected true or false, got " + kind(raw);
      case NUMBER -> raw instanceof Number ? null : "expected a number, got " + kind(raw);
      case INT32 -> integer(raw, Integer.MIN_VALUE, Integer.MAX_VALUE) ? null
          : integer(raw, Long.MIN_VALUE, Long.MAX_VALUE) ? "expected a 32-bit integer, got " + kind(raw) + ", out of range"
          : "expected an integer, got " + kind(raw);
      case INT64 -> integer(raw, Long.MIN_VALUE, Long.MAX_VALUE) ? null : "expected an integer, got " + kind(raw);
    };
  }

  private static String special(Object raw, FieldType.Special type) {
    return switch (type) {
      case ANY -> null;
      case INT_OR_STRING -> raw instanceof String || integer(raw, Integer.MIN_VALUE, Integer.MAX_VALUE) ? null
          : "expected an integer or a string, got " + kind(raw);
      case QUANTITY -> (raw instanceof String s && QUANTITY.matcher(s.strip()).matches())
          || (raw instanceof Number n && Double.isFinite(n.doubleValue())) ? null
          : "expected a quantity such as 100m or 1Gi, got " + kind(raw);
      case TIME -> raw instanceof String s && RFC3339.matcher(s).matches() ? null
          : "expected a time such as 2006-01-02T15:04:05Z, got " + kind(raw);
    };
  }

  /** An integer in range; a float with no fraction counts, since the YAML-to-JSON step writes it as one. */
  private static boolean integer(Object raw, long min, long max) {
    if (raw instanceof Long l) {
      return l >= min && l <= max;
    }
    if (raw instanceof Double d) {
      return d == Math.rint(d) && d >= min && d <= max;
    }
    return raw instanceof Integer i && i >= min && i <= max;
  }

  /** A value as a finding names it: the string "x", a map, a list, the boolean true, the number 3. */
  public static String kind(Object v) {
    if (v instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (v instanceof Map) {
      return "a map";
    }
    if (v instanceof List) {
      return "a list";
    }
    return (v instanceof Boolean ? "the boolean " : "the number ") + v;
  }

  /**
   * Where the walk is: built as it descends, written out as a path only for a problem (writing every
   * visited path would cost more than the check on a large CRD).
   */
  private static final class At {
    static final At ROOT = new At(null, null, -1);
    private final At parent;
    private final String key;
    private final int index;

    private At(At parent, String key, int index) {
      this.parent = parent;
      this.key = key;
      this.index = index;
    }

    At key(String k) {
      return new At(this, k, -1);
    }

    At index(int i) {
      return new At(this, null, i);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      String above = parent.toString();
      return key == null ? above + "[" + index + "]" : TypeCheck.key(above, key);
    }
  }

  /** A child path in the --set notation the findings use. */
  public static String key(String path, String k) {
    return k.contains(".") || k.contains("/") ? path + "[\"" + k + "\"]" : path.isEmpty() ? k : path + "." + k;
  }
}
