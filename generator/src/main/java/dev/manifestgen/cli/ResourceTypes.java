package dev.manifestgen.cli;

import dev.manifestgen.validate.ManifestObject;
import dev.manifestgen.validate.ManifestSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * kubectl's names for the resource types this project deals with: plural, singular and short
 * names, and the API group each belongs to, so that {@code cm} means {@code configmaps} in the
 * core group and {@code deploy} means {@code deployments.apps}.
 */
final class ResourceTypes {
  /** A resource type as discovery describes it. */
  record Type(String group, String plural, String singular, List<String> shortNames) {
    boolean isCalled(String name) {
      return plural.equals(name) || singular.equals(name) || shortNames.contains(name);
    }
  }

  /** What a RESOURCE argument names: a resource (maybe {@code *}) in an API group ("" is core). */
  record Resolved(String group, String resource) {}

  private static final List<Type> TYPES = List.of(
      core("pods", "pod", "po"),
      core("services", "service", "svc"),
      core("configmaps", "configmap", "cm"),
      core("secrets", "secret"),
      core("serviceaccounts", "serviceaccount", "sa"),
      core("endpoints", "endpoints", "ep"),
      core("events", "event", "ev"),
      core("persistentvolumeclaims", "persistentvolumeclaim", "pvc"),
      core("persistentvolumes", "persistentvolume", "pv"),
      core("nodes", "node", "no"),
      core("namespaces", "namespace", "ns"),
      core("replicationcontrollers", "replicationcontroller", "rc"),
      core("resourcequotas", "resourcequota", "quota"),
      core("limitranges", "limitrange", "limits"),
      core("podtemplates", "podtemplate"),
      new Type("apps", "deployments", "deployment", List.of("deploy")),
      new Type("apps", "statefulsets", "statefulset", List.of("sts")),
      new Type("apps", "daemonsets", "daemonset", List.of("ds")),
      new Type("apps", "replicasets", "replicaset", List.of("rs")),
      new Type("apps", "controllerrevisions", "controllerrevision", List.of()),
      new Type("batch", "jobs", "job", List.of()),
      new Type("batch", "cronjobs", "cronjob", List.of("cj")),
      new Type("networking.k8s.io", "ingresses", "ingress", List.of("ing")),
      new Type("networking.k8s.io", "networkpolicies", "networkpolicy", List.of("netpol")),
      new Type("coordination.k8s.io", "leases", "lease", List.of()),
      new Type("rbac.authorization.k8s.io", "roles", "role", List.of()),
      new Type("rbac.authorization.k8s.io", "rolebindings", "rolebinding", List.of()),
      new Type("rbac.authorization.k8s.io", "clusterroles", "clusterrole", List.of()),
      new Type("rbac.authorization.k8s.io", "clusterrolebindings", "clusterrolebinding", List.of()),
      new Type("policy", "poddisruptionbudgets", "poddisruptionbudget", List.of("pdb")),
      new Type("policy", "podsecuritypolicies", "podsecuritypolicy", List.of("psp")),
      new Type("admissionregistration.k8s.io", "mutatingwebhookconfigurations", "mutatingwebhookconfiguration", List.of()),
      new Type("admissionregistration.k8s.io", "validatingwebhookconfigurations", "validatingwebhookconfiguration",
          List.of()),
      new Type("authorization.k8s.io", "subjectaccessreviews", "subjectaccessreview", List.of()),
      new Type("authorization.k8s.io", "selfsubjectaccessreviews", "selfsubjectaccessreview", List.of()),
      new Type("authorization.k8s.io", "selfsubjectrulesreviews", "selfsubjectrulesreview", List.of()),
      new Type("authorization.k8s.io", "localsubjectaccessreviews", "localsubjectaccessreview", List.of()),
      new Type("authentication.k8s.io", "tokenreviews", "tokenreview", List.of()),
      new Type("apiextensions.k8s.io", "customresourcedefinitions", "customresourcedefinition", List.of("crd", "crds")),
      new Type("elasticsearch.k8s.elastic.co", "elasticsearches", "elasticsearch", List.of("es")),
      new Type("elasticsearch.k8s.elastic.co", "enterpriselicenses", "enterpriselicense", List.of()),
      new Type("kibana.k8s.elastic.co", "kibanas", "kibana", List.of("kb")),
      new Type("apm.k8s.elastic.co", "apmservers", "apmserver", List.of("apm")),
      new Type("enterprisesearch.k8s.elastic.co", "enterprisesearches", "enterprisesearch", List.of("ent")),
      new Type("beat.k8s.elastic.co", "beats", "beat", List.of()));

  private static final Pattern VERSION = Pattern.compile("v[0-9]+((alpha|beta)[0-9]+)?");

  private ResourceTypes() {}

  /** The types the CustomResourceDefinitions among the manifests define. */
  static List<Type> definedBy(ManifestSet manifests) {
    List<Type> types = new ArrayList<>();
    for (ManifestObject o : manifests.ofKind("CustomResourceDefinition")) {
      String group = field(o, "spec.group") instanceof String g ? g : "";
      String plural = field(o, "spec.names.plural") instanceof String p ? p : "";
      String singular = field(o, "spec.names.singular") instanceof String s ? s : plural;
      List<String> shortNames = new ArrayList<>();
      if (field(o, "spec.names.shortNames") instanceof List<?> l) {
        l.forEach(n -> shortNames.add(String.valueOf(n)));
      }
      if (!plural.isEmpty()) {
        types.add(new Type(group, plural, singular.isEmpty() ? plural : singular, shortNames));
      }
    }
    return types;
  }

  private static Object field(ManifestObject o, String path) {
    Object v = o.raw();
    for (String key : path.split("\\.")) {
      v = v instanceof java.util.Map<?, ?> m ? m.get(key) : null;
    }
    return v;
  }

  private static Type core(String plural, String singular, String... shortNames) {
    return new Type("", plural, singular, List.of(shortNames));
  }

  static List<Type> all() {
    return TYPES;
  }

  /**
   * {@code TYPE} or {@code TYPE.GROUP} (or {@code TYPE.VERSION.GROUP}) the way kubectl reads it:
   * a known name first, then a known type in the named group, then any TYPE.GROUP as given
   * ({@code TYPE.v1.} names a type of the core group).
   * Empty when the argument is a bare name no known type has.
   */
  static Optional<Resolved> resolve(String argument) {
    return resolve(argument, List.of());
  }

  /** As {@link #resolve(String)}, also knowing the given types (after the built-in ones, as discovery orders them). */
  static Optional<Resolved> resolve(String argument, List<Type> more) {
    List<Type> types = new ArrayList<>(TYPES);
    types.addAll(more);
    String arg = argument.toLowerCase(Locale.ROOT);
    if (arg.equals("*")) {
      return Optional.of(new Resolved("", "*"));
    }
    Optional<Type> known = types.stream().filter(t -> t.isCalled(arg)).findFirst();
    if (known.isPresent()) {
      return Optional.of(new Resolved(known.get().group(), known.get().plural()));
    }
    String[] parts = arg.split("\\.", 3);
    if (parts.length == 3 && VERSION.matcher(parts[1]).matches()) {
      return Optional.of(inGroup(types, parts[0], parts[2]).orElse(new Resolved(parts[2], parts[0])));
    }
    int dot = arg.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String type = arg.substring(0, dot);
    String group = arg.substring(dot + 1);
    return Optional.of(inGroup(types, type, group).orElse(new Resolved(group, type)));
  }

  private static Optional<Resolved> inGroup(List<Type> types, String type, String group) {
    return types.stream().filter(t -> t.group().equals(group) && t.isCalled(type)).findFirst()
        .map(t -> new Resolved(t.group(), t.plural()));
  }
}
