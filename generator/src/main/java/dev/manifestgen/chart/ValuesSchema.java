package dev.manifestgen.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * values.schema.json (JSON Schema draft-07) from the value definitions: the same types, enums,
 * ranges and formats manifest-gen checks, so Helm refuses what manifest-gen refuses.
 */
public final class ValuesSchema {
  private ValuesSchema() {}

  public static String json(ValueDefinitions definitions) {
    return json(definitions, List.of());
  }

  /** @param rules constraints between values (from the cross-value rules), all of which must hold */
  public static String json(ValueDefinitions definitions, List<Map<String, Object>> rules) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("title", "Values of the eck-operator chart (generated from config/values.yaml by manifest-gen)");
    schema.putAll(of(definitions.root()));
    if (!rules.isEmpty()) {
      schema.put("allOf", rules);
    }
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> of(ValueDefinition d) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (!d.description().isEmpty()) {
      s.put("description", d.description().replace('\n', ' '));
    }
    switch (d.type()) {
      case OBJECT -> {
        s.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (ValueDefinition child : d.properties().values()) {
          String key = child.path().substring(child.path().lastIndexOf('.') + 1);
          properties.put(key, of(child));
          required.add(key);
        }
        s.put("properties", properties);
        s.put("required", required);
        s.put("additionalProperties", false);
      }
      case MAP -> {
        s.put("type", "object");
        s.put("additionalProperties", d.itemType() == ValueType.ANY ? true : scalar(d, d.itemType()));
      }
      case LIST -> {
        s.put("type", "array");
        s.put("items", d.itemType() == ValueType.ANY ? Map.of() : scalar(d, d.itemType()));
        if (d.unique()) {
          s.put("uniqueItems", true);
        }
      }
      default -> s.putAll(scalar(d, d.type()));
    }
    return s;
  }

  /** The schema of a scalar (or of list/map items) with the definition's limits. */
  private static Map<String, Object> scalar(ValueDefinition d, ValueType type) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (type.jsonType() != null) {
      s.put("type", type.jsonType());
    }
    if (type == ValueType.STRING) {
      if (!d.enumValues().isEmpty()) {
        s.put("enum", d.enumValues());
      }
      if (d.format() != null) {
        s.put("pattern", d.format().regex());
        if (d.format().maxLength() > 0) {
          s.put("maxLength", d.format().maxLength());
        }
      }
    }
    if (type == ValueType.INTEGER || type == ValueType.NUMBER) {
      if (d.minimum() != null) {
        s.put("minimum", d.minimum());
      }
      if (d.maximum() != null) {
        s.put("maximum", d.maximum());
      }
    }
    return s;
  }
}
