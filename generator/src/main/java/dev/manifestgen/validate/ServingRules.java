package dev.manifestgen.validate;

import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.ServedKind;
import dev.manifestgen.contract.Webhook;
import dev.manifestgen.contract.WebhookServer;
import dev.manifestgen.values.CrossValueRules;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MG504-MG506: what the operator serves reaches it. Every webhook of the contract has an entry in the
 * installation's webhook configurations at its path, for its groups, versions, resources and
 * operations, and no entry calls a path the operator does not serve; the Service and the container
 * port lead to the port its webhook server listens on; every kind it serves has a CRD.
 *
 * <p>The installation's webhook configurations are those with an entry whose Service selects the
 * operator's pods; an installation without any (webhook off) is not asked for entries.
 */
final class ServingRules {
  private ServingRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG504", Severity.ERROR, "Every webhook the operator serves (per its contract) has an entry in its webhook "
            + "configuration, at its path, for its groups, versions, resources and operations; no entry calls a path the "
            + "operator does not serve.", ServingRules::webhookEntries),
        Rule.of("MG505", Severity.ERROR, "The webhook Service's target port and the container port are the port the "
            + "operator's webhook server listens on (its flag's value, or the port fixed in its code).",
            ServingRules::webhookPort),
        Rule.of("MG506", Severity.ERROR, "Every kind the operator serves has a CustomResourceDefinition in the manifest "
            + "serving its versions, or is named as installed separately (validate --crd-installed NAME, --crds-installed).",
            ServingRules::servedKinds));
  }

  /** One webhook entry of a configuration, with the Service it calls. */
  private record Entry(ManifestObject configuration, int index, boolean mutating, Map<?, ?> webhook, ManifestObject service,
      String path) {
    String at() {
      return "webhooks[" + index + "]";
    }
  }

  /** The entries whose Service selects the pods of one of the operator's workloads. */
  private static List<Entry> operatorEntries(ValidationContext c) {
    List<Entry> out = new ArrayList<>();
    Set<Workloads.PodOwner> owners = new LinkedHashSet<>();
    c.operators().forEach(op -> owners.add(op.owner()));
    for (ManifestObject o : c.manifests().ofKind("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")) {
      if (!(Paths.get(o.raw(), "webhooks") instanceof List<?> hooks)) {
        continue;
      }
      for (int i = 0; i < hooks.size(); i++) {
        if (!(hooks.get(i) instanceof Map<?, ?> hook) || !(Paths.get(hook, "clientConfig.service") instanceof Map<?, ?> ref)) {
          continue;
        }
        Optional<ManifestObject> service = c.manifests().find("Service", String.valueOf(ref.get("namespace")),
            String.valueOf(ref.get("name")));
        if (service.isEmpty() || !(Paths.get(service.get().raw(), "spec.selector") instanceof Map<?, ?> selector)) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> labels = (Map<String, String>) selector;
        boolean operators = owners.stream().anyMatch(w -> w.object().namespace().equals(service.get().namespace())
            && Workloads.selects(labels, w.labels()));
        if (operators) {
          out.add(new Entry(o, i, o.kind().startsWith("Mutating"), hook, service.get(),
              ref.get("path") == null ? "" : String.valueOf(ref.get("path"))));
        }
      }
    }
    return out;
  }

  private static void webhookEntries(ValidationContext c, Findings f) {
    OperatorContract contract = c.contract();
    if (contract == null || contract.webhooks().isEmpty()) {
      return;
    }
    List<Entry> entries = operatorEntries(c);
    if (entries.isEmpty()) {
      return;
    }
    Set<String> served = new LinkedHashSet<>();
    contract.webhooks().forEach(w -> served.add(w.path()));
    for (Entry e : entries) {
      if (!served.contains(e.path())) {
        f.add(e.configuration(), e.at() + ".clientConfig.service.path", "calls " + (e.path().isEmpty() ? "no path"
            : e.path()) + ", which " + contract.operator() + " does not serve (its webhooks: " + String.join(", ", served)
            + "): every call would fail; point it at one of them or remove the entry.");
      }
    }
    for (Webhook w : contract.webhooks()) {
      List<Entry> at = entries.stream().filter(e -> e.path().equals(w.path()) && e.mutating() == w.mutating()).toList();
      if (at.isEmpty()) {
        ManifestObject first = entries.stream().filter(e -> e.mutating() == w.mutating()).map(Entry::configuration)
            .findFirst().orElse(entries.get(0).configuration());
        f.add(first, "webhooks", "has no entry for " + contract.operator() + "'s " + (w.mutating() ? "mutating" : "validating")
            + " webhook " + w.name() + " (" + w.path() + ": " + describe(w.groups(), w.versions(), w.resources(), w.verbs())
            + "): the API server never calls it; add the entry.");
        continue;
      }
      for (Entry e : at) {
        List<String> groups = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        if (Paths.get(e.webhook(), "rules") instanceof List<?> rules) {
          for (Object r : rules) {
            addAll(groups, Paths.get(r, "apiGroups"));
            addAll(versions, Paths.get(r, "apiVersions"));
            addAll(resources, Paths.get(r, "resources"));
            addAll(operations, Paths.get(r, "operations"));
          }
        }
        if (!Set.copyOf(groups).equals(Set.copyOf(w.groups())) || !Set.copyOf(versions).equals(Set.copyOf(w.versions()))
            || !Set.copyOf(resources).equals(Set.copyOf(w.resources())) || !Set.copyOf(operations).equals(Set.copyOf(w.verbs()))) {
          f.add(e.configuration(), e.at() + ".rules", "covers " + describe(groups, versions, resources, operations)
              + ", but " + contract.operator() + "'s webhook at " + w.path() + " admits " + describe(w.groups(), w.versions(),
              w.resources(), w.verbs()) + ": write the rules the operator's webhook is for.");
        }
      }
    }
  }

  private static void addAll(List<String> into, Object list) {
    if (list instanceof List<?> l) {
      l.forEach(x -> {
        if (!into.contains(String.valueOf(x))) {
          into.add(String.valueOf(x));
        }
      });
    }
  }

  private static String describe(List<String> groups, List<String> versions, List<String> resources, List<String> operations) {
    return "groups " + groups + ", versions " + versions + ", resources " + resources + ", operations " + operations;
  }

  private static void webhookPort(ValidationContext c, Findings f) {
    OperatorContract contract = c.contract();
    WebhookServer server = contract == null ? null : contract.webhookServer();
    if (server == null) {
      return;
    }
    Set<String> reported = new LinkedHashSet<>();
    String key = contract.configKeys().get("webhookServer.port");
    if (server.portFlag() == null && key != null && !operatorEntries(c).isEmpty()) {
      for (OperatorInstance op : c.operators()) {
        if (op.configFile() == null) {
          f.warn(op.workload(), op.containerPath(), "cannot check the port the webhook Service leads to: the key " + key
              + " of the config file its flag --" + contract.configFlag() + " names sets " + contract.operator()
              + "'s webhook port, and no ConfigMap in the manifests is mounted at that path.");
        }
      }
    }
    for (Entry e : operatorEntries(c)) {
      Object ref = Paths.get(e.webhook(), "clientConfig.service.port");
      long servicePort = ref instanceof Number n ? n.longValue() : 443;
      if (!(Paths.get(e.service().raw(), "spec.ports") instanceof List<?> ports)) {
        continue;
      }
      for (int i = 0; i < ports.size(); i++) {
        if (!(Paths.get(ports.get(i), "port") instanceof Number p) || p.longValue() != servicePort) {
          continue;
        }
        Object target = Paths.get(ports.get(i), "targetPort");
        for (OperatorInstance op : c.operators()) {
          if (!op.namespace().equals(e.service().namespace())) {
            continue;
          }
          Listening listening = listening(contract, op);
          if (listening == null) {
            continue;
          }
          String portPath = "spec.ports[" + i + "].targetPort";
          if (target instanceof Number t && t.longValue() != listening.port()) {
            if (reported.add(e.service().describe() + portPath)) {
              f.add(e.service(), portPath, "leads to port " + t.longValue() + ", but " + listening.sentence() + ".");
            }
          } else if (target instanceof String name || target == null) {
            String wanted = target == null ? null : (String) target;
            long wantedNumber = servicePort;
            List<ContainerPort> cports = op.container().getPorts() == null ? List.of() : op.container().getPorts();
            for (int j = 0; j < cports.size(); j++) {
              ContainerPort cp = cports.get(j);
              boolean isTarget = wanted != null ? wanted.equals(cp.getName()) : cp.getContainerPort() != null
                  && cp.getContainerPort() == wantedNumber;
              String cpPath = op.containerPath() + ".ports[" + j + "].containerPort";
              if (isTarget && cp.getContainerPort() != null && cp.getContainerPort() != listening.port()
                  && reported.add(op.workload().describe() + cpPath)) {
                f.add(op.workload(), cpPath, "the webhook Service " + e.service().describe() + " leads to port "
                    + cp.getContainerPort() + ", but " + listening.sentence() + ".");
              }
            }
          }
        }
      }
    }
  }

  /** The port an operator container's webhook server listens on, and the sentence that says why. */
  private record Listening(long port, String sentence) {}

  private static Listening listening(OperatorContract contract, OperatorInstance op) {
    WebhookServer server = contract.webhookServer();
    Optional<OperatorInstance.Setting> fromFile = op.configValue(contract, "webhookServer.port");
    if (server.portFlag() == null && fromFile.isPresent()) {
      return fromFile.get().value() instanceof Number n ? new Listening(n.longValue(), "the operator's webhook server listens on "
          + n.longValue() + " (config file key " + fromFile.get().name() + " in " + op.configFile() + ")") : null;
    }
    if (server.portFlag() == null && contract.configKeys().containsKey("webhookServer.port") && op.configFile() == null) {
      return null; // set by a config file the manifests do not hold: webhookPortUnchecked says so
    }
    if (server.portFlag() == null) {
      return server.port() == null ? null
          : new Listening(server.port(), CrossValueRules.webhookPortSentence(contract.operator(), server.port()));
    }
    Optional<String> value = op.value(contract, server.portFlag());
    if (value.isEmpty()) {
      return null;
    }
    long port;
    try {
      port = Long.parseLong(value.get().trim());
    } catch (NumberFormatException notANumber) {
      return null; // MG502's
    }
    String where = op.setting(server.portFlag()).map(OperatorInstance.Setting::where)
        .orElse("the default of its flag " + server.portFlag());
    return new Listening(port, "the operator's webhook server listens on " + port + " (" + where + ")");
  }

  private static void servedKinds(ValidationContext c, Findings f) {
    OperatorContract contract = c.contract();
    if (contract == null || contract.kinds().isEmpty() || c.operators().isEmpty() || c.crdsInstalled().contains("*")
        || !c.reportsForBinary()) {
      return;
    }
    if (c.binary() != null) {
      contract = c.binary(); // the kinds are the binary's: say so once, in its name
    }
    OperatorInstance op = c.operators().get(0);
    for (ServedKind k : contract.kinds()) {
      String crdName = k.plural() + "." + k.group();
      if (c.crdsInstalled().contains(crdName)) {
        continue;
      }
      ManifestObject crd = c.manifests().ofKind("CustomResourceDefinition").stream()
          .filter(o -> k.group().equals(Paths.get(o.raw(), "spec.group")) && k.kind().equals(Paths.get(o.raw(), "spec.names.kind")))
          .findFirst().orElse(null);
      if (crd == null) {
        f.add(op.workload(), "metadata.name", contract.operator() + " serves " + k.kind() + " (" + k.group() + " "
            + String.join(", ", k.versions()) + "), but no CustomResourceDefinition in the manifest defines it: the operator"
            + " cannot watch it. Add " + crdName + " (generate --crds FILE), or when it is installed separately, say so"
            + " with validate --crd-installed " + crdName + " (or --crds-installed for all).");
        continue;
      }
      List<String> served = new ArrayList<>();
      if (Paths.get(crd.raw(), "spec.versions") instanceof List<?> versions) {
        for (Object v : versions) {
          if (!Boolean.FALSE.equals(Paths.get(v, "served")) && Paths.get(v, "name") != null) {
            served.add(String.valueOf(Paths.get(v, "name")));
          }
        }
      } else if (Paths.get(crd.raw(), "spec.version") != null) {
        served.add(String.valueOf(Paths.get(crd.raw(), "spec.version")));
      }
      List<String> missing = k.versions().stream().filter(v -> !served.contains(v)).toList();
      if (!missing.isEmpty()) {
        f.add(crd, "spec.versions", "does not serve " + String.join(", ", missing) + " of " + k.kind() + ", which "
            + contract.operator() + " serves: requests for it fail; serve every version the operator does.");
      }
    }
  }
}
