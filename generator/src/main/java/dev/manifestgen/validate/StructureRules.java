package dev.manifestgen.validate;

import dev.manifestgen.validate.schema.CrdChecks;
import dev.manifestgen.validate.schema.TypeCheck;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** MG1xx: every document is a well-formed Kubernetes object of its kind. */
final class StructureRules {
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  /** Kinds whose names are DNS-1123 labels rather than subdomains. */
  private static final List<String> LABEL_NAMED = List.of("Namespace", "Service");

  /** Fields the API server requires, by kind, even when their parent is absent (kubectl checks those within present parents). */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "StatefulSet", List.of("spec.selector", "spec.template"),
      "Deployment", List.of("spec.selector", "spec.template"),
      "DaemonSet", List.of("spec.selector", "spec.template"));

  private StructureRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG101", Severity.ERROR, "Every field exists in the object's Kubernetes 1.20 schema and has the right type "
            + "(as kubectl and the API server decode it).", StructureRules::schema),
        Rule.of("MG102", Severity.ERROR, "Required fields are present, as kubectl and the API server require them "
            + "(metadata.name, a workload's selector matching its template, containers' and env vars' names, a Service's ports, "
            + "a binding's roleRef and subjects, a rule's verbs, resources and API groups, a webhook's rules and versions).",
            StructureRules::required),
        Rule.of("MG103", Severity.ERROR, "No two objects share kind, namespace and name.", StructureRules::duplicates),
        Rule.of("MG104", Severity.ERROR, "Names are DNS-1123 subdomains (labels for Namespaces and Services); label keys and "
            + "values are valid.", StructureRules::names),
        Rule.of("MG105", Severity.ERROR, "A v1 CustomResourceDefinition is one the API server accepts: names, one storage "
            + "version, and structural schemas (every field typed; allOf/anyOf/oneOf/not only restrict; list and map types).",
            StructureRules::customResourceDefinitions),
        Rule.of("MG106", Severity.WARNING, "Nothing the API server accepts but drops or cannot use: unknown fields where "
            + "kubectl does not look (set to null, below a CRD schema's items or additionalProperties), a template's container without "
            + "an image.", StructureRules::accepted),
        Rule.of("MG107", Severity.ERROR, "An object fits client-side kubectl apply: its annotations, with the "
            + "last-applied-configuration kubectl adds, stay within the API server's 262,144 bytes (else apply it with "
            + "kubectl apply --server-side, or helm).", StructureRules::appliable));
  }

  private static void schema(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      if (o.apiVersion().isEmpty() || o.kind().isEmpty()) {
        continue; // which schema applies is unknown: MG102 says what is missing, nothing more can be said
      }
      if (o.mappingProblem() != null && !SchemaCheck.knowsKind(o)) {
        int colon = o.mappingProblem().indexOf(": ");
        f.add(o, o.mappingProblem().substring(0, colon), "wrong type: " + o.mappingProblem().substring(colon + 2));
        continue;
      }
      for (TypeCheck.Problem p : c.schemaProblems(o)) {
        if (p.kind() == TypeCheck.Kind.WRONG_TYPE) {
          f.add(o, p.path(), "wrong type: " + p.message());
        } else if (p.kind() == TypeCheck.Kind.UNKNOWN_FIELD) {
          f.add(o, p.path(), "unknown field \"" + leaf(p.path()) + "\" for " + o.apiVersion() + " " + o.kind()
              + (SchemaCheck.knowsKind(o) ? " in Kubernetes 1.20" : "")
              + "; kubectl and the API server reject it (check the spelling and the indentation)");
        }
      }
    }
  }

  private static String leaf(String path) {
    return path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')) + 1).replace("[\"", "").replace("\"]", "");
  }

  private static void customResourceDefinitions(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().ofKind("CustomResourceDefinition")) {
      for (CrdChecks.Problem p : CrdChecks.of(o.raw())) {
        f.add(o, p.path(), p.path().substring(p.path().lastIndexOf('.') + 1) + " " + p.message());
      }
    }
  }

  private static void accepted(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      for (TypeCheck.Problem p : c.schemaProblems(o)) {
        if (p.kind() == TypeCheck.Kind.DROPPED_FIELD) {
          f.add(o, p.path(), "unknown field \"" + leaf(p.path()) + "\": kubectl does not check here and the API server "
              + "drops it without a word (check the spelling and the indentation)");
        }
      }
    }
    for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
      if (w.object().kind().equals("Pod")) {
        continue;
      }
      for (int i = 0; i < w.spec().getContainers().size(); i++) {
        var container = w.spec().getContainers().get(i);
        if (container.getImage() == null || container.getImage().isEmpty()) {
          f.add(w.object(), w.specPath() + ".containers[" + i + "].image", "this container has no image: the API server "
              + "accepts the template, but no pod of it can start");
        }
      }
    }
  }

  private static void appliable(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      long bytes = LastAppliedAnnotation.annotationBytes(o.raw());
      if (bytes > LastAppliedAnnotation.LIMIT) {
        f.add(o, "metadata.annotations", String.format("too large for client-side kubectl apply: with the %s "
            + "annotation kubectl adds, its annotations take %,d bytes, over the API server's limit of %,d; install it "
            + "with kubectl apply --server-side (or kubectl create, or helm)", LastAppliedAnnotation.KEY, bytes,
            LastAppliedAnnotation.LIMIT));
      }
    }
  }

  private static void required(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      Set<String> reported = new HashSet<>();
      for (String field : List.of("apiVersion", "kind")) {
        if (!(o.raw().get(field) instanceof String s) || s.isEmpty()) {
          f.add(o, field, field + " is missing");
        }
      }
      if (o.name().isEmpty()) {
        f.add(o, "metadata.name", "metadata.name is missing");
        reported.add("metadata.name");
      }
      for (TypeCheck.Problem p : c.schemaProblems(o)) {
        if (p.kind() == TypeCheck.Kind.MISSING && reported.add(p.path())) {
          f.add(o, p.path(), "missing required field \"" + leaf(p.path()) + "\": kubectl refuses the object without it");
        }
      }
      for (String path : REQUIRED.getOrDefault(o.kind(), List.of())) {
        if (Paths.get(o.raw(), path) == null && reported.add(path)) {
          f.add(o, path, path + " is required for a " + o.kind());
        }
      }
      switch (o.kind()) {
        case "Role", "ClusterRole" -> policyRules(o, f);
        case "Service" -> servicePorts(o, f);
        case "ClusterRoleBinding" -> serviceAccountSubjects(o, f);
        case "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration" -> webhookRules(o, f);
        case "StatefulSet", "Deployment", "DaemonSet", "ReplicaSet" -> selectorMatchesTemplate(o, f);
        default -> { }
      }
    }
    for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
      for (int i = 0; i < w.spec().getContainers().size(); i++) {
        var container = w.spec().getContainers().get(i);
        String path = w.specPath() + ".containers[" + i + "]";
        if ("".equals(container.getName())) {
          f.add(w.object(), path + ".name", "every container needs a name");
        }
        if (w.object().kind().equals("Pod") && (container.getImage() == null || container.getImage().isEmpty())) {
          f.add(w.object(), path + ".image", "every container of a pod needs an image");
        }
      }
      if (w.spec().getContainers().isEmpty()) {
        f.add(w.object(), w.specPath() + ".containers", "a pod needs at least one container");
      }
    }
  }

  private static List<?> list(Object node, String path) {
    return Paths.get(node, path) instanceof List<?> l ? l : List.of();
  }

  /** The API server's rule checks: verbs always; resources and API groups unless the rule is about non-resource URLs. */
  private static void policyRules(ManifestObject o, Findings f) {
    List<?> rules = list(o.raw(), "rules");
    for (int i = 0; i < rules.size(); i++) {
      Object rule = rules.get(i);
      String path = "rules[" + i + "]";
      if (Paths.get(rule, "verbs") instanceof List<?> verbs && verbs.isEmpty()) {
        f.add(o, path + ".verbs", "a policy rule needs verbs");
      }
      boolean nonResource = !list(rule, "nonResourceURLs").isEmpty();
      if (nonResource && o.kind().equals("Role")) {
        f.add(o, path + ".nonResourceURLs", "a Role's rules cannot grant non-resource URLs (only a ClusterRole's can)");
      }
      if (!nonResource && rule instanceof Map<?, ?>) {
        if (list(rule, "resources").isEmpty()) {
          f.add(o, path + ".resources", "a resource rule needs at least one resource");
        }
        if (list(rule, "apiGroups").isEmpty()) {
          f.add(o, path + ".apiGroups", "a resource rule needs at least one API group (\"\" for the core group)");
        }
      }
    }
  }

  /** A ClusterRoleBinding has no namespace a ServiceAccount subject could default to. */
  private static void serviceAccountSubjects(ManifestObject o, Findings f) {
    List<?> subjects = list(o.raw(), "subjects");
    for (int i = 0; i < subjects.size(); i++) {
      if (subjects.get(i) instanceof Map<?, ?> subject && "ServiceAccount".equals(subject.get("kind"))
          && (!(subject.get("namespace") instanceof String ns) || ns.isEmpty())) {
        f.add(o, "subjects[" + i + "].namespace", "a ServiceAccount subject of a ClusterRoleBinding needs its namespace");
      }
    }
  }

  private static void servicePorts(ManifestObject o, Findings f) {
    boolean headless = "None".equals(Paths.get(o.raw(), "spec.clusterIP"));
    if (!headless && !"ExternalName".equals(Paths.get(o.raw(), "spec.type")) && list(o.raw(), "spec.ports").isEmpty()) {
      f.add(o, "spec.ports", "a Service needs at least one port (unless it is headless or of type ExternalName)");
    }
  }

  private static void webhookRules(ManifestObject o, Findings f) {
    List<?> webhooks = list(o.raw(), "webhooks");
    for (int i = 0; i < webhooks.size(); i++) {
      if (Paths.get(webhooks.get(i), "clientConfig") instanceof Map<?, ?> client
          && (client.get("url") == null) == (client.get("service") == null)) {
        f.add(o, "webhooks[" + i + "].clientConfig", "a webhook's clientConfig needs exactly one of url and service");
      }
      List<?> rules = list(webhooks.get(i), "rules");
      for (int r = 0; r < rules.size(); r++) {
        for (String field : List.of("operations", "apiGroups", "apiVersions", "resources")) {
          if (list(rules.get(r), field).isEmpty()) {
            f.add(o, "webhooks[" + i + "].rules[" + r + "]." + field, "a webhook rule needs " + field);
          }
        }
      }
    }
  }

  /** The API server refuses a workload whose selector is empty or does not select its own pod template. */
  private static void selectorMatchesTemplate(ManifestObject o, Findings f) {
    if (!(Paths.get(o.raw(), "spec.selector") instanceof Map<?, ?> selector)) {
      return;
    }
    Map<?, ?> labels = Paths.get(o.raw(), "spec.template.metadata.labels") instanceof Map<?, ?> m ? m
        : Map.of();
    Map<?, ?> matchLabels = selector.get("matchLabels") instanceof Map<?, ?> m ? m : Map.of();
    List<?> expressions = selector.get("matchExpressions") instanceof List<?> l ? l : List.of();
    if (matchLabels.isEmpty() && expressions.isEmpty()) {
      f.add(o, "spec.selector", "an empty selector would select every pod: the API server refuses it");
      return;
    }
    boolean selects = matchLabels.entrySet().stream().allMatch(e -> e.getValue() != null && e.getValue().equals(labels.get(e.getKey())));
    for (Object expression : expressions) {
      if (expression instanceof Map<?, ?> x && x.get("key") != null) {
        Object value = labels.get(x.get("key"));
        List<?> values = x.get("values") instanceof List<?> v ? v : List.of();
        selects &= switch (String.valueOf(x.get("operator"))) {
          case "In" -> values.contains(value);
          case "NotIn" -> value == null || !values.contains(value);
          case "Exists" -> value != null;
          case "DoesNotExist" -> value == null;
          default -> true;
        };
      }
    }
    if (!selects) {
      f.add(o, "spec.template.metadata.labels", "spec.selector does not match these labels: the API server refuses a "
          + o.kind() + " whose selector does not select its own pods");
    }
  }

  private static void duplicates(ValidationContext c, Findings f) {
    Map<String, ManifestObject> seen = new HashMap<>();
    for (ManifestObject o : c.manifests().objects()) {
      String key = o.kind() + "/" + o.namespace() + "/" + o.name();
      ManifestObject first = seen.putIfAbsent(key, o);
      if (first != null) {
        f.add(o, "metadata.name", "the same object as " + first.file() + " document " + first.document()
            + "; one would overwrite the other: rename one");
      }
    }
  }

  private static void names(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      String name = o.name();
      boolean label = LABEL_NAMED.contains(o.kind());
      if (!name.isEmpty() && (name.length() > (label ? 63 : 253) || !(label ? DNS1123_LABEL : DNS1123_SUBDOMAIN).matcher(name).matches())) {
        f.add(o, "metadata.name", "\"" + name + "\" is not a valid name: use lower-case letters, digits, '-'"
            + (label ? "" : " and '.'") + ", at most " + (label ? 63 : 253) + " characters, starting and ending alphanumeric");
      }
      if (!o.namespace().isEmpty() && !DNS1123_LABEL.matcher(o.namespace()).matches()) {
        f.add(o, "metadata.namespace", "\"" + o.namespace() + "\" is not a valid namespace name (a DNS-1123 label)");
      }
      labels(o, "metadata.labels", o.metadata().get("labels"), f);
      Object template = Paths.get(o.raw(), "spec.template.metadata.labels");
      labels(o, "spec.template.metadata.labels", template, f);
    }
  }

  private static void labels(ManifestObject o, String path, Object labels, Findings f) {
    if (!(labels instanceof Map<?, ?> map)) {
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String keyPath = path + "[\"" + key + "\"]";
      String namePart = key.contains("/") ? key.substring(key.indexOf('/') + 1) : key;
      String prefix = key.contains("/") ? key.substring(0, key.indexOf('/')) : null;
      if (namePart.length() > 63 || !LABEL_NAME.matcher(namePart).matches()
          || (prefix != null && (prefix.length() > 253 || !DNS1123_SUBDOMAIN.matcher(prefix).matches()))) {
        f.add(o, keyPath, "\"" + key + "\" is not a valid label key");
      }
      if (!(e.getValue() instanceof String v)) {
        f.add(o, keyPath, "label values are strings; quote " + e.getValue());
      } else if (v.length() > 63 || !LABEL_VALUE.matcher(v).matches()) {
        f.add(o, keyPath, "\"" + v + "\" is not a valid label value: at most 63 letters, digits, '-', '_' or '.', "
            + "starting and ending alphanumeric");
      }
    }
  }
}
