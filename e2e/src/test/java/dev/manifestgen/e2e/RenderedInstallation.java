package dev.manifestgen.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * The facts about one installation that its rendered objects hold: where and as whom the operator
 * runs, how many replicas, and the config file it reads (/conf/eck.yaml, from its ConfigMap).
 */
record RenderedInstallation(String namespace, String workloadName, int replicas, String serviceAccount,
    Map<String, Object> operatorConfig) {

  static RenderedInstallation parse(String manifest) {
    List<Map<String, Object>> documents = documents(manifest);
    Map<String, Object> statefulSet = documents.stream().filter(d -> "StatefulSet".equals(d.get("kind"))).findFirst()
        .orElseThrow(() -> new AssertionError("no StatefulSet in the rendered manifest"));
    Map<String, Object> meta = map(statefulSet.get("metadata"));
    Map<String, Object> spec = map(statefulSet.get("spec"));
    Map<String, Object> podSpec = map(map(map(spec.get("template")).get("spec")));
    String namespace = (String) meta.get("namespace");
    String configMapName = configMapMountedAt(podSpec, "/conf");
    Map<String, Object> configMap = documents.stream()
        .filter(d -> "ConfigMap".equals(d.get("kind")) && configMapName.equals(map(d.get("metadata")).get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + configMapName + " in the rendered manifest"));
    String eckYaml = (String) map(configMap.get("data")).get("eck.yaml");
    Map<String, Object> config = eckYaml == null ? Map.of() : map(new Yaml().load(eckYaml));
    return new RenderedInstallation(namespace, (String) meta.get("name"), ((Number) spec.get("replicas")).intValue(),
        Objects.requireNonNullElse((String) podSpec.get("serviceAccountName"), "default"), config);
  }

  /** The lock settings the operator resolves from its flags (set in the config file) or its built-in values. */
  ElectionSettings election(OperatorLeaderElection operator) {
    Object enabled = operatorConfig.get("enable-leader-election");
    if (Boolean.FALSE.equals(enabled)) {
      throw new AssertionError("leader election is disabled in the rendered operator config");
    }
    return new ElectionSettings(namespace, resolve(operator.lockName()), resolve(operator.lockType()),
        duration(operator.leaseDuration()), duration(operator.renewDeadline()), duration(operator.retryPeriod()));
  }

  private String resolve(OperatorLeaderElection.Setting setting) {
    if (setting.flag() != null && operatorConfig.containsKey(setting.flag())) {
      return String.valueOf(operatorConfig.get(setting.flag()));
    }
    return setting.builtIn();
  }

  private Duration duration(OperatorLeaderElection.Setting setting) {
    return GoDuration.parse(resolve(setting));
  }

  private static String configMapMountedAt(Map<String, Object> podSpec, String mountPath) {
    for (Object c : list(podSpec.get("containers"))) {
      for (Object m : list(map(c).get("volumeMounts"))) {
        if (mountPath.equals(map(m).get("mountPath"))) {
          String volume = (String) map(m).get("name");
          for (Object v : list(podSpec.get("volumes"))) {
            if (volume.equals(map(v).get("name")) && map(v).get("configMap") != null) {
              return (String) map(map(v).get("configMap")).get("name");
            }
          }
        }
      }
    }
    throw new AssertionError("no ConfigMap volume mounted at " + mountPath + " in the operator pod");
  }

  static List<Map<String, Object>> documents(String manifest) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml().loadAll(manifest)) {
      if (document instanceof Map<?, ?>) {
        documents.add(map(document));
      }
    }
    return documents;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }
}
