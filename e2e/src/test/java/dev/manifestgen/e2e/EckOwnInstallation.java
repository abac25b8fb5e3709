package dev.manifestgen.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Elastic operator 1.3.0's own installation, written from the facts (DESIGN.md, "ECK 1.3.0's own
 * installation"): what a user runs before upgrading to ours. Its all-in-one (kubectl apply), or the
 * same objects as its chart renders them for release elastic-operator (with Helm's labels).
 * With the CustomResourceDefinitions of config/crds/ first when the project has them.
 */
final class EckOwnInstallation {
  static final String NAMESPACE = "elastic-system";
  static final String RELEASE = "elastic-operator";

  /** Kind and name of every object, as `kubectl TYPE/NAME` takes them; namespaced ones live in elastic-system. */
  static final List<String> NAMESPACED = List.of("serviceaccount/elastic-operator", "secret/elastic-webhook-server-cert",
      "configmap/elastic-operator", "service/elastic-webhook-server", "statefulset/elastic-operator");
  static final List<String> CLUSTER_SCOPED = List.of("clusterrole/elastic-operator", "clusterrole/elastic-operator-view",
      "clusterrole/elastic-operator-edit", "clusterrolebinding/elastic-operator",
      "validatingwebhookconfiguration/elastic-webhook.k8s.elastic.co");

  private static final String CONFIG = """
      log-verbosity: 0
      metrics-port: 0
      container-registry: docker.elastic.co
      max-concurrent-reconciles: 3
      ca-cert-validity: 8760h
      ca-cert-rotate-before: 24h
      cert-validity: 8760h
      cert-rotate-before: 24h
      set-default-security-context: true
      kube-client-timeout: 60s
      elasticsearch-client-timeout: 180s
      disable-telemetry: false
      validate-storage-class: true
      enable-webhook: true
      webhook-name: elastic-webhook.k8s.elastic.co""";

  private EckOwnInstallation() {}

  /** Its all-in-one manifest: the namespace too, and --distribution-channel=all-in-one. */
  static String allInOne(Path projectRoot) {
    return crds(projectRoot) + """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: elastic-system
          labels:
            name: elastic-system
        ---
        """ + objects(labels(false), "all-in-one");
  }

  /** A chart that renders its objects as ECK's chart does for release elastic-operator, CRDs in crds/. */
  static Path chart(Path projectRoot, Path dir) {
    try {
      Files.createDirectories(dir.resolve("templates"));
      Files.writeString(dir.resolve("Chart.yaml"), """
          apiVersion: v2
          name: eck-operator
          version: 1.3.0
          appVersion: 1.3.0
          """);
      Files.writeString(dir.resolve("templates/operator.yaml"), objects(labels(true), "helm"));
      String crds = crds(projectRoot);
      if (!crds.isEmpty()) {
        Files.createDirectories(dir.resolve("crds"));
        Files.writeString(dir.resolve("crds/all-crds.yaml"), crds);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String crds(Path projectRoot) {
    Path dir = projectRoot.resolve("config/crds");
    if (!Files.isDirectory(dir)) {
      return "";
    }
    try (Stream<Path> files = Files.list(dir)) {
      StringBuilder out = new StringBuilder();
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        out.append(Files.readString(f).strip()).append("\n---\n");
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The labels of every object, indented for metadata.labels. */
  private static String labels(boolean helm) {
    String labels = """
            app.kubernetes.io/name: elastic-operator
            app.kubernetes.io/instance: elastic-operator
            app.kubernetes.io/version: "1.3.0"
        """;
    return helm ? labels + """
            app.kubernetes.io/managed-by: Helm
            helm.sh/chart: eck-operator-1.3.0
        """ : labels;
  }

  private static String objects(String labels, String distributionChannel) {
    String config = CONFIG.indent(4);
    return """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: elastic-operator
          namespace: elastic-system
          labels:
        %1$s---
        apiVersion: v1
        kind: Secret
        metadata:
          name: elastic-webhook-server-cert
          namespace: elastic-system
          labels:
        %1$s---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: elastic-operator
          namespace: elastic-system
          labels:
        %1$sdata:
          eck.yaml: |-
        %2$s---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: elastic-operator
          labels:
        %1$srules:
        - apiGroups: ["authorization.k8s.io"]
          resources: [subjectaccessreviews]
          verbs: [create]
        - apiGroups: [""]
          resources: [pods, endpoints, events, persistentvolumeclaims, secrets, services, configmaps, serviceaccounts]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [apps]
          resources: [deployments, statefulsets, daemonsets]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [policy]
          resources: [poddisruptionbudgets]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [elasticsearch.k8s.elastic.co]
          resources: [elasticsearches, elasticsearches/status, elasticsearches/finalizers, enterpriselicenses, enterpriselicenses/status]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [kibana.k8s.elastic.co]
          resources: [kibanas, kibanas/status, kibanas/finalizers]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [apm.k8s.elastic.co]
          resources: [apmservers, apmservers/status, apmservers/finalizers]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [enterprisesearch.k8s.elastic.co]
          resources: [enterprisesearches, enterprisesearches/status, enterprisesearches/finalizers]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [beat.k8s.elastic.co]
          resources: [beats, beats/status, beats/finalizers]
          verbs: [get, list, watch, create, update, patch, delete]
        - apiGroups: [admissionregistration.k8s.io]
          resources: [mutatingwebhookconfigurations, validatingwebhookconfigurations]
          verbs: [get, list, watch, create, update, patch, delete]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: elastic-operator-view
          labels:
            rbac.authorization.k8s.io/aggregate-to-view: "true"
            rbac.authorization.k8s.io/aggregate-to-edit: "true"
            rbac.authorization.k8s.io/aggregate-to-admin: "true"
        %1$srules:
        - apiGroups: [elasticsearch.k8s.elastic.co, apm.k8s.elastic.co, kibana.k8s.elastic.co, enterprisesearch.k8s.elastic.co, beat.k8s.elastic.co]
          resources: [elasticsearches, apmservers, kibanas, enterprisesearches, beats]
          verbs: [get, list, watch]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: elastic-operator-edit
          labels:
            rbac.authorization.k8s.io/aggregate-to-edit: "true"
            rbac.authorization.k8s.io/aggregate-to-admin: "true"
        %1$srules:
        - apiGroups: [elasticsearch.k8s.elastic.co, apm.k8s.elastic.co, kibana.k8s.elastic.co, enterprisesearch.k8s.elastic.co, beat.k8s.elastic.co]
          resources: [elasticsearches, apmservers, kibanas, enterprisesearches, beats]
          verbs: [create, delete, deletecollection, patch, update]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: elastic-operator
          labels:
        %1$sroleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: elastic-operator
        subjects:
        - kind: ServiceAccount
          name: elastic-operator
          namespace: elastic-system
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: elastic-webhook-server
          namespace: elastic-system
          labels:
        %1$sspec:
          ports:
          - name: https
            port: 443
            targetPort: 9443
          selector:
            app.kubernetes.io/name: elastic-operator
            app.kubernetes.io/instance: elastic-operator
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: elastic-operator
          namespace: elastic-system
          labels:
        %1$sspec:
          selector:
            matchLabels:
              app.kubernetes.io/name: elastic-operator
              app.kubernetes.io/instance: elastic-operator
          serviceName: elastic-operator
          replicas: 1
          template:
            metadata:
              annotations:
                co.elastic.logs/raw: '[{"type":"container","json.keys_under_root":true,"paths":["/var/log/containers/*${data.kubernetes.container.id}.log"]}]'
                checksum/config: '%3$s'
              labels:
                app.kubernetes.io/name: elastic-operator
                app.kubernetes.io/instance: elastic-operator
            spec:
              terminationGracePeriodSeconds: 10
              serviceAccountName: elastic-operator
              securityContext:
                runAsNonRoot: true
              containers:
              - image: docker.elastic.co/eck/eck-operator:1.3.0
                imagePullPolicy: IfNotPresent
                name: manager
                args: [manager, --config=/conf/eck.yaml, --distribution-channel=%4$s]
                env:
                - name: OPERATOR_NAMESPACE
                  valueFrom:
                    fieldRef:
                      fieldPath: metadata.namespace
                - name: POD_IP
                  valueFrom:
                    fieldRef:
                      fieldPath: status.podIP
                - name: WEBHOOK_SECRET
                  value: elastic-webhook-server-cert
                resources:
                  limits: {cpu: 1, memory: 512Mi}
                  requests: {cpu: 100m, memory: 150Mi}
                ports:
                - containerPort: 9443
                  name: https-webhook
                  protocol: TCP
                volumeMounts:
                - mountPath: /conf
                  name: conf
                  readOnly: true
                - mountPath: /tmp/k8s-webhook-server/serving-certs
                  name: cert
                  readOnly: true
              volumes:
              - name: conf
                configMap:
                  name: elastic-operator
              - name: cert
                secret:
                  defaultMode: 420
                  secretName: elastic-webhook-server-cert
        ---
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata:
          name: elastic-webhook.k8s.elastic.co
          labels:
        %1$swebhooks:
        %5$s""".formatted(labels, config, sha256(CONFIG), distributionChannel, webhooks());
  }

  /** The eight webhooks of its +kubebuilder:webhook markers: short name, group, version, kind, plural. */
  private static String webhooks() {
    StringBuilder out = new StringBuilder();
    for (String[] w : List.of(new String[] {"apm", "apm.k8s.elastic.co", "v1", "apmserver", "apmservers"},
        new String[] {"apm", "apm.k8s.elastic.co", "v1beta1", "apmserver", "apmservers"},
        new String[] {"beat", "beat.k8s.elastic.co", "v1beta1", "beat", "beats"},
        new String[] {"ent", "enterprisesearch.k8s.elastic.co", "v1beta1", "enterprisesearch", "enterprisesearches"},
        new String[] {"es", "elasticsearch.k8s.elastic.co", "v1", "elasticsearch", "elasticsearches"},
        new String[] {"es", "elasticsearch.k8s.elastic.co", "v1beta1", "elasticsearch", "elasticsearches"},
        new String[] {"kb", "kibana.k8s.elastic.co", "v1", "kibana", "kibanas"},
        new String[] {"kb", "kibana.k8s.elastic.co", "v1beta1", "kibana", "kibanas"})) {
      out.append("""
          - clientConfig:
              caBundle: Cg==
              service:
                name: elastic-webhook-server
                namespace: elastic-system
                path: /validate-%2$s-%3$s-%4$s
            failurePolicy: Ignore
            name: elastic-%1$s-validation-%3$s.k8s.elastic.co
            matchPolicy: Exact
            admissionReviewVersions: [v1beta1]
            sideEffects: None
            rules:
            - apiGroups: [%5$s]
              apiVersions: [%3$s]
              operations: [CREATE, UPDATE]
              resources: [%6$s]
          """.formatted(w[0], w[1].replace('.', '-'), w[2], w[3], w[1], w[4]));
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
