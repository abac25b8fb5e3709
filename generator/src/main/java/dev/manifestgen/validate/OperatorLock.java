package dev.manifestgen.validate;

import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import java.util.List;
import java.util.Optional;

/**
 * The lock an operator container will elect its leader through: the name (the contract's lock ID,
 * or the value of its lock-name flag), the type, and the namespace its pods run in.
 *
 * @param nameSource how the name was decided, for messages
 */
record OperatorLock(OperatorInstance operator, String name, String type, String nameSource, String typeSource) {

  /** An API resource a lock type writes. */
  record Resource(String group, String resource) {
    String display() {
      return group.isEmpty() ? resource : resource + "." + group;
    }
  }

  static final Resource CONFIG_MAPS = new Resource("", "configmaps");
  static final Resource LEASES = new Resource("coordination.k8s.io", "leases");

  String namespace() {
    return operator.namespace();
  }

  List<Resource> resources() {
    return switch (type) {
      case "leases" -> List.of(LEASES);
      case "configmapsleases" -> List.of(CONFIG_MAPS, LEASES);
      default -> List.of(CONFIG_MAPS);
    };
  }

  String describe() {
    return type + " lock \"" + name + "\" in namespace " + namespace() + " (name: " + nameSource + "; type: "
        + typeSource + ")";
  }

  /** Whether the operator elects a leader at all, by its enable flag's effective value. */
  static boolean electionEnabled(OperatorContract contract, OperatorInstance op) {
    LeaderElection le = contract.leaderElection();
    if (le == null) {
      return false;
    }
    if (le.enabledFlag() == null && contract.configKeys().containsKey("leaderElection.enabled")) {
      // a typed config file decides; a file that does not set it leaves election off; no file found: counts as on
      Optional<OperatorInstance.Setting> s = op.configValue(contract, "leaderElection.enabled");
      return s.map(v -> !(v.value() instanceof Boolean b) || b).orElse(op.configFile() == null);
    }
    if (le.enabledFlag() == null) {
      return true;
    }
    // A value only known at run time (an env var from a fieldRef) counts as on: nothing to report.
    return op.value(contract, le.enabledFlag()).map(v -> !FlagValues.isBool(v) || FlagValues.parseBool(v)).orElse(true);
  }

  /** A lease timing's effective value: its flag's setting, else the flag's default, else the built-in value. */
  static String timing(OperatorContract contract, OperatorInstance op, String builtIn, String flag) {
    if (flag == null) {
      return builtIn;
    }
    Optional<OperatorInstance.Setting> s = op.setting(flag);
    if (s.isPresent() && s.get().value() != null) {
      return String.valueOf(s.get().value());
    }
    return contract.flag(flag).map(f -> f.defaultValue()).orElse(builtIn);
  }

  /**
   * Why the name of the lock an operator that elects a leader uses is unknown (computed in code, or not a
   * constant, and no flag sets it); empty when it is known or there is no election.
   */
  static Optional<String> unknownName(OperatorContract contract, OperatorInstance op) {
    if (!electionEnabled(contract, op) || of(contract, op).isPresent()) {
      return Optional.empty();
    }
    LeaderElection le = contract.leaderElection();
    String key = contract.configKeys().get("leaderElection.id");
    if (key != null && le.idFlag() == null && le.id() == null) {
      return Optional.of(op.configFile() == null ? "the key " + key + " of the config file its flag --" + contract.configFlag()
          + " names sets it, and no ConfigMap in the manifests is mounted at that path, so it cannot be checked"
          : "the config file in " + op.configFile() + " does not set " + key);
    }
    return Optional.of(le.idComputed() != null ? "computed in code at " + le.idComputed()
        : le.idFlag() != null ? "the flag " + le.idFlag() + " is not set and has no known default"
        : "not a constant the extractor could read (see contract extract --verbose)");
  }

  static Optional<OperatorLock> of(OperatorContract contract, OperatorInstance op) {
    if (!electionEnabled(contract, op)) {
      return Optional.empty();
    }
    LeaderElection le = contract.leaderElection();
    String name = le.id();
    String nameSource = "the operator's built-in lock ID";
    if (le.idFlag() != null) {
      Optional<OperatorInstance.Setting> s = op.setting(le.idFlag());
      if (s.isPresent() && s.get().value() != null) {
        name = String.valueOf(s.get().value());
        nameSource = "its " + s.get().where();
      } else {
        nameSource = "the default of its flag " + le.idFlag();
      }
    }
    Optional<OperatorInstance.Setting> fromFile = op.configValue(contract, "leaderElection.id");
    if (name == null && le.idFlag() == null && fromFile.isPresent() && fromFile.get().value() instanceof String s && !s.isEmpty()) {
      name = s;
      nameSource = "its config file key " + fromFile.get().name() + " in " + op.configFile();
    }
    if (name == null) {
      return Optional.empty(); // computed in code, or a config file not found: see unknownName
    }
    String type = le.lockType();
    String typeSource = le.lockTypeSource();
    if (le.lockTypeFlag() != null) {
      Optional<OperatorInstance.Setting> s = op.setting(le.lockTypeFlag());
      if (s.isPresent() && s.get().value() != null) {
        type = String.valueOf(s.get().value());
        typeSource = "its " + s.get().where();
      }
    }
    return Optional.of(new OperatorLock(op, name, type, nameSource, typeSource));
  }
}
