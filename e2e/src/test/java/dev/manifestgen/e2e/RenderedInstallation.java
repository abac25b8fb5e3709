package dev.manifestgen.e2e;

import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestObject;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.validate.OperatorElection;
import dev.manifestgen.yaml.YamlException;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * One installation as its rendered objects describe it: where and as whom the operator runs, how many
 * replicas, and (through the operator contract, as {@code manifest-gen validate} reads it) the lock
 * and timings its replicas elect a leader with.
 */
record RenderedInstallation(String namespace, String workloadName, int replicas, String serviceAccount,
    ManifestSet objects) {

  static RenderedInstallation parse(String manifest) {
    ManifestSet objects;
    try {
      objects = new ManifestSet(ManifestLoader.parse(manifest, "rendered manifest"));
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    ManifestObject o = objects.ofKind("StatefulSet").stream().findFirst()
        .orElseThrow(() -> new AssertionError("no StatefulSet in the rendered manifest"));
    StatefulSet statefulSet = o.as(StatefulSet.class);
    String serviceAccount = statefulSet.getSpec().getTemplate().getSpec().getServiceAccountName();
    return new RenderedInstallation(o.namespace(), o.name(), statefulSet.getSpec().getReplicas(),
        Objects.requireNonNullElse(serviceAccount, "default"), objects);
  }

  /** The lock settings the operator resolves from its flags (in its config file) or its built-in values. */
  ElectionSettings election(OperatorContract contract) {
    OperatorElection e = OperatorElection.find(objects, contract).stream()
        .filter(x -> x.workload().equals(workloadName)).findFirst()
        .orElseThrow(() -> new AssertionError(workloadName + " does not run " + contract.operator()
            + " with leader election on"));
    return new ElectionSettings(e.namespace(), e.lockName(), e.lockType(), duration(e.leaseDuration()),
        duration(e.renewDeadline()), duration(e.retryPeriod()));
  }

  private static Duration duration(String goDuration) {
    return Duration.ofNanos(FlagValues.durationNanos(goDuration).longValueExact());
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
