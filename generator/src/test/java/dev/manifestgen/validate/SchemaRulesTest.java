package dev.manifestgen.validate;

import static dev.manifestgen.validate.RuleFixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.cli.ManifestGen;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** MG101, MG102, MG105 and MG106 against Kubernetes 1.20's types, on CRDs and the kinds of the manifest. */
class SchemaRulesTest {
  private static String crd() {
    try (InputStream in = SchemaRulesTest.class.getResourceAsStream("/validate/gadgets-crd.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aControllerGenCrdValidatesWithNoFinding(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("crd.yaml"), crd());
    StringWriter out = new StringWriter();
    CommandLine cli = ManifestGen.commandLine(new ManifestGen(dir));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int exit = cli.execute("validate", "--contract", "none", file.toString());
    assertEquals("1 objects checked: 0 errors, 0 warnings", out.toString().strip());
    assertEquals(0, exit);
  }

  @Test
  void unionsTakeEachOfTheirForms() {
    String crd = crd().replace("items: {type: string}", "items: [{type: string}]")
        .replace("additionalProperties: {type: string}\n              limits", "additionalProperties: 7\n              limits");
    assertEquals(List.of(
        "t.yaml:40: error MG105 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.args.items: items must be a schema, not a list of schemas",
        "t.yaml:43: error MG101 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.labels.additionalProperties: wrong type: expected a schema or true or false, got the number 7"),
        findings(crd, "MG101", "MG105"));
  }

  @Test
  void structuralSchemaRules() {
    String crd = crd().replace("              args:\n                type: array\n", "              args:\n")
        .replace("type: object\n                x-kubernetes-preserve-unknown-fields: true\n              podTemplate",
            "type: object\n                x-kubernetes-preserve-unknown-fields: false\n              podTemplate")
        .replace("x-kubernetes-list-type: map", "x-kubernetes-list-type: set");
    assertEquals(List.of(
        "t.yaml:39: error MG105 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.args.type: type must not be empty for object fields",
        "t.yaml:58: error MG105 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.config.x-kubernetes-preserve-unknown-fields: x-kubernetes-preserve-unknown-fields "
            + "must be true or left out",
        "t.yaml:71: error MG105 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.ports.x-kubernetes-list-type: x-kubernetes-list-type must be map with "
            + "x-kubernetes-list-map-keys",
        "t.yaml:71: error MG105 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema.openAPIV3Schema"
            + ".properties.spec.properties.ports.x-kubernetes-list-type: x-kubernetes-list-type set needs scalar items, or "
            + "atomic ones (x-kubernetes-map-type or x-kubernetes-list-type atomic)"),
        findings(crd, "MG105"));
  }

  @Test
  void unknownFieldsKubectlDoesNotSeeAreWarnings() {
    String crd = crd().replace("items: {type: string}", "items: {type: string, descripton: typo}");
    assertEquals(List.of("t.yaml:40: warning MG106 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema"
        + ".openAPIV3Schema.properties.spec.properties.args.items.descripton: unknown field \"descripton\": kubectl does not "
        + "check here and the API server drops it without a word (check the spelling and the indentation)"),
        findings(crd, "MG101", "MG106"));
  }

  @Test
  void fieldsNewerThanKubernetes120AreUnknown() {
    String crd = crd().replace("x-kubernetes-map-type: atomic", "x-kubernetes-map-type: atomic\n"
        + "                x-kubernetes-validations: [{rule: has(self.matchLabels)}]");
    assertEquals(List.of("t.yaml:81: error MG101 CustomResourceDefinition gadgets.example.dev spec.versions[0].schema"
        + ".openAPIV3Schema.properties.spec.properties.selector.x-kubernetes-validations: unknown field "
        + "\"x-kubernetes-validations\" for apiextensions.k8s.io/v1 CustomResourceDefinition in Kubernetes 1.20; kubectl and "
        + "the API server reject it (check the spelling and the indentation)"), findings(crd, "MG101"));
  }

  private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: ns}\ndata:\n  k: ";

  @Test
  void configMapDataValuesAreStrings() {
    assertEquals(List.of(), findings(CONFIG_MAP + "'12'\n", "MG101"));
    assertEquals(List.of("t.yaml:5: error MG101 ConfigMap ns/c data.k: wrong type: expected a string, got the number 12 "
        + "(quote it)"), findings(CONFIG_MAP + "12\n", "MG101"));
    // yaml.v2, which kubectl reads with, has no sexagesimal numbers but does read Go's 0o octal form.
    assertEquals(List.of(), findings(CONFIG_MAP + "1:30\n", "MG101"));
    assertEquals(List.of("t.yaml:5: error MG101 ConfigMap ns/c data.k: wrong type: expected a string, got the number 15 "
        + "(quote it)"), findings(CONFIG_MAP + "0o17\n", "MG101"));
    // kubectl refuses a null among a map's values.
    assertEquals(List.of("t.yaml:5: error MG101 ConfigMap ns/c data.k: wrong type: a map value cannot be null (quote it, "
        + "or remove the key)"), findings(CONFIG_MAP + "~\n", "MG101"));
  }

  @Test
  void requiredFieldsAsKubectlAndTheServerRequireThem() {
    String role = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: r, namespace: ns}
        rules:
        - apiGroups: [""]
          verbs: [get]
        - resources: [pods]
          verbs: [get]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: s, namespace: ns}
        spec:
          selector: {app: a}
          ports:
          - name: http
            targetPort: 8080
        """;
    assertEquals(List.of(
        "t.yaml:5: error MG102 Role ns/r rules[0].resources: a resource rule needs at least one resource",
        "t.yaml:7: error MG102 Role ns/r rules[1].apiGroups: a resource rule needs at least one API group (\"\" for the core group)",
        "t.yaml:16: error MG102 Service ns/s spec.ports[0].port: missing required field \"port\": kubectl refuses the object without it"),
        findings(role, "MG102"));
  }

  @Test
  void aTemplateWithoutAnImageIsAcceptedButCannotRun() {
    String workload = RuleFixtures.GOOD_WORKLOAD.replace("\n        image: example/op:1\n", "\n");
    assertEquals(List.of(), findings(workload, "MG102"));
    assertEquals(1, findings(workload, "MG106").size());
  }
}
