package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateFile;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translation keeps jinjava's whitespace: each template below, in awkward layouts, gives the
 * same text from jinjava and from real Helm on its Go translation, with the conditions both true
 * and false. (Helm trims a document's leading and trailing whitespace; the rest is compared as is.)
 */
class WhitespaceTest {
  static final String VALUES = """
      # A flag.
      t: true
      # Another.
      f: false
      # A list.
      # @items string
      l: [a, b]
      # A map.
      # @type map
      # @items string
      m:
        k1: v1
        k2: v2
      # A number.
      num: 2
      """;
  static final String HELPERS = """
      {% macro block() -%}
      x: 1
      {% if values.t %}
      y: 2
      {% endif %}
      {%- endmacro %}

      {% macro word() -%}
      {% if values.t %}on{% else %}off{% endif %}
      {%- endmacro %}
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      "a: 1\n{% if values.t %}\nb: 2\n{% endif %}\nc: 3\n",
      "x:\n  {% if values.t %}\n  {% if values.f %}\n  y: 1\n  {% else %}\n  y: 2\n  {% endif %}\n  {% endif %}\nz: 1\n",
      "a: 1\n\n{% if values.t %}\nb: 2\n\n{% endif %}\n\nc: 3\n",
      "a: 1   \n{% if values.t %}\nb: 2\n{% endif %}\nc: 3\n",
      "a: {% if values.t %}yes{% else %}no{% endif %}\nb: 1\n",
      "a: x {% if values.t %} y {% endif %} z\nb: 1\n",
      "l:\n{% for i in values.l %}\n- {{ i | quote }}\n{% endfor %}\nend: 1\n",
      "l:\n{% for i in values.l %}\n  {% if values.t %}\n- {{ i | quote }}\n  {% endif %}\n{% endfor %}\nend: 1\n",
      "m:\n  {{ values.m | to_yaml | indent(2) }}\nend: 1\n",
      "m:\n\n  {{ values.m | to_yaml | indent(2) }}\nend: 1\n",
      "m:   \n  {{ values.m | to_yaml | indent(2) }}\nend: 1\n",
      "a: 1\n{# a note #}\nb: 2\n",
      "a: x {# inline #} y\nb: 2\n",
      "{# first line #}\na: 1\n",
      "{% if values.t %}\na: 1\n{% endif %}",
      "{% if values.f %}\na: 1\n{% elif values.t %}\na: 2\n{% else %}\na: 3\n{% endif %}\nb: {{ values.num | int }}\n",
      "k:\n  {{ block() | indent(2) }}\nw: {{ word() | quote }}\n",
      "{{ block() }}\nw: 1\n",
      "a: 1\n  {% if values.t %}\nb: 2\n    {% endif %}\nc: 3\n",
  })
  void jinjavaAndHelmEmitTheSameText(String template) throws Exception {
    compareBothWays(template);
  }

  private void compareBothWays(String template) throws Exception {
    String flipped = template.replace("values.t", "values.__").replace("values.f", "values.t").replace("values.__", "values.f");
    compare(template);
    compare(flipped);
  }

  private void compare(String template) throws Exception {
    Path values = dir.resolve("values.yaml");
    Files.writeString(values, VALUES);
    ValueDefinitions definitions = ValueDefinitions.load(values, "values.yaml");
    TemplateSet set = TemplateSet.of(List.of(
        new TemplateFile("_helpers.j2", "templates/_helpers.j2", HELPERS, TemplateFile.Kind.HELPERS),
        new TemplateFile("x.yaml.j2", "templates/x.yaml.j2",
            "{% from '_helpers.j2' import block, word %}\n" + template, TemplateFile.Kind.MANIFEST)));
    ParsedTemplates parsed = ParsedTemplates.parse(set, definitions);
    ChartMetadata meta = new ChartMetadata("t", "0.1.0", "1.0.0", "test", ">=1.20.0-0", "https://example.com",
        List.of(), List.of());
    Path chart = dir.resolve("chart-" + Integer.toHexString(template.hashCode()));
    for (Map.Entry<String, String> f : ChartCompiler.compile(parsed, definitions, meta, Map.of()).entrySet()) {
      Path p = chart.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    String jinja = new Renderer(parsed, meta).renderText(set.byName("x.yaml.j2").orElseThrow(),
        new ValuesLoader(definitions, dir, "profiles").load(ValuesRequest.DEFAULTS), new Release("r", "ns"));
    RealHelm.Result helm = RealHelm.template(chart, "r", "ns", null);
    assertTrue(helm.ok(), () -> helm.error() + "\ntemplate:\n" + template);
    String source = "# Source: t/templates/x.yaml\n";
    int at = helm.output().indexOf(source);
    String go = at < 0 ? "" : helm.output().substring(at + source.length());
    String goTemplate = Files.readString(chart.resolve("templates/x.yaml"));
    assertEquals(jinja.strip(), go.strip(), () -> "template:\n" + template + "\nGo translation:\n" + goTemplate);
  }
}
