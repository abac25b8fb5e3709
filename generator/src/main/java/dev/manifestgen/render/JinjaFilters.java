package dev.manifestgen.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import dev.manifestgen.yaml.YamlWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Registers the filters and functions of the template subset with jinjava, replacing jinjava's
 * own where they exist, so each behaves like its Helm counterpart ({@link HelmFunctions}).
 */
final class JinjaFilters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JinjaFilters() {}

  static List<Filter> all() {
    return List.of(
        filter("quote", (v, a) -> HelmFunctions.quote(v)),
        filter("to_yaml", (v, a) -> HelmFunctions.toYaml(v)),
        filter("tojson", (v, a) -> toJson(v)),
        filter("indent", (v, a) -> HelmFunctions.indent(v, intArg(a, 0, "indent"))),
        filter("default", (v, a) -> HelmFunctions.defaultTo(v, a.length > 0 ? a[0] : "")),
        filter("lower", (v, a) -> HelmFunctions.goString(v).toLowerCase(java.util.Locale.ROOT)),
        filter("b64encode", (v, a) -> HelmFunctions.b64encode(v)),
        filter("join", (v, a) -> HelmFunctions.join(v, a.length > 0 ? String.valueOf(a[0]) : "")),
        filter("int", (v, a) -> HelmFunctions.toInt(v)),
        filter("trunc", (v, a) -> HelmFunctions.trunc(v, intArg(a, 0, "trunc"))),
        filter("trimsuffix", (v, a) -> HelmFunctions.trimSuffix(v, String.valueOf(a[0]))),
        filter("sha256", (v, a) -> HelmFunctions.sha256sum(v)),
        filter("semver_compare", (v, a) -> semverCompare(v, String.valueOf(a[0]))));
  }

  static ELFunctionDefinition failFunction() {
    try {
      return new ELFunctionDefinition("", "fail", HelmFunctions.class.getDeclaredMethod("fail", String.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }


  private static boolean semverCompare(Object version, String constraint) {
    SemverConstraint c = SemverConstraint.parse(constraint);
    if (c == null) {
      throw new IllegalArgumentException("semver_compare supports '>=X.Y.Z-0' and '<X.Y.Z-0', not '" + constraint + "'");
    }
    return c.matches(HelmFunctions.goString(version));
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(YamlWriter.sorted(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static int intArg(Object[] args, int i, String filter) {
    if (args.length <= i) {
      throw new IllegalArgumentException(filter + " needs a width");
    }
    return (int) HelmFunctions.toInt(args[i]);
  }

  private interface Body {
    Object apply(Object value, Object[] args);
  }

  private static Filter filter(String name, Body body) {
    return new Filter() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return body.apply(GoTruth.unwrap(var), args);
      }

      @Override
      public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, java.util.Map<String, Object> kwargs) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
          plain[i] = GoTruth.unwrap(args[i]);
        }
        return body.apply(GoTruth.unwrap(var), plain);
      }
    };
  }
}
