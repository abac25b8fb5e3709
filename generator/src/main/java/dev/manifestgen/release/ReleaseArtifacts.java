package dev.manifestgen.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a release publishes, by file name: the chart archive (and its provenance when signed),
 * the all-in-one manifest, the CRDs in one file, a chart repository index for the archive, and
 * SHA256SUMS over all of them. A function of the files and the source date only.
 */
public final class ReleaseArtifacts {
  public static final String ALL_IN_ONE = "all-in-one.yaml";
  public static final String CRDS = "crds.yaml";
  public static final String INDEX = "index.yaml";
  public static final String SUMS = "SHA256SUMS";

  private ReleaseArtifacts() {}

  /** What to build a release from. {@code key} is null for an unsigned release. */
  public record Sources(Path chartDir, Path allInOne, Path crdsDir, Instant sourceDate, String baseUrl,
      SigningKey key) {}

  public static String archiveName(Map<String, Object> metadata) {
    return metadata.get("name") + "-" + metadata.get("version") + ".tgz";
  }

  public static Map<String, byte[]> build(Sources s) throws IOException, dev.manifestgen.yaml.YamlException {
    ChartArchive chart = ChartArchive.of(s.chartDir());
    Map<String, Object> metadata = HelmChartYaml.metadata(
        Files.readString(s.chartDir().resolve("Chart.yaml")), s.chartDir().resolve("Chart.yaml").toString());
    String archiveName = archiveName(metadata);
    byte[] archive = chart.write(s.sourceDate());
    Map<String, byte[]> files = new TreeMap<>();
    files.put(archiveName, archive);
    if (s.key() != null) {
      files.put(archiveName + ".prov",
          Provenance.sign(Provenance.messageBlock(metadata, archiveName, archive), s.key(), s.sourceDate()));
    }
    files.put(ALL_IN_ONE, Files.readAllBytes(s.allInOne()));
    files.put(CRDS, crds(s.crdsDir()));
    files.put(INDEX, ChartRepositoryIndex.yaml(metadata, archiveName, archive, s.baseUrl(), s.sourceDate())
        .getBytes(StandardCharsets.UTF_8));
    files.put(SUMS, sums(files).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** config/crds/*.yaml in name order, one stream (each file starts with its own ---). */
  private static byte[] crds(Path dir) throws IOException {
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Path f : files) {
      out.write(Files.readAllBytes(f));
    }
    return out.toByteArray();
  }

  /** sha256sum's format ("HEX  NAME"), one line per file in name order; `sha256sum -c SHA256SUMS` checks it. */
  static String sums(Map<String, byte[]> files) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(files).forEach((name, bytes) -> out.append(Digests.sha256(bytes)).append("  ").append(name).append('\n'));
    return out.toString();
  }
}
