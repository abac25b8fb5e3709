package dev.manifestgen.validate;

import java.util.List;
import java.util.Set;

/** Runs the validator on YAML text in tests and returns its findings as lines. */
final class RuleFixtures {
  private RuleFixtures() {}

  static List<String> findings(String yaml) {
    return findings(yaml, Validator.Options.DEFAULT);
  }

  static List<String> findings(String yaml, Validator.Options options) {
    try {
      ManifestSet set = new ManifestSet(ManifestLoader.parse(yaml, "t.yaml"));
      return Validator.validate(new ValidationContext(set), options).stream().map(Finding::human).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Only the findings of the given rules. */
  static List<String> findings(String yaml, String... rules) {
    Set<String> wanted = Set.of(rules);
    return findings(yaml).stream().filter(l -> wanted.stream().anyMatch(r -> l.contains(" " + r + " "))).toList();
  }

  /** A workload that passes every rule on its own (with its ServiceAccount and ConfigMap). */
  static final String GOOD_WORKLOAD = """
      apiVersion: v1
      kind: ServiceAccount
      metadata: {name: op, namespace: ns}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: conf, namespace: ns}
      data: {eck.yaml: "a: 1"}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: op, namespace: ns, labels: {app: op}}
      spec:
        replicas: 1
        serviceName: op
        selector: {matchLabels: {app: op}}
        template:
          metadata: {labels: {app: op}}
          spec:
            serviceAccountName: op
            securityContext: {runAsNonRoot: true}
            containers:
            - name: manager
              image: example/op:1
              ports: [{name: https, containerPort: 9443}]
              resources: {limits: {cpu: 1, memory: 1Gi}, requests: {cpu: 100m, memory: 100Mi}}
              securityContext:
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities: {drop: [ALL]}
              volumeMounts: [{name: conf, mountPath: /conf}]
            volumes:
            - name: conf
              configMap: {name: conf}
      """;
}
