package dev.manifestgen.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValueType;
import dev.manifestgen.yaml.YamlWriter;

/** The Markdown table of every value (key, type, default, description), from the definitions. */
public final class ValuesTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ValuesTable() {}

  public static String markdown(ValueDefinitions definitions) {
    StringBuilder s = new StringBuilder("| Key | Type | Default | Description |\n|---|---|---|---|\n");
    for (ValueDefinition d : definitions.all()) {
      if (d.type() == ValueType.OBJECT) {
        continue;
      }
      s.append("| `").append(d.path()).append("` | ").append(type(d)).append(" | `")
          .append(cell(json(d.defaultValue()))).append("` | ").append(cell(d.description().replace('\n', ' ')))
          .append(" |\n");
    }
    return s.toString();
  }

  private static String type(ValueDefinition d) {
    StringBuilder t = new StringBuilder(d.typeLabel());
    if (!d.enumValues().isEmpty()) {
      t.append(": ").append(String.join(", ", d.enumValues()));
    }
    if (d.minimum() != null || d.maximum() != null) {
      t.append(" (").append(d.minimum() == null ? "" : ">= " + d.minimum())
          .append(d.minimum() != null && d.maximum() != null ? ", " : "")
          .append(d.maximum() == null ? "" : "<= " + d.maximum()).append(')');
    }
    if (d.format() != null) {
      t.append(" (").append(d.format().label()).append(')');
    }
    return cell(t.toString());
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(YamlWriter.sorted(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
