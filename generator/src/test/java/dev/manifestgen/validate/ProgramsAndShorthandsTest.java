package dev.manifestgen.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.testing.Repo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A binary of several programs (the shapes-cobra fixture: manager, cert-controller alias certs, webhook; the root's
 * persistent -v/--verbose and -n/--namespace): each container is checked against the program its arguments start,
 * shorthands read as pflag reads them.
 */
class ProgramsAndShorthandsTest {
  private static final OperatorContract SHAPES = extract();

  private static OperatorContract extract() {
    try {
      return GoContractExtractor.extract(Repo.root().resolve("generator/src/test/resources/gosrc/shapes-cobra"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String deployment(String name, int replicas, String container) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %s, namespace: ns}
        spec:
          replicas: %d
          selector: {matchLabels: {app: %s}}
          template:
            metadata: {labels: {app: %s}}
            spec:
              serviceAccountName: shapes
              containers:
              - name: c
                image: example/shapes:1
        %s
        ---
        """.formatted(name, replicas, name, name, container.indent(8).stripTrailing());
  }

  private static List<String> findings(String yaml, String... rules) {
    try {
      ManifestSet set = new ManifestSet(ManifestLoader.parse("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: shapes, namespace: ns}\n"
          + "---\n" + yaml, "t.yaml"));
      return Validator.validate(new ValidationContext(set, SHAPES, Set.of("*")), Validator.Options.DEFAULT).stream()
          .filter(f -> Set.of(rules).contains(f.rule())).map(Finding::human).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void shorthandsAreReadAsPflagReadsThem() {
    // -vl: two bools grouped; -w3 and -w=4 and -w 5: values; -x: no such shorthand; -wthree and -l=maybe: wrong types
    String yaml = deployment("m", 1, "args: [manager, -vl, -w3, -w=4, -w, '5', -x, -wthree, -l=maybe, -n, default]");
    assertEquals(List.of(
        "t.yaml:18: error MG501 Deployment ns/m spec.template.spec.containers[0].args[6]: argument -x is not a flag of shapes manager:"
            + " the operator refuses to start with an unknown flag; remove or rename it.",
        "t.yaml:18: error MG502 Deployment ns/m spec.template.spec.containers[0].args[7]: argument -w (in -wthree): \"three\" is"
            + " not an integer, the type of the operator's flag workers (int).",
        "t.yaml:18: error MG502 Deployment ns/m spec.template.spec.containers[0].args[8]: argument -l (in -l=maybe): \"maybe\" is"
            + " not a bool (true or false), the type of the operator's flag leader-elect (bool)."),
        findings(yaml, "MG501", "MG502"));
  }

  @Test
  void eachContainerIsCheckedAgainstTheProgramItsArgumentsStart() {
    String yaml = deployment("manager", 2, "args: [manager, -l]")
        + deployment("certs", 1, "command: [/shapes, certs]\nargs: [--lock-name=certs-lock]")
        + deployment("hooks", 1, "args: [-v, webhook, --leader-elect, -p, '8443']")
        + deployment("typo", 1, "args: [-n, default, webhok]")
        + deployment("bare", 1, "args: [--verbose]");
    List<String> all = findings(yaml, "MG402", "MG501", "MG507");
    // the manager's lock is its built-in one, the cert-controller's the one its --lock-name names (chosen through the
    // alias certs, after the executable in command); the webhook program has no --leader-elect; typo and bare start none
    assertEquals(List.of("t.yaml:14 MG402 ns/manager: the configmapsleases lock \"shapes-manager\"",
        "t.yaml:29 MG402 ns/certs: the configmapsleases lock \"certs-lock\"",
        "t.yaml:49 MG501 ns/hooks: argument --leader-elect is not a flag of shapes webhook",
        "t.yaml:64 MG507 ns/typo: \"webhok\" is no subcommand of shapes, so it refuses to start (did you mean webhook?)",
        "t.yaml:79 MG507 ns/bare: they start shapes, which only prints its help and exits"), all.stream().map(l -> {
          String[] w = l.split(" ", 6);
          String what = l.contains(" MG402 ") ? l.substring(l.indexOf("the configmapsleases lock"), l.indexOf(" in namespace", l.indexOf("the configmapsleases lock")))
              : l.contains(" MG501 ") ? l.substring(l.indexOf("argument"), l.indexOf(": the operator"))
              : l.substring(l.indexOf("shapes: ") + 8, l.indexOf("; start one"));
          return w[0].replace(":", "").replace("t.yaml", "t.yaml:") + " " + w[2] + " " + w[4] + ": " + what;
        }).toList());
    assertEquals(List.of(), findings(deployment("ok", 1, "args: [certs, -r=false, -n, default, -v]"), "MG501", "MG502", "MG507"));
  }

  /** A container whose only argument is a mistyped subcommand is the operator refusing to start; an unrelated word is not. */
  @Test
  void aMistypedSubcommandAloneIsStillTheOperator() {
    List<String> typo = findings(deployment("typo", 1, "args: [webhok]"), "MG507");
    assertEquals(1, typo.size(), typo.toString());
    assertTrue(typo.get(0).contains("\"webhok\" is no subcommand of shapes, so it refuses to start (did you mean webhook?)"),
        typo.get(0));
    assertEquals(List.of(), findings(deployment("sidecar", 1, "args: [serve-static-files]"), "MG507"));
  }

  @Test
  void aKindTheBinaryServesIsReportedOnceNotPerProgram() throws Exception {
    String yaml = dev.manifestgen.contract.ContractYaml.write(SHAPES).replace("kinds: []",
        "kinds:\n  - {group: example.com, kind: Widget, plural: widgets, scope: Namespaced, versions: [v1], storageVersion: v1}");
    OperatorContract withKind = dev.manifestgen.contract.ContractYaml.read(yaml, "c.yaml");
    ManifestSet set = new ManifestSet(ManifestLoader.parse("apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: shapes, namespace: ns}\n---\n"
        + deployment("hooks", 1, "args: [webhook]") + deployment("manager", 1, "args: [manager]"), "t.yaml"));
    List<String> found = Validator.validate(new ValidationContext(set, withKind, Set.of()), Validator.Options.DEFAULT).stream()
        .filter(f -> f.rule().equals("MG506")).map(f -> f.object() + ": " + f.message().substring(0, 40)).toList();
    // the first program (in contract order) that a container starts: manager
    assertEquals(List.of("Deployment ns/manager: shapes serves Widget (example.com v1), b"), found);
  }

  @Test
  void aFlagThatTakesAValueAsTheLastWordIsRefusedAsPflagDoes() {
    List<String> found = findings(deployment("m", 1, "args: [manager, -w]") + deployment("h", 1, "args: [webhook, --cert-dir]")
        + deployment("n", 1, "args: [manager, --workers, '-3']"), "MG502");
    assertEquals(List.of("t.yaml:18: error MG502 Deployment ns/m spec.template.spec.containers[0].args[1]: argument -w is the last word,"
        + " but the operator's flag workers (int) takes a value: the operator refuses to start (flag needs an argument); give it one.",
        "t.yaml:33: error MG502 Deployment ns/h spec.template.spec.containers[0].args[1]: argument --cert-dir is the last word, but the"
        + " operator's flag cert-dir (string) takes a value: the operator refuses to start (flag needs an argument); give it one."), found);
  }
}
