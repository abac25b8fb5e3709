package dev.manifestgen.validate;

import static dev.manifestgen.validate.RuleFixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MG107: the annotation kubectl apply adds, measured as the API server measures it. */
class LastAppliedAnnotationTest {

  @Test
  void measuresTheJsonGoWritesWithTheEmptyAnnotationsMapAndTheNewline() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          namespace: ns
        data:
          z: "<&> \\u2028 é"
          a: "1"
        """;
    // What kubectl 1.32 stores for this object (keys sorted, HTML characters and U+2028 escaped, UTF-8 kept).
    String stored = "{\"apiVersion\":\"v1\",\"data\":{\"a\":\"1\",\"z\":\"\\u003c\\u0026\\u003e \\u2028 é\"},"
        + "\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"a\",\"namespace\":\"ns\"}}\n";
    assertEquals(LastAppliedAnnotation.KEY.length() + stored.getBytes(StandardCharsets.UTF_8).length,
        LastAppliedAnnotation.annotationBytes(object(yaml)));
  }

  @Test
  void countsTheObjectsOwnAnnotationsButNotAnEarlierLastApplied() throws Exception {
    String yaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
          annotations:
            k: v
            kubectl.kubernetes.io/last-applied-configuration: "{}"
        data:
          m: "2"
          f: 1.0e+21
        """;
    String stored = "{\"apiVersion\":\"v1\",\"data\":{\"f\":1e+21,\"m\":\"2\"},\"kind\":\"ConfigMap\","
        + "\"metadata\":{\"annotations\":{\"k\":\"v\"},\"name\":\"a\"}}\n";
    assertEquals(2 + LastAppliedAnnotation.KEY.length() + stored.length(), LastAppliedAnnotation.annotationBytes(object(yaml)));
  }

  @Test
  void refusesOneByteOverTheLimitAndNamesServerSide() throws Exception {
    String at = padded(LastAppliedAnnotation.LIMIT);
    String over = padded(LastAppliedAnnotation.LIMIT + 1);
    assertEquals(List.of(), findings(at, "MG107"));
    List<String> f = findings(over, "MG107");
    assertEquals(1, f.size(), f.toString());
    assertEquals("t.yaml:4: error MG107 ConfigMap ns/big metadata.annotations: too large for client-side kubectl apply: "
        + "with the kubectl.kubernetes.io/last-applied-configuration annotation kubectl adds, its annotations take "
        + "262,145 bytes, over the API server's limit of 262,144; install it with kubectl apply --server-side (or "
        + "kubectl create, or helm)", f.get(0));
  }

  /** A ConfigMap whose annotations come to exactly {@code bytes} once kubectl apply has added its own. */
  static String padded(int bytes) throws Exception {
    String empty = configMap("");
    long base = LastAppliedAnnotation.annotationBytes(object(empty));
    return configMap("x".repeat((int) (bytes - base)));
  }

  private static String configMap(String data) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n  namespace: ns\ndata:\n  d: \"" + data + "\"\n";
  }

  private static java.util.Map<String, Object> object(String yaml) throws Exception {
    return ManifestLoader.parse(yaml, "t.yaml").get(0).raw();
  }
}
