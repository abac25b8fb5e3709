package dev.manifestgen.testing;

import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values sets drawn at random from the value definitions: each key keeps its default or gets a
 * random value of its type, within its limits and formats. Strings come from a pool that includes
 * YAML and template syntax, so the equivalence tests also prove quoting.
 */
public final class RandomValues {
  static final List<String> STRINGS = List.of("plain", "key: value", "# hash", "say \"hi\"", "it's", "{{ .Values.x }}",
      "{% if %}", "héllo ☃", "line1\nline2", "yes", "1.0", "null", "", "- item", "[a]", "{a: b}", "  pad", "1e3", "y",
      "a\tb", "back\\slash", "@at", "%p", "!t", "& *");

  private final Random random;
  private final ValueDefinitions definitions;
  private final boolean installable;

  public RandomValues(long seed, ValueDefinitions definitions) {
    this(seed, definitions, false);
  }

  /**
   * @param installable draw what a complete installation takes: the values Helm passes through to
   *     Kubernetes as they are (affinity, tolerations, resources, security contexts) from valid
   *     objects, and the installation's own RBAC and ServiceAccount kept on (values that leave them to
   *     the user describe a manifest whose other half is elsewhere)
   */
  public RandomValues(long seed, ValueDefinitions definitions, boolean installable) {
    this.random = new Random(seed);
    this.definitions = definitions;
    this.installable = installable;
  }

  /** Values a complete installation takes, valid Kubernetes objects where values are passed through. */
  static final Map<String, List<Object>> KUBERNETES_OBJECTS = Map.of(
      "affinity", List.of(Map.of(), Map.of("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution",
          List.of(Map.of("weight", 100L, "podAffinityTerm", Map.of("topologyKey", "kubernetes.io/hostname",
              "labelSelector", Map.of("matchLabels", Map.of("app", "x")))))))),
      "tolerations", List.of(List.of(), List.of(Map.of("key", "dedicated", "operator", "Equal", "value", "ops",
          "effect", "NoSchedule"))),
      "resources", List.of(Map.of(), Map.of("limits", Map.of("cpu", "2", "memory", "1Gi"), "requests", Map.of("cpu", "100m"))),
      "podSecurityContext", List.of(Map.of(), Map.of("runAsNonRoot", true, "fsGroup", 1000L)),
      "securityContext", List.of(Map.of("allowPrivilegeEscalation", false, "capabilities", Map.of("drop", List.of("ALL")),
          "readOnlyRootFilesystem", true, "runAsNonRoot", true), Map.of("runAsUser", 1000L)));
  static final List<String> KEPT_ON = List.of("rbac.create", "serviceAccount.create");

  /** A user values map (what a -f file holds): only the keys that were drawn. */
  public Map<String, Object> next() {
    return object(definitions.root());
  }

  private Map<String, Object> object(ValueDefinition def) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ValueDefinition child : def.properties().values()) {
      String key = child.path().substring(child.path().lastIndexOf('.') + 1);
      if (child.type() == ValueType.OBJECT) {
        Map<String, Object> sub = object(child);
        if (!sub.isEmpty()) {
          out.put(key, sub);
        }
      } else if (random.nextInt(3) == 0) {
        if (installable && KUBERNETES_OBJECTS.containsKey(child.path())) {
          out.put(key, pick(KUBERNETES_OBJECTS.get(child.path())));
        } else if (!installable || !KEPT_ON.contains(child.path())) {
          out.put(key, value(child));
        }
      }
    }
    return out;
  }

  private Object value(ValueDefinition d) {
    return switch (d.type()) {
      case LIST -> list(d);
      case MAP -> map(d);
      default -> scalar(d, d.type());
    };
  }

  private List<Object> list(ValueDefinition d) {
    List<Object> out = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.add(d.itemType() == ValueType.MAP || d.itemType() == ValueType.ANY ? smallMap(d) : scalar(d, d.itemType()));
    }
    if (d.unique() && !out.isEmpty() && edge()) {
      out.add(out.get(0)); // the edge: an item twice
    }
    return out;
  }

  private Map<String, Object> map(ValueDefinition d) {
    if (d.itemType() == ValueType.ANY) {
      return smallMap(d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.put("example.com/k" + random.nextInt(100), scalar(d, d.itemType()));
    }
    return out;
  }

  /** A nested map with typical Kubernetes shapes (resources, affinity, tolerations). */
  private Map<String, Object> smallMap(ValueDefinition d) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (d.path().equals("imagePullSecrets")) {
      out.put("name", "secret-" + random.nextInt(10));
      return out;
    }
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Object v = switch (random.nextInt(4)) {
        case 0 -> pick(STRINGS);
        case 1 -> (long) random.nextInt(2000);
        case 2 -> random.nextBoolean();
        default -> Map.of("inner", pick(STRINGS), "list", List.of(pick(STRINGS), (long) random.nextInt(9)));
      };
      out.put("key" + i, v);
    }
    return out;
  }

  private Object scalar(ValueDefinition d, ValueType type) {
    switch (type) {
      case BOOLEAN:
        return random.nextBoolean();
      case INTEGER: {
        long min = d.minimum() == null ? 0 : Math.max(d.minimum(), -5);
        long max = d.maximum() == null ? min + 5 : Math.min(d.maximum(), min + 70000);
        if (d.path().equals("replicas")) {
          max = 5;
        }
        if (d.maximum() != null && edge()) {
          return d.maximum() + random.nextInt(2); // the edges: the largest value allowed, and one more
        }
        return min + (long) random.nextInt((int) (max - min + 1));
      }
      case NUMBER:
        return random.nextInt(100) / 4.0;
      case STRING:
        if (!d.enumValues().isEmpty()) {
          return pick(d.enumValues());
        }
        if (d.format() != null && edge()) {
          switch (d.format()) {
            case DURATION:
              // Go's time.ParseDuration: up to 2562047h47m16.854775807s
              return pick(List.of("2562047h47m16s", "2562047h47m17s", "2562048h", "9999999999h"));
            case DNS1123_SUBDOMAIN:
            case OPTIONAL_DNS1123_SUBDOMAIN:
              return "a".repeat(253 + random.nextInt(2)); // the longest name, and one more
            default:
              break;
          }
        }
        if (d.format() != null) {
          return switch (d.format()) {
            case DURATION -> (1 + random.nextInt(90)) + pick(List.of("s", "m", "h", "ms"));
            case DNS1123_LABEL -> "ns-" + random.nextInt(1000);
            case DNS1123_SUBDOMAIN -> "lock-" + random.nextInt(1000) + pick(List.of("", ".example.com"));
            case OPTIONAL_DNS1123_LABEL -> pick(List.of("", "name-" + random.nextInt(1000)));
            case OPTIONAL_DNS1123_SUBDOMAIN -> pick(List.of("", "name-" + random.nextInt(1000), "n.example.com"));
            case KUBE_VERSION -> pick(List.of("", "1.20", "1.21", "v1.20.2", "v1.30.1"));
            case FLAG_NAME -> pick(List.of("", "leader-election-" + random.nextInt(1000)));
            case LABEL_VALUE -> pick(List.of("", "v-" + random.nextInt(1000), "A_b.c"));
          };
        }
        return pick(STRINGS);
      default:
        return pick(STRINGS);
    }
  }

  /** One draw in eight takes a value at or just past a limit (int32, lengths, Go durations, repeats). */
  private boolean edge() {
    return random.nextInt(8) == 0;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
