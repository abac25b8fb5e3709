package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.render.HelmFunctions;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers at the edges, rendered by generate as helm template 3.17 renders them (checked against the helm
 * CLI on x86_64; HelmFuzzTest and HelmDifferentialTest compare the same families): decoded as Helm decodes
 * them (float64), printed as Helm's toYaml prints them, converted as Go's int64 converts them.
 */
class NumberEdgesTest {
  @TempDir Path dir;

  private String generate(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "generate";
    all[1] = "--skip-crds";
    System.arraycopy(args, 0, all, 2, args.length);
    Cli.Result r = Cli.run(all);
    assertEquals(0, r.exit(), r.toString());
    return r.out();
  }

  private Path values(String text) throws Exception {
    return Files.writeString(dir.resolve("values.yaml"), text);
  }

  /** The ConfigMap's eck.yaml and the pod's checksum of it. */
  private static void assertConfig(String out, String line) {
    List<Map<String, Object>> objects = Manifests.parse(out);
    String file = (String) ((Map<?, ?>) Manifests.ofKind(objects, "ConfigMap").get(0).get("data")).get("eck.yaml");
    assertTrue(file.contains("\n" + line + "\n"), file);
    Object checksum = Manifests.get(Manifests.ofKind(objects, "StatefulSet").get(0),
        "spec.template.metadata.annotations").toString();
    assertTrue(checksum.toString().contains(HelmFunctions.sha256sum(file)), "checksum/config follows the printed file");
  }

  @Test
  void aJsonIntegerBeyondUint64IsTheFloat64HelmReadNotAClampedInt64() {
    assertConfig(generate("--set-json", "config.log-verbosity=18446744073709551616"), "log-verbosity: 1.8446744073709552e+19");
  }

  @Test
  void aJsonIntegerBeyond2To53RoundsAsFloat64() {
    assertTrue(generate("--set-json", "securityContext.runAsUser=9007199254740993")
        .contains("\n          runAsUser: 9007199254740992\n"));
  }

  @Test
  void aConfigFloatPrintsAsGoPrintsIt() throws Exception {
    assertConfig(generate("-f", values("config:\n  log-verbosity: 1e20\n").toString()), "log-verbosity: 1e+20");
    assertConfig(generate("-f", values("config:\n  log-verbosity: 1.7976931348623157e308\n").toString()),
        "log-verbosity: 1.7976931348623157e+308");
  }

  @Test
  void replicasOf2To63OrMoreAreRefusedAsTheFloat64HelmRead() throws Exception {
    // Helm's int64() would make them -2^63 (no PodDisruptionBudget); the schema's maximum refuses them on both
    // sides first, naming the float64 that was read, not a clamped int64.
    Path file = values("replicas: 9223372036854775808\n");
    Cli.Result r = Cli.run("generate", "-f", file.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + file + ":1: replicas: must be at most 2147483647, got 9.223372036854776e+18\n", r.err());
    r = Cli.run("generate", "--set-json", "replicas=9223372036854775808");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --set-json replicas=9223372036854775808: replicas: must be at most 2147483647, got "
        + "9.223372036854776e+18\n", r.err());
  }

  @Test
  void anIntegerBeyondInt64WithSetIsAStringAsInHelm() {
    Cli.Result r = Cli.run("generate", "--set", "replicas=9223372036854775808");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("error: --set replicas=9223372036854775808: replicas: "), r.err());
  }
}
