package dev.manifestgen.validate;

import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.Permission;
import dev.manifestgen.values.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MG5xx: the manifest gives the operator only flags it has, of their types, and every permission it asks for. */
final class ContractRules {
  private ContractRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG501", Severity.ERROR, "Every key of the operator's config file and every argument is a flag the "
            + "operator has (per its contract).", ContractRules::knownFlags),
        Rule.of("MG502", Severity.ERROR, "Every flag value, in the config file, arguments or environment, has the "
            + "flag's type.", ContractRules::flagTypes),
        Rule.of("MG503", Severity.ERROR, "The operator's ServiceAccount is granted every permission the operator asks "
            + "for (its +kubebuilder:rbac markers), where it works: cluster-wide or in each managed namespace.",
            ContractRules::permissions),
        Rule.of("MG507", Severity.ERROR, "A container that runs a binary of several programs starts one of them: its "
            + "arguments name a subcommand path of the contract's programs (or none, when the root command runs).",
            ContractRules::programChosen));
  }

  private static void programChosen(ValidationContext c, Findings f) {
    OperatorContract binary = c.binary();
    if (binary == null) {
      return;
    }
    List<String> known = binary.programs().stream().map(p -> p.display()
        + (p.aliases().isEmpty() ? "" : " (alias " + String.join(", ", p.aliases()) + ")")).toList();
    for (Workloads.PodOwner owner : Workloads.all(c.manifests())) {
      List<io.fabric8.kubernetes.api.model.Container> containers = owner.spec().getContainers();
      for (int i = 0; containers != null && i < containers.size(); i++) {
        io.fabric8.kubernetes.api.model.Container container = containers.get(i);
        ProgramChoice choice = ProgramChoice.of(binary, container);
        if (choice == null || choice.program() != null) {
          continue;
        }
        String path = owner.specPath() + ".containers[" + i + "]." + (container.getArgs() != null ? "args" : "command");
        String started = binary.operator() + (choice.words().isEmpty() ? "" : " " + String.join(" ", choice.words()));
        String why = choice.unmatched() != null && choice.words().isEmpty()
            ? "\"" + choice.unmatched() + "\" is no subcommand of " + binary.operator() + ", so it refuses to start"
            : choice.unmatched() != null && binary.programs().stream().noneMatch(p -> p.command().equals(choice.words()))
            ? "\"" + choice.unmatched() + "\" is no subcommand of " + started + ", which itself does not run"
            : "they start " + started + ", which only prints its help and exits";
        List<String> words = new ArrayList<>();
        binary.programs().forEach(p -> {
          words.addAll(p.command());
          words.addAll(p.aliases());
        });
        String hint = choice.unmatched() == null ? null : Suggestions.closest(choice.unmatched(), words);
        f.add(owner.object(), path, "the arguments name no program of " + binary.operator() + ": " + why
            + (hint == null ? "" : " (did you mean " + hint + "?)")
            + "; start one of its programs: " + String.join(", ", known) + ".");
      }
    }
  }

  private static void knownFlags(ValidationContext c, Findings f) {
    OperatorContract contract = c.contract();
    if (contract == null) {
      return;
    }
    List<String> names = contract.flags().stream().map(Flag::name).toList();
    for (OperatorInstance op : c.operators()) {
      for (OperatorInstance.Setting s : op.settings()) {
        if (s.value() instanceof OperatorInstance.UnreadableConfig u) {
          f.add(s.object(), s.path(), s.line(), "the operator's config file cannot be read: " + u.problem()
              + (contract.configKeys().isEmpty() ? "; it must be a YAML map of flag names to values." : "; it must be a YAML map."));
          continue;
        }
        if (s.source() == OperatorInstance.Source.CONFIG_FILE && !contract.configKeys().isEmpty()) {
          continue; // a typed config file's keys are not flags
        }
        // an environment-only setting (envconfig) is not a flag: naming it in args or the config file is unknown
        if (s.name().equals(contract.configFlag()) || contract.flag(s.name())
            .filter(fl -> !fl.envOnly() || s.source() == OperatorInstance.Source.ENVIRONMENT).isPresent()) {
          continue;
        }
        String hint = Suggestions.closest(s.name(), names);
        String consequence = s.source() == OperatorInstance.Source.ARGUMENT
            ? "the operator refuses to start with an unknown flag" : "the operator ignores it, so it has no effect";
        f.add(s.object(), s.path(), s.line(), s.where() + " is not a flag of " + contract.operator()
            + (hint == null ? "" : " (did you mean " + hint + "?)") + ": " + consequence + "; remove or rename it.");
      }
    }
  }

  private static void flagTypes(ValidationContext c, Findings f) {
    for (OperatorInstance op : c.operators()) {
      for (OperatorInstance.Setting s : op.settings()) {
        Optional<Flag> flag = c.contract().flag(s.name());
        if (flag.isEmpty() || s.value() instanceof OperatorInstance.UnreadableConfig) {
          continue;
        }
        if (s.value() == null && s.written() != null && s.written().endsWith(FlagArguments.NO_VALUE)) {
          f.add(s.object(), s.path(), s.line(), "argument " + s.written().substring(0, s.written().length() - FlagArguments.NO_VALUE.length())
              + " is the last word, but the operator's flag " + s.name() + " (" + flag.get().type().yamlName() + ") takes a value:"
              + " the operator refuses to start (flag needs an argument); give it one.");
          continue;
        }
        String expected = FlagValues.problem(flag.get().type(), s.value());
        if (expected != null) {
          f.add(s.object(), s.path(), s.line(), s.where() + ": " + show(s.value()) + " is not " + expected + ", the type"
              + " of the operator's flag " + s.name() + " (" + flag.get().type().yamlName() + ").");
        }
      }
    }
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static void permissions(ValidationContext c, Findings f) {
    OperatorContract contract = c.contract();
    for (OperatorInstance op : c.operators()) {
      List<String> namespaces = managedNamespaces(contract, op);
      for (int i = 0; i < contract.permissions().size(); i++) {
        Permission p = contract.permissions().get(i);
        if (p.when() != null && !op.value(contract, p.when()).map(v -> !FlagValues.isBool(v) || FlagValues.parseBool(v))
            .orElse(true)) {
          continue;
        }
        List<String> scopes = p.namespace() != null ? List.of(p.namespace()) : namespaces;
        List<String> missing = new ArrayList<>();
        for (String group : p.groups()) {
          for (String resource : p.resources()) {
            boolean clusterScoped = ClusterScopedResources.contains(c.manifests(), group, resource);
            for (String namespace : clusterScoped ? List.of("") : scopes) {
              for (String verb : p.verbs()) {
                for (String name : p.resourceNames().isEmpty() ? List.of("") : p.resourceNames()) {
                  if (!c.access().allows(op.user(), verb, group, resource, name, namespace)) {
                    missing.add(verb + " " + (group.isEmpty() ? resource : resource + "." + group)
                        + (name.isEmpty() ? "" : " \"" + name + "\"")
                        + (namespace.isEmpty() ? " cluster-wide" : " in " + namespace));
                  }
                }
              }
            }
          }
        }
        if (!missing.isEmpty()) {
          f.add(op.workload(), op.owner().specPath() + ".serviceAccountName", "ServiceAccount " + op.namespace() + "/"
              + op.serviceAccount() + " may not " + summarize(missing) + ", which " + contract.operator()
              + " asks for (contract permission " + (i + 1) + (p.when() == null ? "" : ", needed with " + p.when())
              + "): grant it in the operator's " + (namespaces.contains("") ? "ClusterRole." : "Roles."));
        }
      }
    }
  }

  private static String summarize(List<String> missing) {
    return missing.size() <= 4 ? String.join(", ", missing)
        : String.join(", ", missing.subList(0, 3)) + " and " + (missing.size() - 3) + " more";
  }

  /** The namespaces the operator works in: its namespaces flag's value, or "" for all (cluster-wide). */
  static List<String> managedNamespaces(OperatorContract contract, OperatorInstance op) {
    if (contract.namespacesFlag() == null) {
      return List.of("");
    }
    Object value = op.setting(contract.namespacesFlag()).map(OperatorInstance.Setting::value).orElse(null);
    List<String> namespaces = new ArrayList<>();
    if (value instanceof List<?> l) {
      l.forEach(v -> namespaces.add(String.valueOf(v)));
    } else if (value instanceof String s && !s.isBlank()) {
      for (String part : s.split(",")) {
        namespaces.add(part.trim());
      }
    } else if (value instanceof Map) {
      return List.of("");
    }
    namespaces.removeIf(String::isEmpty);
    return namespaces.isEmpty() ? List.of("") : namespaces;
  }
}
