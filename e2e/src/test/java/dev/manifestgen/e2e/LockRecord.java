package dev.manifestgen.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.util.List;
import java.util.Optional;

/**
 * The leader record as the server stores it, read with the admin client: the ConfigMap lock's
 * annotation (client-go's JSON) or the Lease's spec.
 */
record LockRecord(String holderIdentity, int leaseDurationSeconds, String acquireTime, String renewTime,
    int leaderTransitions) {
  static final String ANNOTATION = "control-plane.alpha.kubernetes.io/leader";

  static Optional<LockRecord> ofConfigMap(Cluster cluster, ElectionSettings settings) {
    ConfigMap map = cluster.admin().configMaps().inNamespace(settings.namespace()).withName(settings.lockName()).get();
    if (map == null || map.getMetadata().getAnnotations() == null
        || !map.getMetadata().getAnnotations().containsKey(ANNOTATION)) {
      return Optional.empty();
    }
    try {
      JsonNode json = new ObjectMapper().readTree(map.getMetadata().getAnnotations().get(ANNOTATION));
      return Optional.of(new LockRecord(required(json, "holderIdentity").asText(),
          required(json, "leaseDurationSeconds").asInt(), required(json, "acquireTime").asText(),
          required(json, "renewTime").asText(), required(json, "leaderTransitions").asInt()));
    } catch (java.io.IOException e) {
      throw new AssertionError("the lock annotation is not JSON: " + map.getMetadata().getAnnotations().get(ANNOTATION));
    }
  }

  static Optional<LockRecord> ofLease(Cluster cluster, ElectionSettings settings) {
    Lease lease = cluster.admin().leases().inNamespace(settings.namespace()).withName(settings.lockName()).get();
    if (lease == null || lease.getSpec() == null || lease.getSpec().getHolderIdentity() == null) {
      return Optional.empty();
    }
    var spec = lease.getSpec();
    return Optional.of(new LockRecord(spec.getHolderIdentity(), spec.getLeaseDurationSeconds(),
        String.valueOf(spec.getAcquireTime()), String.valueOf(spec.getRenewTime()),
        spec.getLeaseTransitions() == null ? 0 : spec.getLeaseTransitions()));
  }

  /** The records of every object the lock type writes (two for configmapsleases). */
  static List<Optional<LockRecord>> of(Cluster cluster, ElectionSettings settings) {
    return kinds(settings).stream()
        .map(kind -> kind.equals("ConfigMap") ? ofConfigMap(cluster, settings) : ofLease(cluster, settings)).toList();
  }

  /** The kinds of the objects the lock type writes, sorted. */
  static List<String> kinds(ElectionSettings settings) {
    return switch (settings.lockType()) {
      case "configmaps" -> List.of("ConfigMap");
      case "leases" -> List.of("Lease");
      case "configmapsleases" -> List.of("ConfigMap", "Lease");
      default -> throw new AssertionError("unknown lock type " + settings.lockType());
    };
  }

  /**
   * The kinds of the lock objects that carry client-go's "IDENTITY became leader" Event (reason
   * LeaderElection, reported by the identity), sorted.
   */
  static List<String> leaderEventKinds(Cluster cluster, ElectionSettings settings, String identity) {
    return cluster.admin().v1().events().inNamespace(settings.namespace()).list().getItems().stream()
        .filter(e -> "LeaderElection".equals(e.getReason()) && (identity + " became leader").equals(e.getMessage())
            && settings.lockName().equals(e.getInvolvedObject().getName())
            && e.getSource() != null && identity.equals(e.getSource().getComponent()))
        .map(e -> e.getInvolvedObject().getKind()).distinct().sorted().toList();
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new AssertionError("the lock record has no " + field + ": " + json);
    }
    return value;
  }
}
