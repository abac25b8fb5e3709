package dev.manifestgen.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.cli.UnifiedDiff;
import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.RenderedDocument;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.Manifests;
import dev.manifestgen.testing.RandomValues;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ContractDefaults;
import dev.manifestgen.values.CrossValueRules;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValuesException;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every values set of a matrix and for 200 more drawn at random, real Helm's
 * {@code helm template} of the generated chart and manifest-gen's rendering give the same objects
 * (compared as parsed YAML, order of documents and keys aside), or both refuse the values.
 */
class ChartEquivalenceTest {
  static final long SEED = 20261124L;
  static final int RANDOM_SETS = 200;

  /** What one operator's chart and manifests are built from: its contract's defaults, rules and flags. */
  record Build(String name, ValueDefinitions definitions, ValuesLoader loader, Renderer renderer, Path chart) {
    static Build of(String name, Path contractFile, Path dir) throws Exception {
      Path root = Repo.root();
      OperatorContract contract = Contracts.read(contractFile);
      ValueDefinitions definitions = ContractDefaults.apply(
          ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml"), contract);
      CrossValueRules rules = new CrossValueRules(contract);
      ValuesLoader loader = new ValuesLoader(definitions, root.resolve("config/profiles"), "config/profiles", rules);
      ParsedTemplates parsed = ParsedTemplates.parse(TemplateSet.load(root.resolve("templates"), "templates"), definitions);
      ChartMetadata metadata = ChartMetadata.load(root.resolve("config/chart.yaml"), "config/chart.yaml");
      OperatorFlags flags = OperatorFlags.of(contract);
      Path chart = dir.resolve(name).resolve("eck-operator");
      for (Map.Entry<String, String> f : ChartCompiler.compile(parsed, definitions, metadata, Map.of(), rules, flags).entrySet()) {
        Path p = chart.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
      return new Build(name, definitions, loader, new Renderer(parsed, metadata, flags), chart);
    }
  }

  /** The Elastic operator 1.3.0 (lock, timings and port fixed in code), and an operator with flags for them all. */
  static Build eck;
  static Build lockFlags;
  static ValueDefinitions definitions;
  @TempDir static Path dir;

  @BeforeAll
  static void compileCharts() throws Exception {
    eck = Build.of("eck-1.3.0", Contracts.ECK_130, dir);
    lockFlags = Build.of("lock-flags", Contracts.LOCK_FLAGS, dir);
    definitions = eck.definitions();
  }

  static Stream<Arguments> matrix() throws Exception {
    List<Arguments> sets = new ArrayList<>();
    sets.add(set("defaults", Map.of()));
    for (String profile : List.of("all-in-one", "restricted", "ha")) {
      sets.add(set("profile " + profile, profile(profile)));
    }
    for (long r : new long[] {0, 1, 2, 5}) {
      sets.add(set("replicas " + r, Map.of("replicas", r)));
    }
    sets.add(set("leader election off", Map.of("leaderElection", Map.of("enabled", false))));
    sets.add(set("leader election off, 3 replicas (refused)", Map.of("replicas", 3L, "leaderElection", Map.of("enabled", false))));
    for (String type : List.of("configmaps", "leases", "configmapsleases")) {
      sets.add(set("lock type " + type, Map.of("replicas", 2L, "leaderElection", Map.of("lockType", type))));
    }
    sets.add(set("custom lock name", Map.of("leaderElection", Map.of("lockName", "my-lock"))));
    sets.add(set("lock name and timings", Map.of("leaderElection", Map.of("lockName", "my-lock", "leaseDuration", "4s",
        "renewDeadline", "3s", "retryPeriod", "500ms"))));
    sets.add(set("lease not above renew (refused with flags)", Map.of("leaderElection", Map.of("leaseDuration", "10s"))));
    sets.add(set("renew exactly 1.2 x retry (refused with flags)", Map.of("leaderElection", Map.of("renewDeadline", "12s",
        "retryPeriod", "10s", "leaseDuration", "1m"))));
    sets.add(set("renew just above 1.2 x retry", Map.of("leaderElection", Map.of("renewDeadline", "12001ms",
        "retryPeriod", "10s", "leaseDuration", "1h0m0.5s"))));
    sets.add(set("webhook off", Map.of("webhook", Map.of("enabled", false))));
    sets.add(set("webhook without managed certs", Map.of("webhook", Map.of("manageCerts", false, "name", "hook.example.com", "port", 8443L, "failurePolicy", "Fail"))));
    sets.add(set("one managed namespace", Map.of("managedNamespaces", List.of("team-a"))));
    sets.add(set("three managed namespaces", Map.of("managedNamespaces", List.of("a", "b", "c"))));
    sets.add(set("maps", Map.of(
        "resources", Map.of("limits", Map.of("cpu", "2", "memory", "1Gi"), "requests", Map.of("cpu", 0.5)),
        "tolerations", List.of(Map.of("key", "dedicated", "operator", "Equal", "value", "ops", "effect", "NoSchedule")),
        "affinity", Map.of("nodeAffinity", Map.of("requiredDuringSchedulingIgnoredDuringExecution",
            Map.of("nodeSelectorTerms", List.of(Map.of("matchExpressions",
                List.of(Map.of("key", "zone", "operator", "In", "values", List.of("a", "b")))))))),
        "podAnnotations", Map.of("example.com/a", "x", "example.com/b", "1"),
        "podLabels", Map.of("team", "ops"),
        "nodeSelector", Map.of("kubernetes.io/os", "linux"),
        "imagePullSecrets", List.of(Map.of("name", "regcred")),
        "serviceAccount", Map.of("annotations", Map.of("iam.example.com/role", "arn:x:y")))));
    Map<String, Object> hostile = new LinkedHashMap<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      hostile.put("example.com/h" + i, HOSTILE.get(i));
    }
    sets.add(set("hostile strings", Map.of("podAnnotations", hostile, "serviceAccount", Map.of("annotations", hostile),
        "config", Map.of("container-registry", "reg: #\"{{ x }}\"\n'y'"), "image", Map.of("repository", "r: é ☃", "tag", "{% t %}"))));
    sets.add(set("kubernetes 1.20", Map.of("replicas", 2L, "kubeVersion", "1.20")));
    sets.add(set("kubernetes v1.21.3", Map.of("replicas", 2L, "kubeVersion", "v1.21.3")));
    sets.add(set("names", Map.of("fullnameOverride", "my-operator", "serviceAccount", Map.of("create", false, "name", "ops"),
        "namespace", Map.of("name", "ops-system", "create", true))));
    sets.add(set("no rbac, no service account", Map.of("rbac", Map.of("create", false), "serviceAccount", Map.of("create", false))));
    sets.add(set("pdb off with replicas", Map.of("replicas", 3L, "podDisruptionBudget", Map.of("enabled", false))));
    sets.add(set("bad type (refused)", Map.of("replicas", "abc")));
    sets.add(set("bad enum (refused)", Map.of("leaderElection", Map.of("lockType", "lease"))));
    sets.add(set("unknown key (refused)", Map.of("replica", 2L)));
    sets.add(set("negative (refused)", Map.of("replicas", -1L)));
    sets.add(set("bad duration (refused)", Map.of("leaderElection", Map.of("retryPeriod", "2 seconds"))));
    sets.add(set("integer annotation (refused)", Map.of("podAnnotations", Map.of("a", 1L))));
    sets.add(set("name that is no object name (refused)", Map.of("nameOverride", "n: {{ x }}")));
    sets.add(set("label value that is no label value (refused)", Map.of("podLabels", Map.of("team", "a b"))));
    return sets.stream();
  }

  static final List<String> HOSTILE = List.of("key: value", "# c", "say \"hi\"", "it's", "{{ .Values.replicas }}",
      "{% if true %}x{% endif %}", "{{- fail \"x\" }}", "héllo ☃ 日本語 🚀", "l1\nl2\n", "  lead", "trail  ", "yes", "on",
      "1.0", "1e3", "y", "0x1F", "null", "~", "", "- item", "[a, b]", "{a: b}", "&a *b", "\ttab", "back\\slash", "@at",
      "`t`", "%p", "!tag", "? q", "|", ">", "'", "\"", "${HOME}", "a\u0001b", "p\u2028s");

  private static Arguments set(String name, Map<String, Object> values) {
    return Arguments.of(name, values);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> profile(String name) throws Exception {
    return (Map<String, Object>) dev.manifestgen.yaml.YamlReader.readFile(
        Repo.root().resolve("config/profiles/" + name + ".yaml"), name).root();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void helmAndManifestGenAgree(String name, Map<String, Object> values) throws Exception {
    assertSame(eck, name, values, "elastic-operator", "elastic-system");
    assertSame(lockFlags, name, values, "elastic-operator", "elastic-system");
  }

  @Test
  void helmAndManifestGenAgreeForRandomValueSets() throws Exception {
    RandomValues random = new RandomValues(SEED, definitions);
    List<String> releases = List.of("elastic-operator", "eck", "x");
    for (int i = 0; i < RANDOM_SETS; i++) {
      Map<String, Object> values = random.next();
      String name = "random set " + i + " (seed " + SEED + ")";
      assertSame(eck, name, values, releases.get(i % releases.size()), "ns-" + (i % 3));
      assertSame(lockFlags, name, values, releases.get(i % releases.size()), "ns-" + (i % 3));
    }
  }

  @Test
  void aSecondReleaseInTheSameNamespaceGetsDistinctNames() throws Exception {
    assertSame(eck, "release eck", Map.of(), "eck", "elastic-system");
  }

  private void assertSame(Build build, String name, Map<String, Object> values, String release, String namespace)
      throws Exception {
    Path file = Files.createTempFile(dir, "values", ".yaml");
    Files.writeString(file, YamlWriter.toYaml(values) + "\n");
    RealHelm.Result helm = RealHelm.template(build.chart(), release, namespace, file);
    ValuesLoader loader = build.loader();
    Renderer renderer = build.renderer();
    String ours;
    List<Map<String, Object>> ourObjects = new ArrayList<>();
    try {
      var v = loader.load(new ValuesRequest(List.of(), List.of(file), List.of(), List.of()));
      for (RenderedDocument d : renderer.render(v, new Release(release, namespace))) {
        ourObjects.add(d.object());
      }
      ours = null;
    } catch (ValuesException | RenderException e) {
      ours = e.getMessage();
    }
    String context = name + " (operator: " + build.name() + ")\nvalues:\n" + YamlWriter.toYaml(values) + "\n";
    if (ours != null || !helm.ok()) {
      if (ours == null || helm.ok()) {
        fail(context + "only one refused.\nmanifest-gen: " + (ours == null ? "rendered" : ours)
            + "\nhelm: " + (helm.ok() ? "rendered" : helm.error()));
      }
      return;
    }
    Map<String, Map<String, Object>> mine = byKey(ourObjects);
    Map<String, Map<String, Object>> theirs = byKey(Manifests.parse(helm.output()));
    StringBuilder diff = new StringBuilder();
    for (String key : union(mine, theirs)) {
      Map<String, Object> a = mine.get(key);
      Map<String, Object> b = theirs.get(key);
      if (a == null || b == null || !a.equals(b)) {
        diff.append(UnifiedDiff.diff(key + " (manifest-gen)", a == null ? "" : YamlWriter.toYaml(a) + "\n",
            key + " (helm template)", b == null ? "" : YamlWriter.toYaml(b) + "\n"));
      }
    }
    if (diff.length() > 0) {
      fail(context + diff);
    }
    assertEquals(mine.keySet(), theirs.keySet());
  }

  /**
   * Objects by kind/namespace/name. A ConfigMap's *.yaml entries are files the operator parses, so
   * they are compared parsed too (Helm and manifest-gen quote differently, e.g. "" and '').
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> objects) {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (Map<String, Object> object : objects) {
      Map<String, Object> o = object;
      if ("ConfigMap".equals(o.get("kind")) && o.get("data") instanceof Map<?, ?> data) {
        o = new LinkedHashMap<>(o);
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : data.entrySet()) {
          boolean yaml = ((String) e.getKey()).endsWith(".yaml") && e.getValue() instanceof String;
          parsed.put((String) e.getKey(), yaml ? parsedOrRaw((String) e.getValue()) : e.getValue());
        }
        o.put("data", parsed);
      }
      Object ns = Manifests.get(o, "metadata.namespace");
      String key = o.get("kind") + " " + (ns == null ? "" : ns + "/") + Manifests.get(o, "metadata.name");
      if (out.put(key, o) != null) {
        throw new AssertionError("two objects " + key);
      }
    }
    return out;
  }

  private static Object parsedOrRaw(String text) {
    try {
      return Manifests.parse(text);
    } catch (AssertionError e) {
      return text;
    }
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeMap<String, Object> all = new TreeMap<>(a);
    all.putAll(b);
    return new ArrayList<>(all.keySet());
  }
}
