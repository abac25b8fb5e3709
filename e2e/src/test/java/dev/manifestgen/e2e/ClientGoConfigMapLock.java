package dev.manifestgen.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaderElectionRecord;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The ConfigMap lock in client-go's record format, the one the operator (controller-runtime) reads
 * and writes: {"holderIdentity","leaseDurationSeconds","acquireTime","renewTime","leaderTransitions"}
 * with RFC 3339 times to the second. fabric8's own ConfigMapLock writes "leaseDuration":"PT15S"
 * instead, which client-go cannot read, so an elector using it would not share the operator's lock.
 */
final class ClientGoConfigMapLock extends ClientGoLock<ConfigMap> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  ClientGoConfigMapLock(String namespace, String name, String identity) {
    super(namespace, name, identity);
  }

  @Override
  protected Class<ConfigMap> kind() {
    return ConfigMap.class;
  }

  @Override
  protected ConfigMap withRecord(ObjectMeta metadata, LeaderElectionRecord record) {
    ObjectNode json = JSON.createObjectNode()
        .put("holderIdentity", record.getHolderIdentity())
        .put("leaseDurationSeconds", record.getLeaseDuration().toSeconds())
        .put("acquireTime", time(record.getAcquireTime()))
        .put("renewTime", time(record.getRenewTime()))
        .put("leaderTransitions", record.getLeaderTransitions());
    return new ConfigMapBuilder()
        .withMetadata(new ObjectMetaBuilder(metadata).addToAnnotations(LockRecord.ANNOTATION, json.toString()).build())
        .build();
  }

  @Override
  protected LeaderElectionRecord record(ConfigMap configMap) {
    var annotations = configMap.getMetadata().getAnnotations();
    String value = annotations == null ? null : annotations.get(LockRecord.ANNOTATION);
    if (value == null) {
      return null;
    }
    try {
      JsonNode json = JSON.readTree(value);
      return new LeaderElectionRecord(json.path("holderIdentity").asText(""),
          Duration.ofSeconds(json.path("leaseDurationSeconds").asLong()), parse(json.path("acquireTime").asText(null)),
          parse(json.path("renewTime").asText(null)), json.path("leaderTransitions").asInt());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable leader record on ConfigMap " + configMap.getMetadata().getName(), e);
    }
  }

  private static String time(ZonedDateTime time) {
    return time.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(RFC3339);
  }

  private static ZonedDateTime parse(String text) {
    return text == null || text.isEmpty() ? null : ZonedDateTime.parse(text, RFC3339);
  }
}
