package dev.manifestgen.values;

import dev.manifestgen.yaml.GoFloats;
import dev.manifestgen.yaml.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks merged values against the definitions, the same rules the chart's values.schema.json
 * gives Helm: types, enums, ranges, formats, no unknown keys in objects, no missing ones.
 */
public final class ValuesChecker {
  private ValuesChecker() {}

  /**
   * @param stringExpected a number or boolean where a string is wanted: how to fix it depends on
   *     where the value came from (--set types it, a file needs quotes)
   */
  public record Problem(String path, String message, boolean stringExpected) {
    Problem(String path, String message) {
      this(path, message, message.startsWith(STRING_EXPECTED + "integer") || message.startsWith(STRING_EXPECTED + "number")
          || message.startsWith(STRING_EXPECTED + "boolean"));
    }
  }

  private static final String STRING_EXPECTED = "expected a string, got ";

  public static List<Problem> check(ValueDefinitions definitions, Map<String, Object> values) {
    List<Problem> problems = new ArrayList<>();
    checkObject(definitions.root(), values, problems);
    return problems;
  }

  private static void checkObject(ValueDefinition def, Map<?, ?> value, List<Problem> problems) {
    for (Map.Entry<?, ?> e : value.entrySet()) {
      String key = (String) e.getKey();
      ValueDefinition child = def.properties().get(key);
      String path = Paths.child(def.path(), key);
      if (child == null) {
        String hint = Suggestions.closest(key, def.properties().keySet());
        problems.add(new Problem(path, "unknown key" + (hint == null ? "" : "; did you mean " + Paths.child(def.path(), hint) + "?")
            + (hint == null ? knownKeys(def) : "")));
        continue;
      }
      check(child, e.getValue(), problems);
    }
    for (String key : def.properties().keySet()) {
      if (!value.containsKey(key)) {
        problems.add(new Problem(Paths.child(def.path(), key), "is required (it has no default once removed; set it or drop the null)"));
      }
    }
  }

  private static String knownKeys(ValueDefinition def) {
    if (def.properties().size() > 12) {
      return "";
    }
    return " (known keys: " + String.join(", ", def.properties().keySet()) + ")";
  }

  private static void check(ValueDefinition def, Object value, List<Problem> problems) {
    String problem = problemWith(def, value);
    if (problem != null) {
      problems.add(new Problem(def.path(), problem));
      return;
    }
    if (def.type() == ValueType.OBJECT) {
      checkObject(def, (Map<?, ?>) value, problems);
    } else if (def.type() == ValueType.LIST) {
      int i = 0;
      List<Object> seen = new ArrayList<>();
      for (Object item : (List<?>) value) {
        String itemProblem = scalarProblem(def, def.itemType(), item);
        if (itemProblem != null) {
          problems.add(new Problem(Paths.index(def.path(), i), itemProblem));
        } else if (def.unique() && seen.contains(item)) {
          problems.add(new Problem(Paths.index(def.path(), i), "must not repeat an item; got "
              + ValueTrees.describe(item) + " again (item " + seen.indexOf(item) + ")"));
        }
        seen.add(item);
        i++;
      }
    } else if (def.type() == ValueType.MAP) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String itemProblem = scalarProblem(def, def.itemType(), e.getValue());
        if (itemProblem != null) {
          problems.add(new Problem(Paths.child(def.path(), (String) e.getKey()), itemProblem));
        }
      }
    }
  }

  /** What is wrong with the value itself (not its items or keys), or null. */
  static String problemWith(ValueDefinition def, Object value) {
    return switch (def.type()) {
      case OBJECT, MAP -> value instanceof Map<?, ?> ? null : expected("a map", value);
      case LIST -> value instanceof List<?> ? null : expected("a list", value);
      default -> scalarProblem(def, def.type(), value);
    };
  }

  private static String scalarProblem(ValueDefinition def, ValueType type, Object value) {
    switch (type) {
      case ANY:
        return null;
      case MAP:
        return value instanceof Map<?, ?> ? null : expected("a map", value);
      case BOOLEAN:
        return value instanceof Boolean ? null : expected("true or false", value);
      case INTEGER:
        if (!isInteger(value)) {
          return expected("an integer", value);
        }
        // A whole float64 beyond int64 (a Double) is compared and printed as the float64 it is, never clamped.
        double n = ((Number) value).doubleValue();
        String shown = value instanceof Double d ? GoFloats.format(d, 'g') : value.toString();
        if (def.minimum() != null && n < def.minimum()) {
          return "must be at least " + def.minimum() + ", got " + shown;
        }
        if (def.maximum() != null && n > def.maximum()) {
          return "must be at most " + def.maximum() + ", got " + shown;
        }
        return null;
      case NUMBER:
        return value instanceof Number ? null : expected("a number", value);
      case STRING:
        if (!(value instanceof String s)) {
          return expected("a string", value);
        }
        if (!def.enumValues().isEmpty() && !def.enumValues().contains(s)) {
          return "must be one of " + String.join(", ", def.enumValues()) + "; got " + ValueTrees.describe(s);
        }
        if (def.format() != null && !def.format().matches(s)) {
          return "must be " + def.format().description() + "; got " + ValueTrees.describe(s);
        }
        return null;
      default:
        return null;
    }
  }

  static boolean isInteger(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return true;
    }
    return value instanceof Double d && !d.isInfinite() && d == Math.rint(d);
  }

  private static String expected(String what, Object value) {
    return "expected " + what + ", got " + kind(value) + (value == null || value instanceof Map || value instanceof List ? "" : " " + ValueTrees.describe(value));
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    return switch (ValueType.of(value)) {
      case STRING -> "string";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case LIST -> "a list";
      case MAP -> "a map";
      default -> value.getClass().getSimpleName();
    };
  }
}
