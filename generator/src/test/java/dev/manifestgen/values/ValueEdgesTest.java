package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.Repo;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * generate refuses what validate and the API server refuse, and the chart refuses the same: through
 * values.schema.json where JSON Schema can say it, else through the chart's fail (issue 22).
 */
class ValueEdgesTest {
  private static void refused(String set, String message) {
    Cli.Result r = Cli.run("generate", "--set", set);
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + message + "\n", r.err());
    assertEquals("", r.out());
  }

  private static void refusedStartingWith(String set, String message) {
    Cli.Result r = Cli.run("generate", "--set", set);
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("error: " + message) && r.err().indexOf('\n') == r.err().length() - 1, r.err());
  }

  @Test
  void replicasMustFitInt32() {
    refused("replicas=2147483648", "--set replicas=2147483648: replicas: must be at most 2147483647, got 2147483648");
    assertEquals(0, Cli.run("generate", "--set", "replicas=2147483647").exit());
  }

  @Test
  void aNamespaceOnlyOnce() {
    refused("managedNamespaces={a,a}",
        "--set managedNamespaces={a,a}: managedNamespaces[1]: must not repeat an item; got \"a\" again (item 0)");
  }

  @Test
  void aLockNameAtMost253() {
    String name = "a".repeat(300);
    // (the value quoted back is shortened)
    refusedStartingWith("leaderElection.lockName=" + name, "--set leaderElection.lockName=" + name + ": leaderElection"
        + ".lockName: must be a DNS-1123 subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and"
        + " ending alphanumeric; got \"aaaa");
    // an operator with a flag for its lock's name takes the longest name
    assertEquals(0, Cli.run("generate", "--contract", Repo.root().resolve(
        "generator/src/test/resources/contracts/operator-lock-flags.yaml").toString(),
        "--set", "leaderElection.lockName=" + "a".repeat(253)).exit());
  }

  @Test
  void durationsGoCanParse() {
    Cli.Result r = Cli.run("generate", "--set", "config.ca-cert-validity=9999999999h");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: config.ca-cert-validity=\"9999999999h\" (--set config.ca-cert-validity=9999999999h): "
        + CrossValueRules.DURATION_TOO_LONG + "\n", r.err());
    assertEquals(0, Cli.run("generate", "--set", "config.ca-cert-validity=2562047h47m16s").exit());
    assertEquals(null, FlagValues.durationNanos("2562047h47m16.854775808s"));
    assertEquals(Long.MAX_VALUE, FlagValues.durationNanos("2562047h47m16.854775807s").longValueExact());
    assertEquals(Long.MIN_VALUE, FlagValues.durationNanos("-2562047h47m16.854775808s").longValueExact());
  }

  @Test
  void theChartRefusesTheSame() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Files.readString(Repo.root().resolve(
        "charts/eck-operator/values.schema.json")));
    assertEquals(2147483647L, schema.at("/properties/replicas/maximum").asLong());
    assertTrue(schema.at("/properties/managedNamespaces/uniqueItems").asBoolean());
    assertEquals(253, schema.at("/properties/leaderElection/properties/lockName/maxLength").asInt());
    String checks = Files.readString(Repo.root().resolve("charts/eck-operator/templates/checks.yaml"));
    assertTrue(checks.contains("{{- if ge (include \"manifest-gen.durationNanoseconds\" (index .Values.config"
        + " \"ca-cert-validity\") | float64) 9.223372036854775807e18 }}\n{{- fail \"config.ca-cert-validity: "
        + CrossValueRules.DURATION_TOO_LONG + "\" }}"), checks);
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  /** Real Helm (helm template) on the chart: each edge refused, the same value one step inside accepted. */
  @Test
  void helmRefusesTheSame() throws Exception {
    java.nio.file.Path chart = Repo.root().resolve("charts/eck-operator");
    String[][] cases = {
        {"replicas: 2147483648\nleaderElection: {enabled: true}\n", "replicas: 2147483647\nleaderElection: {enabled: true}\n",
            "replicas"},
        {"managedNamespaces: [a, a]\n", "managedNamespaces: [a, b]\n", "managedNamespaces"},
        {"priorityClassName: " + "a".repeat(254) + "\n", "priorityClassName: " + "a".repeat(253) + "\n", "priorityClassName"},
        {"config: {ca-cert-validity: 9999999999h}\n", "config: {ca-cert-validity: 2562047h47m16s}\n",
            "config.ca-cert-validity: " + CrossValueRules.DURATION_TOO_LONG}};
    for (String[] c : cases) {
      java.nio.file.Path bad = Files.writeString(dir.resolve("bad.yaml"), c[0]);
      dev.manifestgen.testing.RealHelm.Result r = dev.manifestgen.testing.RealHelm.template(chart, "elastic-operator",
          "elastic-system", bad);
      assertTrue(!r.ok() && r.error().contains(c[2]), c[0] + " -> " + r.error());
      java.nio.file.Path good = Files.writeString(dir.resolve("good.yaml"), c[1]);
      dev.manifestgen.testing.RealHelm.Result ok = dev.manifestgen.testing.RealHelm.template(chart, "elastic-operator",
          "elastic-system", good);
      assertTrue(ok.ok(), c[1] + " -> " + ok.error());
    }
  }
}
