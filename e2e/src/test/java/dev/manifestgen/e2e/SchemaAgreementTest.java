package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.validate.Finding;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.validate.Severity;
import dev.manifestgen.validate.ValidationContext;
import dev.manifestgen.validate.Validator;
import dev.manifestgen.yaml.YamlException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Scenario: validate's schema verdict (an MG1xx error or none) equals the API server's (kubectl apply
 * --dry-run=server accepts or refuses) on a few hundred mutated objects: every kind of
 * config/all-in-one.yaml and a CustomResourceDefinition using every schema construct, each with a
 * field added, removed or retyped (CRDs also with schema keywords changed), plus ConfigMap data whose
 * YAML typing differs between YAML readers. Seeded: -Dschema.seed=N repeats a run, -Dschema.cases=N
 * sets how many mutations.
 */
@ExtendWith(ClusterExtension.class)
class SchemaAgreementTest {
  private static final String NAMESPACE = "schema-agreement";
  /** Plain scalars that YAML 1.1, YAML 1.2 and Go's yaml.v2 type differently; kubectl reads them as yaml.v2 does. */
  private static final List<String> CONFIG_MAP_SCALARS = List.of("017", "0x1F", "1_000", "+12", "0b101",
      "yes", "on", "True", "~", "2001-12-14", ".inf", "1e3", "12.0", "'12'", "\"0o17\"", "0o17", "1:30", "1:30.5");

  private record Case(String name, String description, String yaml) {}

  private record Verdict(boolean refused, String why) {}

  @Test
  void validateRefusesExactlyWhatTheServerRefuses(Cluster cluster, @TempDir Path dir) throws IOException {
    long seed = Long.getLong("schema.seed", 20201208L);
    int count = Integer.getInteger("schema.cases", 300);
    Namespaces.ensure(cluster, NAMESPACE);

    List<Map<String, Object>> bases = new ArrayList<>(
        RenderedInstallation.documents(Files.readString(cluster.projectRoot().resolve("config/all-in-one.yaml"))));
    try (InputStream crd = getClass().getResourceAsStream("/schema-agreement/widgets-crd.yaml")) {
      bases.addAll(RenderedInstallation.documents(new String(crd.readAllBytes(), StandardCharsets.UTF_8)));
    }
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      cases.add(new Case("base-" + i, "unchanged " + bases.get(i).get("kind"), dump(placed(bases.get(i), "b" + i))));
    }
    for (int i = 0; i < CONFIG_MAP_SCALARS.size(); i++) {
      String name = "cm-" + i;
      cases.add(new Case(name, "ConfigMap data value " + CONFIG_MAP_SCALARS.get(i), "apiVersion: v1\nkind: ConfigMap\n"
          + "metadata: {name: " + name + ", namespace: " + NAMESPACE + "}\ndata:\n  key: " + CONFIG_MAP_SCALARS.get(i) + "\n"));
    }
    SchemaMutations mutations = new SchemaMutations(seed);
    for (int i = 0; i < count; i++) {
      Map<String, Object> base = bases.get(i % bases.size());
      String id = "m" + i;
      SchemaMutations.Mutation m = mutations.mutate(placed(base, id),
          "CustomResourceDefinition".equals(base.get("kind")));
      cases.add(new Case(id, base.get("kind") + ": " + m.description(), dump(m.tree())));
    }
    System.err.println("schema agreement: seed " + seed + " (-Dschema.seed=" + seed + " repeats it), " + cases.size()
        + " cases: " + bases.size() + " unchanged objects, " + CONFIG_MAP_SCALARS.size() + " ConfigMap scalars, "
        + count + " mutations");

    List<String> disagreements = new ArrayList<>();
    int refusedByBoth = 0;
    for (Case c : cases) {
      Path file = dir.resolve(c.name() + ".yaml");
      Files.writeString(file, c.yaml());
      Verdict validate = validate(c);
      Verdict server = server(cluster, file);
      if (validate.refused() != server.refused()) {
        disagreements.add(c.name() + " (" + c.description() + "): validate " + (validate.refused() ? "refuses" : "accepts")
            + ", the server " + (server.refused() ? "refuses" : "accepts") + "\n  validate: " + validate.why()
            + "\n  server: " + server.why() + "\n" + c.yaml().indent(4));
      } else if (server.refused()) {
        refusedByBoth++;
      }
    }
    System.err.println("schema agreement: " + (cases.size() - disagreements.size()) + " of " + cases.size()
        + " cases agree (" + refusedByBoth + " refused by both), seed " + seed);
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements (seed " + seed + "):\n"
        + String.join("\n", disagreements));
  }

  /** The object with a name of its own, in this scenario's namespace if it is namespaced. */
  private static Map<String, Object> placed(Map<String, Object> object, String id) {
    Map<String, Object> copy = SchemaMutations.copy(object);
    Map<String, Object> metadata = RenderedInstallation.map(copy.get("metadata"));
    if ("CustomResourceDefinition".equals(copy.get("kind"))) {
      // A CRD's name is PLURAL.GROUP: give it a plural of its own.
      Map<String, Object> spec = RenderedInstallation.map(copy.get("spec"));
      Map<String, Object> names = RenderedInstallation.map(spec.get("names"));
      String plural = names.get("plural") + id;
      names.put("plural", plural);
      metadata.put("name", plural + "." + spec.get("group"));
    } else {
      metadata.put("name", metadata.get("name") + "-" + id);
    }
    if (metadata.containsKey("namespace")) {
      metadata.put("namespace", NAMESPACE);
    }
    return copy;
  }

  /**
   * MG107 flips at the very byte where the API server starts refusing client-side kubectl apply: the largest
   * ConfigMap validate accepts is applied, one byte more is refused by both. The data holds characters
   * Go's JSON escapes (&lt; &amp;) and UTF-8 of several bytes, which the annotation counts as encoded.
   */
  @Test
  void lastAppliedLimitIsTheServersToTheByte(Cluster cluster, @TempDir Path dir) throws IOException {
    Namespaces.ensure(cluster, NAMESPACE);
    int low = 0;
    int high = 300_000; // validate accepts low and refuses high
    if (validate(limitCase(low)).refused() || !validate(limitCase(high)).refused()) {
      throw new AssertionError("the search range does not straddle MG107's limit");
    }
    while (high - low > 1) {
      int middle = (low + high) >>> 1;
      if (validate(limitCase(middle)).refused()) {
        high = middle;
      } else {
        low = middle;
      }
    }
    for (int padding : List.of(low, high)) {
      Case c = limitCase(padding);
      Path file = dir.resolve(c.name() + ".yaml");
      Files.writeString(file, c.yaml());
      Verdict validate = validate(c);
      Verdict server = server(cluster, file);
      assertEquals(validate.refused(), server.refused(), c.description() + ": validate " + validate.why() + "; server "
          + server.why());
    }
    System.err.println("last-applied limit: validate and the server both accept " + low + " bytes of padding and refuse "
        + high);
  }

  private static Case limitCase(int padding) {
    String name = "last-applied-" + padding;
    return new Case(name, "ConfigMap with " + padding + " bytes of padding", "apiVersion: v1\nkind: ConfigMap\n"
        + "metadata: {name: " + name + ", namespace: " + NAMESPACE + ", annotations: {note: \"<&>\"}}\n"
        + "data:\n  text: \"<&> é 日本 " + "x".repeat(padding) + "\"\n");
  }

  private static String dump(Map<String, Object> tree) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(tree);
  }

  private static Verdict validate(Case c) {
    try {
      List<Finding> findings = Validator.validate(
          new ValidationContext(new ManifestSet(ManifestLoader.parse(c.yaml(), c.name() + ".yaml"))), Validator.Options.DEFAULT);
      List<String> errors = findings.stream().filter(f -> f.rule().startsWith("MG1") && f.severity() == Severity.ERROR)
          .map(Finding::human).toList();
      return new Verdict(!errors.isEmpty(), errors.isEmpty() ? "no MG1xx error" : String.join("; ", errors));
    } catch (YamlException e) {
      return new Verdict(true, e.getMessage());
    }
  }

  private static Verdict server(Cluster cluster, Path file) {
    Processes.Result r = cluster.kubectl("apply", "--dry-run=server", "-f", file.toString());
    return new Verdict(!r.ok(), (r.stdout() + r.stderr()).strip().replace("\n", " | "));
  }
}
