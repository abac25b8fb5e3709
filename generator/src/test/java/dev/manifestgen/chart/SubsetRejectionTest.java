package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.TemplateFile;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ValueDefinitions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything outside the Jinja subset is refused with file, line and what is not supported. */
class SubsetRejectionTest {
  static ValueDefinitions definitions;

  @BeforeAll
  static void load() throws Exception {
    definitions = ValueDefinitions.load(Repo.root().resolve("config/values.yaml"), "config/values.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ;; ", quoteCharacter = '`', value = {
      "unsupported filter ;; a: {{ values.nameOverride | upper | quote }} ;; templates/x.yaml.j2:2: the filter upper is not supported in chart templates (supported: b64encode, default, indent, int, join, lower, quote, semver_compare, sha256, to_yaml, tojson, trimsuffix, trunc)",
      "a test ;; {% if values.nameOverride is defined %}\\n{% endif %} ;; templates/x.yaml.j2:2: the test 'is defined' is not supported in chart templates",
      "a method call ;; a: {{ values.nameOverride.upper() | quote }} ;; templates/x.yaml.j2:2: the method call values.nameOverride.upper() is not supported in chart templates",
      "a loop over a non-value ;; {% for c in release.name %}\\n{% endfor %} ;; templates/x.yaml.j2:2: a loop over something that is not a value is not supported in chart templates",
      "a loop over a map ;; {% for k in values.podAnnotations %}\\n{% endfor %} ;; templates/x.yaml.j2:2: a loop over values.podAnnotations, a map (loops run over lists; write maps out with to_yaml) is not supported in chart templates",
      "set ;; {% set x = 1 %} ;; templates/x.yaml.j2:2: {% set %} is not supported in chart templates",
      "include ;; {% include 'other.j2' %} ;; templates/x.yaml.j2:2: {% include %} is not supported in chart templates",
      "arithmetic ;; a: {{ values.replicas + 1 }} ;; templates/x.yaml.j2:2: the operator '+' is not supported in chart templates",
      "subscript ;; a: {{ values.config['log-verbosity'] }} ;; templates/x.yaml.j2:2: the subscript values.config[...] is not supported in chart templates",
      "inline if ;; a: {{ 'x' if values.replicas else 'y' }} ;; templates/x.yaml.j2:2: an inline if expression is not supported in chart templates",
      "macro with arguments ;; a: {{ name(1) }} ;; templates/x.yaml.j2:2: calling name() with arguments (macros take none) is not supported in chart templates",
      "loop else ;; {% for n in values.managedNamespaces %}\\n{% else %}\\n{% endfor %} ;; templates/x.yaml.j2:3: {% for %} ... {% else %} is not supported in chart templates",
      "whitespace dash on if ;; {%- if values.replicas %}{% endif %} ;; templates/x.yaml.j2:2: whitespace control '-' on {% if %} (trim_blocks and lstrip_blocks already remove a tag's line; '-' is for macro tags) is not supported in chart templates",
      "unquoted string ;; a: {{ values.nameOverride }} ;; templates/x.yaml.j2:2: print strings with | quote or | to_yaml, so that no value can inject YAML",
      "unconverted number ;; a: {{ values.replicas }} ;; templates/x.yaml.j2:2: print numbers with | int (Helm prints 1000000 as 1e+06 otherwise)",
      "indent not alone ;; a: {{ values.podAnnotations | to_yaml | indent(2) }} ;; templates/x.yaml.j2:2: indent(2) here: an indented expression must stand alone on its line, after exactly 2 spaces (it becomes nindent in the chart) is not supported in chart templates",
      "unknown value ;; a: {{ values.replicass | int }} ;; templates/x.yaml.j2:2: values.replicass: no such value in config/values.yaml; did you mean values.replicas?",
      "ordering strings ;; {% if values.nameOverride > 'a' %}\\n{% endif %} ;; templates/x.yaml.j2:2: '>' between a string and a string (only numbers are ordered) is not supported in chart templates",
      "printing a condition ;; a: {{ values.replicas > 1 }} ;; templates/x.yaml.j2:2: printing a condition (and/or/not/comparisons go in {% if %}) is not supported in chart templates",
      "macro outside helpers ;; {% macro m() -%}x{%- endmacro %} ;; templates/x.yaml.j2:2: macros are defined in _helpers.j2 only",
      "import of an unknown macro ;; {% from '_helpers.j2' import nme %} ;; templates/x.yaml.j2:2: _helpers.j2 has no macro nme; did you mean name?",
      "macro not imported ;; a: {{ fullname() | quote }} ;; templates/x.yaml.j2:2: no macro fullname here; import it: {% from '_helpers.j2' import fullname %}",
      "unknown name ;; a: {{ foo | quote }} ;; templates/x.yaml.j2:2: unknown name foo (known: values, release, chart, capabilities, operator and loop variables)",
      "bad semver constraint ;; {% if values.kubeVersion | semver_compare('~1.21') %}\\n{% endif %} ;; templates/x.yaml.j2:2: the constraint '~1.21' (write '>=X.Y.Z-0' or '<X.Y.Z-0') is not supported in chart templates",
      "missing endif ;; {% if values.replicas %} ;; templates/x.yaml.j2:2: missing {% endif %}",
  })
  void refused(String what, String body, String message) {
    String text = "{% from '_helpers.j2' import name %}\n" + body.replace("\\n", "\n") + "\n";
    RenderException e = assertThrows(RenderException.class, () -> ParsedTemplates.parse(TemplateSet.of(List.of(
        new TemplateFile("_helpers.j2", "templates/_helpers.j2",
            "{% macro name() -%}\nx\n{%- endmacro %}\n{% macro fullname() -%}\ny\n{%- endmacro %}\n", TemplateFile.Kind.HELPERS),
        new TemplateFile("x.yaml.j2", "templates/x.yaml.j2", text, TemplateFile.Kind.MANIFEST))), definitions), what);
    assertEquals(message, e.getMessage(), what);
  }
}
