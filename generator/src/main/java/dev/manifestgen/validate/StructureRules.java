package dev.manifestgen.validate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** MG1xx: every document is a well-formed Kubernetes object of its kind. */
final class StructureRules {
  private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  /** Kinds whose names are DNS-1123 labels rather than subdomains. */
  private static final List<String> LABEL_NAMED = List.of("Namespace", "Service");

  /** Fields the API server requires, by kind (beyond apiVersion, kind and metadata.name). */
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "StatefulSet", List.of("spec.selector", "spec.template", "spec.serviceName"),
      "Deployment", List.of("spec.selector", "spec.template"),
      "RoleBinding", List.of("roleRef.kind", "roleRef.name", "roleRef.apiGroup"),
      "ClusterRoleBinding", List.of("roleRef.kind", "roleRef.name", "roleRef.apiGroup"),
      "PodDisruptionBudget", List.of("spec.selector"));

  private StructureRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG101", Severity.ERROR, "Every field exists in the object's Kubernetes schema and has the right type.",
            StructureRules::schema),
        Rule.of("MG102", Severity.ERROR, "Required fields are present (metadata.name, a workload's selector and template, "
            + "containers' name and image, a binding's roleRef, a rule's verbs).", StructureRules::required),
        Rule.of("MG103", Severity.ERROR, "No two objects share kind, namespace and name.", StructureRules::duplicates),
        Rule.of("MG104", Severity.ERROR, "Names are DNS-1123 subdomains (labels for Namespaces and Services); label keys and "
            + "values are valid.", StructureRules::names));
  }

  private static void schema(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      if (o.mappingProblem() != null) {
        int colon = o.mappingProblem().indexOf(": ");
        f.add(o, o.mappingProblem().substring(0, colon), "wrong type: " + o.mappingProblem().substring(colon + 2));
        continue;
      }
      if (o.typed() == null || o.typed() instanceof GenericKubernetesResource) {
        continue;
      }
      // INTERIM (branch crd): the schema check misreads JSONSchemaProps (items, additionalProperties,
      // nested properties) and reports false errors on every generated CRD; branch `schema` fixes that.
      // Drop this commit once it has landed.
      if (o.kind().equals("CustomResourceDefinition")) {
        continue;
      }
      for (SchemaCheck.Problem p : SchemaCheck.of(o)) {
        if (p.message() != null) {
          f.add(o, p.path(), "wrong type: " + p.message());
          continue;
        }
        String leaf = p.path().substring(Math.max(p.path().lastIndexOf('.'), p.path().lastIndexOf('[')) + 1)
            .replace("[\"", "").replace("\"]", "");
        f.add(o, p.path(), "unknown field \"" + leaf + "\" for " + o.apiVersion() + " " + o.kind()
            + "; the API server rejects it (check the spelling and the indentation)");
      }
    }
  }

  private static void required(ValidationContext c, Findings f) {
    for (ManifestObject o : c.manifests().objects()) {
      for (String field : List.of("apiVersion", "kind")) {
        if (!(o.raw().get(field) instanceof String s) || s.isEmpty()) {
          f.add(o, field, field + " is missing");
        }
      }
      if (o.name().isEmpty()) {
        f.add(o, "metadata.name", "metadata.name is missing");
      }
      for (String path : REQUIRED.getOrDefault(o.kind(), List.of())) {
        if (Paths.get(o.raw(), path) == null) {
          f.add(o, path, path + " is required for a " + o.kind());
        }
      }
      if (o.kind().equals("Role") || o.kind().equals("ClusterRole")) {
        List<?> rules = Paths.get(o.raw(), "rules") instanceof List<?> l ? l : List.of();
        for (int i = 0; i < rules.size(); i++) {
          if (!(Paths.get(rules.get(i), "verbs") instanceof List<?> verbs) || verbs.isEmpty()) {
            f.add(o, "rules[" + i + "].verbs", "a policy rule needs verbs");
          }
        }
      }
    }
    for (Workloads.PodOwner w : Workloads.all(c.manifests())) {
      for (int i = 0; i < w.spec().getContainers().size(); i++) {
        var container = w.spec().getContainers().get(i);
        String path = w.specPath() + ".containers[" + i + "]";
        if (container.getName() == null || container.getName().isEmpty()) {
          f.add(w.object(), path + ".name", "every container needs a name");
        }
        if (container.getImage() == null || container.getImage().isEmpty()) {
          f.add(w.object(), path + ".image", "every container needs an image");
        }
      }
      if (w.spec().getContainers().isEmpty()) {
        f.add(w.object(), w.specPath() + ".containers", "a pod needs at least one container");
      }
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
