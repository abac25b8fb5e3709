package dev.manifestgen.testing;

import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value sets every chart equivalence test renders through Helm and manifest-gen: helm-java's
 * (ChartEquivalenceTest) and the helm 3 and helm 4 CLIs' (the e2e module's HelmCliEquivalenceTest).
 */
public final class ChartValueMatrix {
  public static final long SEED = 20261124L;
  public static final int RANDOM_SETS = 200;

  /** One installation: a values file's content, the release name and namespace. */
  public record ValueSet(String name, Map<String, Object> values, String release, String namespace) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ChartValueMatrix() {}

  static final List<String> HOSTILE = List.of("key: value", "# c", "say \"hi\"", "it's", "{{ .Values.replicas }}",
      "{% if true %}x{% endif %}", "{{- fail \"x\" }}", "héllo ☃ 日本語 🚀", "l1\nl2\n", "  lead", "trail  ", "yes", "on",
      "1.0", "1e3", "y", "0x1F", "null", "~", "", "- item", "[a, b]", "{a: b}", "&a *b", "\ttab", "back\\slash", "@at",
      "`t`", "%p", "!tag", "? q", "|", ">", "'", "\"", "${HOME}", "a\u0001b", "p\u2028s");

  /** The fixed matrix: every profile, replica counts, lock types, hostile strings, refused values, ... */
  public static List<ValueSet> fixed(Path projectRoot) {
    List<ValueSet> sets = new ArrayList<>();
    sets.add(set("defaults", Map.of()));
    for (String profile : List.of("all-in-one", "restricted", "ha")) {
      sets.add(set("profile " + profile, profile(projectRoot, profile)));
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
    // For an operator with flags for its lock and timings (refused for one that fixes them):
    sets.add(set("lock name and timings", Map.of("leaderElection", Map.of("lockName", "my-lock", "leaseDuration", "4s",
        "renewDeadline", "3s", "retryPeriod", "500ms"))));
    sets.add(set("lease not above renew (refused)", Map.of("leaderElection", Map.of("leaseDuration", "10s"))));
    sets.add(set("renew exactly 1.2 x retry (refused)", Map.of("leaderElection", Map.of("renewDeadline", "12s",
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
    sets.add(set("hostile name (refused)", Map.of("nameOverride", "n: {{ x }}")));
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
    sets.add(set("label value that is no label value (refused)", Map.of("podLabels", Map.of("team", "a b"))));
    sets.add(new ValueSet("release eck", Map.of(), "eck", "elastic-system"));
    return sets;
  }

  /** RANDOM_SETS sets drawn from the value definitions (seed SEED), over three releases and namespaces. */
  public static List<ValueSet> random(ValueDefinitions definitions) {
    RandomValues random = new RandomValues(SEED, definitions);
    List<String> releases = List.of("elastic-operator", "eck", "x");
    List<ValueSet> sets = new ArrayList<>();
    for (int i = 0; i < RANDOM_SETS; i++) {
      sets.add(new ValueSet("random set " + i + " (seed " + SEED + ")", random.next(), releases.get(i % releases.size()),
          "ns-" + (i % 3)));
    }
    return sets;
  }

  private static ValueSet set(String name, Map<String, Object> values) {
    return new ValueSet(name, values, "elastic-operator", "elastic-system");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> profile(Path projectRoot, String name) {
    try {
      return (Map<String, Object>) YamlReader.readFile(projectRoot.resolve("config/profiles/" + name + ".yaml"), name).root();
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage());
    }
  }
}
