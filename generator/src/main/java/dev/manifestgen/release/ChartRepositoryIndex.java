package dev.manifestgen.release;

import dev.manifestgen.yaml.YamlWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A chart repository's index.yaml as {@code helm repo index} writes it for one archive: the chart's
 * metadata plus {@code created}, {@code digest} (sha256 of the archive) and {@code urls}, and the
 * index's {@code generated}. Helm stamps both times with time.Now(); here both are the given
 * instant (the release's source date), so the index is reproducible.
 */
public final class ChartRepositoryIndex {
  private ChartRepositoryIndex() {}

  public static String yaml(Map<String, Object> metadata, String archiveName, byte[] archive, String baseUrl,
      Instant created) {
    Map<String, Object> entry = new TreeMap<>(metadata);
    entry.put("created", timestamp(created));
    entry.put("digest", Digests.sha256(archive));
    entry.put("urls", List.of(baseUrl == null || baseUrl.isEmpty() ? archiveName
        : baseUrl.replaceAll("/+$", "") + "/" + archiveName));
    Map<String, Object> index = new TreeMap<>();
    index.put("apiVersion", "v1");
    index.put("entries", Map.of(String.valueOf(metadata.get("name")), List.of(entry)));
    index.put("generated", timestamp(created));
    return YamlWriter.toYaml(index) + "\n";
  }

  /** Go's time.Time in JSON: RFC 3339 with nanoseconds, trailing zeros dropped; UTC is "Z". */
  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
