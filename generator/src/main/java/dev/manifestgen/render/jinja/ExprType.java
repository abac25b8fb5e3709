package dev.manifestgen.render.jinja;

import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueType;

/**
 * What an expression evaluates to, as far as the chart compiler needs to know: the kind of value,
 * whether it is safe to print into YAML as it is, and for values their definition.
 *
 * @param safe printing it cannot inject YAML (quoted, to_yaml, an integer from int, a boolean)
 * @param definition the value definition for {@code values.*} paths, else null
 */
public record ExprType(ValueType type, boolean safe, ValueDefinition definition, Origin origin) {

  /** Where the value comes from, for the translator. */
  public enum Origin { VALUE, LOOP, RELEASE, CHART, CAPABILITIES, OPERATOR, MACRO, LITERAL, COMPUTED }

  static ExprType of(ValueType type, boolean safe, Origin origin) {
    return new ExprType(type, safe, null, origin);
  }

  public boolean isNumeric() {
    return type == ValueType.INTEGER || type == ValueType.NUMBER;
  }
}
