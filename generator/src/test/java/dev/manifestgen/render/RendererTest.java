package dev.manifestgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.Values;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
  static ValuesLoader loader;
  static ValueDefinitions definitions;
  static Renderer renderer;
  @TempDir Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    Path root = Repo.root();
    definitions = ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml");
    loader = new ValuesLoader(definitions, root.resolve("config/profiles"), "config/profiles");
    renderer = new Renderer(ParsedTemplates.parse(TemplateSet.load(root.resolve("templates"), "templates"), definitions),
        ChartMetadata.load(root.resolve("config/chart.yaml"), "config/chart.yaml"));
  }

  /** Strings that would break YAML or a template engine if they were pasted in unquoted. */
  static final List<String> HOSTILE = List.of(
      "key: value", "# not a comment", "say \"hi\"", "it's", "{{ .Values.replicas }}", "{% if true %}x{% endif %}",
      "{{- fail \"x\" }}", "héllo ☃ 日本語 🚀", "line1\nline2\n", "line1\nline2", "  leading", "trailing  ", "yes", "on",
      "1.0", "0x1F", "null", "~", "", "- item", "[a, b]", "{a: b}", "&anchor *alias", "\ttab", "back\\slash",
      "@at", "`tick`", "a\u0001b", "para\u2028sep", "%percent", "!tag", "? question", "|", ">", "'", "\"",
      "${HOME}", "a\r\nb");

  private List<Map<String, Object>> render(Map<String, Object> userValues) throws Exception {
    Path f = dir.resolve("values.yaml");
    Files.writeString(f, YamlWriter.toYaml(userValues));
    Values values = loader.load(new ValuesRequest(List.of(), List.of(f), List.of(), List.of()));
    List<Map<String, Object>> objects = new java.util.ArrayList<>();
    for (RenderedDocument d : renderer.render(values, Release.DEFAULT)) {
      objects.add(d.object());
    }
    return objects;
  }

  @Test
  @SuppressWarnings("unchecked")
  void hostileStringsComeOutAsExactlyThatString() throws Exception {
    Map<String, Object> annotations = new LinkedHashMap<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      annotations.put("example.com/k" + i, HOSTILE.get(i));
    }
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("podAnnotations", annotations);
    user.put("serviceAccount", Map.of("annotations", annotations));
    user.put("config", Map.of("container-registry", "reg: \"x\" #y\n{{ z }}"));
    user.put("image", Map.of("repository", "repo: #x", "tag", "{{ t }}"));
    List<Map<String, Object>> objects = render(user);

    Map<String, Object> sts = Manifests.ofKind(objects, "StatefulSet").get(0);
    Map<String, Object> podAnnotations = new LinkedHashMap<>((Map<String, Object>) Manifests.get(sts, "spec.template.metadata.annotations"));
    assertTrue(podAnnotations.remove("checksum/config") instanceof String);
    assertTrue(podAnnotations.remove("co.elastic.logs/raw") instanceof String);
    assertEquals(annotations, podAnnotations);
    assertEquals("repo: #x:{{ t }}", Manifests.get(sts, "spec.template.spec.containers[0].image"));
    Map<String, Object> sa = Manifests.ofKind(objects, "ServiceAccount").get(0);
    assertEquals(annotations, Manifests.get(sa, "metadata.annotations"));

    Map<String, Object> cm = Manifests.ofKind(objects, "ConfigMap").get(0);
    String configFile = (String) ((Map<?, ?>) Manifests.get(cm, "data")).get("eck.yaml");
    Map<String, Object> config = Manifests.parse(configFile).get(0);
    assertEquals("reg: \"x\" #y\n{{ z }}", config.get("container-registry"));
  }

  @Test
  void installOrderIsHelms() throws Exception {
    List<String> kinds = render(Map.of("namespace", Map.of("create", true), "replicas", 2))
        .stream().map(o -> (String) o.get("kind")).toList();
    // Helm's InstallOrder (three ClusterRoles: the operator's, view and edit); ValidatingWebhookConfiguration
    // is not in Helm's list, so it comes last
    assertEquals(List.of("Namespace", "PodDisruptionBudget", "ServiceAccount", "Secret", "ConfigMap", "ClusterRole",
        "ClusterRole", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "Service", "StatefulSet",
        "ValidatingWebhookConfiguration"), kinds);
  }

  @Test
  void replicasAboveOneWithoutLeaderElectionIsRefusedNamingTheValuesAndTheirLayers() {
    dev.manifestgen.values.ValuesException e = assertThrows(dev.manifestgen.values.ValuesException.class,
        () -> render(Map.of("replicas", 2, "leaderElection", Map.of("enabled", false))));
    assertEquals(1, e.lines().size(), e.getMessage());
    String line = e.lines().get(0);
    assertTrue(line.startsWith("replicas=2 (" + dir.resolve("values.yaml") + ":"), line);
    assertTrue(line.contains(", leaderElection.enabled=false (" + dir.resolve("values.yaml") + ":"), line);
    assertTrue(line.endsWith("): replicas > 1 needs leaderElection.enabled=true: without a leader every replica would"
        + " reconcile the same resources"), line);
  }

  @Test
  void aTemplatesFailNamesTheValuesItsConditionReadsAndTheirLayers() throws Exception {
    Renderer r = new Renderer(single("{% if values.replicas > 1 %}\n{{ fail('no more than one') }}\n{% endif %}\n"),
        renderer.chart());
    Path f = dir.resolve("values.yaml");
    Files.writeString(f, "replicas: 2\n");
    Values values = loader.load(new ValuesRequest(List.of(), List.of(f), List.of(), List.of()));
    RenderException e = assertThrows(RenderException.class, () -> r.render(values, Release.DEFAULT));
    assertEquals("templates/x.yaml.j2:2: no more than one\n  replicas=2 (from " + f + ":1)", e.getMessage());
  }

  private static ParsedTemplates single(String text) throws RenderException {
    return ParsedTemplates.parse(TemplateSet.of(List.of(
        new TemplateFile("x.yaml.j2", "templates/x.yaml.j2", text, TemplateFile.Kind.MANIFEST))), definitions);
  }

  @Test
  void aMisspelledValueIsRefusedBeforeRenderingWithTheTemplateAndLine() {
    RenderException e = assertThrows(RenderException.class,
        () -> single("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ values.nameOverrid | quote }}\n"));
    assertEquals("templates/x.yaml.j2:4: values.nameOverrid: no such value in config/values.yaml; did you mean "
        + "values.nameOverride?", e.getMessage());
  }

  @Test
  void aTemplateThatRendersBrokenYamlShowsTheRenderedLine() throws Exception {
    Renderer r = new Renderer(single("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n"
        + "  a: {{ values.leaderElection.enabled }}: oops\n"), renderer.chart());
    Values values = loader.load(ValuesRequest.DEFAULTS);
    RenderException e = assertThrows(RenderException.class, () -> r.render(values, Release.DEFAULT));
    assertTrue(e.getMessage().startsWith("templates/x.yaml.j2 (rendered document 1):6: invalid YAML"), e.getMessage());
    assertTrue(e.getMessage().contains("(rendered line 6: a: true: oops)"), e.getMessage());
  }
}
