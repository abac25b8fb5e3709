package dev.manifestgen.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.chart.ChartCompiler;
import dev.manifestgen.cli.UnifiedDiff;
import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ValueDefinitions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * manifest-gen against real Helm (helm-java, in-process), byte for byte: for each values file,
 * {@code manifest-gen generate -f FILE} and {@code helm template} of the generated chart print
 * the same text once manifest-gen's two header lines are set aside: the same objects in the same
 * order, each under the same {@code # Source:} comment, every value typed and quoted alike. When Helm refuses the
 * file, manifest-gen refuses it too, in one line naming the file.
 */
class HelmDifferentialTest {
  @TempDir static Path dir;
  static Path chart;

  @BeforeAll
  static void compileChart() throws Exception {
    Path root = Repo.root();
    ValueDefinitions definitions = ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml");
    ParsedTemplates parsed = ParsedTemplates.parse(TemplateSet.load(root.resolve("templates"), "templates"), definitions);
    ChartMetadata metadata = ChartMetadata.load(root.resolve("config/chart.yaml"), "config/chart.yaml");
    chart = dir.resolve("eck-operator");
    for (Map.Entry<String, String> f : ChartCompiler.compile(parsed, definitions, metadata, Map.of()).entrySet()) {
      Path p = chart.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
  }

  static final String LONG = "word ".repeat(30).trim();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("defaults", ""));
    cases.add(Arguments.of("strings Helm quotes", """
        podAnnotations:
          a: ""
          b: "true"
          c: "0o17"
          d: "0x1F"
          e: "1:30"
          f: "2001-01-01"
          g: "y"
          h: "- x"
          i: "a #b"
          j: "n"
          k: "1e3"
          l: "~"
          m: "null"
          n: ".inf"
          o: "0b1"
          p: "017"
          q: "+1"
        """));
    cases.add(Arguments.of("strings with breaks, tabs, quotes and wide characters", """
        podAnnotations:
          a: "multi\\nline\\n"
          b: "tab\\there"
          c: "trail "
          d: " lead"
          e: "emoji 🚀 and ☃"
          f: "'single' \\"double\\" back\\\\slash"
          g: "two\\n\\nbreaks\\n\\n"
          h: "\\nleading break"
          i: "nel\\u0085 ls\\u2028 ps\\u2029 cr\\r"
          j: "bell\\u0007 esc\\u001b nbsp\\u00a0 bom\\ufeff"
          k: "%p @a `b` &c *d !e |f >g {h} [i] ,j ?k :l"
          l: "key: value # comment"
        """));
    cases.add(Arguments.of("long strings fold past column 80 as yaml.v2 does", """
        podAnnotations:
          plain: %s
          single: "- %s"
          double: "%s\\t"
          spaces: "%s  %s"
        """.formatted(LONG, LONG, LONG, LONG, LONG)));
    cases.add(Arguments.of("keys in yaml.v2's natural order", """
        podLabels:
          a10: x
          a9: x
          Z: x
          _u: x
          "1": x
          b01: x
          b1: x
          n: x
          "y": x
        """));
    cases.add(Arguments.of("yaml.v2 typing of plain scalars", """
        replicas: 0x2
        podAnnotations:
          a: 1:30
          b: 1:30.5
          c: 2001-01-01
          d: 0o17x
          e: 12e
        resources:
          limits:
            cpu: 1e21
            memory: 1000000
            big: 12345678901234567890
            small: 0.0000001
            half: .5
            under: 1_000
            octal: 017
            hex: 0x1F
            bin: 0b101
        """));
    cases.add(Arguments.of("merge keys", """
        podLabels:
          <<: {team: a, app: old}
          app: new
        nodeSelector:
          <<: [{a: first}, {a: second, b: second}]
        """));
    cases.add(Arguments.of("a duplicate key takes its last value", "replicas: 2\nreplicas: 3\n"));
    cases.add(Arguments.of("only the first document counts", "replicas: 2\n---\nreplicas: 3\n---\n: bad: yaml\n"));
    cases.add(Arguments.of("!!binary is decoded", "podAnnotations:\n  a: !!binary aGVsbG8=\n"));
    cases.add(Arguments.of("explicit tags", "podAnnotations:\n  a: !!str 12\n  b: !custom x\nreplicas: !!int \"3\"\n"));
    cases.add(Arguments.of("non-string keys become JSON keys", "podLabels:\n  1: a\n  on: b\n  1.5: c\n  0x10: d\n"));
    cases.add(Arguments.of("the string false is true in a template's if, as in Go",
        "serviceAccount:\n  name: \"false\"\nnameOverride: \"false\"\npodLabels:\n  a: \"False\"\n"));
    cases.add(Arguments.of("a leading byte order mark escapes the whole string",
        "podAnnotations:\n  a: \"\\uFEFFbom\"\n  b: \"\\uFEFF\\u00e9 x\\ty \\\"q\\\" \\U0001F600\"\n  c: \"b\\uFEFFom\"\n"
        + "config:\n  container-registry: \"\\uFEFFregistry.example.com\"\n"));
    cases.add(Arguments.of("a byte order mark is refused where a format is checked", "podLabels:\n  d: \"\\uFEFF\"\n"));
    cases.add(Arguments.of("NEL and U+FFFD are read", "podAnnotations:\n  x: \"a\\x85b\\uFFFDc\"\n"));
    cases.add(Arguments.of("numbers beyond int64 and uint64 are float64s", "config:\n  log-verbosity: 18446744073709551616\n"
        + "  max-concurrent-reconciles: 9223372036854775808\nsecurityContext:\n  runAsUser: 9007199254740993\n"));
    cases.add(Arguments.of("huge floats print as Go prints them", "config:\n  log-verbosity: 1.7976931348623157e308\n"
        + "  max-concurrent-reconciles: 1e20\n"));
    cases.add(Arguments.of("replicas of 2^63 convert to Go's int64 minimum", "replicas: 9223372036854775808\n"));
    cases.add(Arguments.of(".inf is refused", "resources:\n  limits:\n    cpu: .inf\n"));
    cases.add(Arguments.of(".nan is refused", "resources:\n  limits:\n    cpu: .NaN\n"));
    cases.add(Arguments.of("a null key is refused", "podLabels:\n  ~: x\n"));
    cases.add(Arguments.of("a list is refused", "- a\n- b\n"));
    cases.add(Arguments.of("bad base64 is refused", "podAnnotations:\n  a: !!binary '%%%'\n"));
    cases.add(Arguments.of("a tab indent is refused", "podLabels:\n\ta: b\n"));
    cases.add(Arguments.of("an unclosed quote is refused", "podLabels:\n  a: \"b\n"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void manifestGenPrintsWhatHelmPrints(String name, String values) throws Exception {
    Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".yaml");
    Files.writeString(file, values);
    RealHelm.Result helm = RealHelm.template(chart, "elastic-operator", "elastic-system", file);
    // helm template leaves a chart's crds/ out unless --include-crds; so does generate with --skip-crds
    Cli.Result ours = Cli.run("generate", "--skip-crds", "-f", file.toString());
    String context = name + "\nvalues:\n" + values;
    if (!helm.ok() || ours.exit() != 0) {
      if (helm.ok() || ours.exit() == 0) {
        fail(context + "\nonly one refused.\nmanifest-gen: " + (ours.exit() == 0 ? "rendered" : ours.err())
            + "\nhelm: " + (helm.ok() ? "rendered" : helm.error()));
      }
      assertEquals(2, ours.exit(), ours.toString());
      assertEquals(1, ours.err().lines().count(), ours.err());
      assertTrue(ours.err().startsWith("error: " + file), ours.err());
      return;
    }
    String a = comparable(ours.out());
    String b = comparable(helm.output());
    if (!a.equals(b)) {
      fail(context + "\n" + UnifiedDiff.diff("manifest-gen", a, "helm template", b));
    }
  }

  /** The output without manifest-gen's two header lines. */
  static String comparable(String output) {
    StringBuilder out = new StringBuilder();
    for (String line : output.split("\n", -1)) {
      if (line.startsWith("# Generated by manifest-gen") || line.startsWith("# Command: ")) {
        continue;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
