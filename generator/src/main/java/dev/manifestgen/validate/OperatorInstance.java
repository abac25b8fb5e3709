package dev.manifestgen.validate;

import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container that runs the operator, and the flag settings its manifest gives it: from the command
 * line, from environment variables (when the contract binds flags to them) and from the config file
 * the config flag names, read out of the ConfigMap mounted at that path.
 *
 * <p>A container runs the operator when its arguments name the contract's config flag or any of its
 * flags; for one program of a binary that holds several, when its arguments start that program
 * ({@link ProgramChoice}). Settings keep where they were written, so findings can point at that line.
 */
public record OperatorInstance(Workloads.PodOwner owner, Container container, String containerPath, String namespace,
    String serviceAccount, List<Setting> settings, String configFile) {
  // configFile: the ConfigMap the config file was read from, for messages; null when none was found

  public enum Source { ARGUMENT, ENVIRONMENT, CONFIG_FILE }

  /**
   * One flag as the manifest sets it.
   *
   * @param name the flag name as written (may be unknown to the operator)
   * @param value a String from arguments and env, any YAML value from the config file; null when the
   *     value is only known at run time (an env var from a fieldRef)
   * @param object the object it is written in (the workload, or the ConfigMap of the config file)
   * @param path its field path in that object
   * @param line its line in the file
   * @param written the argument as written when it is not {@code --name} (a shorthand {@code -l}); null otherwise
   */
  public record Setting(String name, Object value, Source source, ManifestObject object, String path, int line, String written) {
    public Setting(String name, Object value, Source source, ManifestObject object, String path, int line) {
      this(name, value, source, object, path, line, null);
    }

    public String where() {
      return switch (source) {
        case ARGUMENT -> "argument " + (written != null ? written : "--" + name);
        case ENVIRONMENT -> "environment variable at " + path;
        case CONFIG_FILE -> "config file key " + name;
      };
    }
  }

  /** The user name the operator's requests carry. */
  public String user() {
    return "system:serviceaccount:" + namespace + ":" + serviceAccount;
  }

  /** Where the pods run: the workload's object and its name, for messages. */
  public ManifestObject workload() {
    return owner.object();
  }

  /** The setting viper would use: command line, then environment, then config file. */
  public Optional<Setting> setting(String flag) {
    for (Source source : Source.values()) {
      for (Setting s : settings) {
        if (s.source() == source && s.name().equals(flag)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /** A flag's effective value as a string: its setting, else the contract's default; empty when unknown. */
  public Optional<String> value(OperatorContract contract, String flag) {
    Optional<Setting> s = setting(flag);
    if (s.isPresent()) {
      return Optional.ofNullable(s.get().value()).map(String::valueOf);
    }
    return contract.flag(flag).map(Flag::defaultValue);
  }

  public static List<OperatorInstance> find(ManifestSet set, OperatorContract contract) {
    return find(set, contract, null);
  }

  /** The containers that start one program of a binary that holds several ({@link ProgramChoice}), with its settings. */
  public static List<OperatorInstance> startedBy(ManifestSet set, OperatorContract binary, dev.manifestgen.contract.ContractProgram program) {
    return find(set, program.contract(), container -> {
      ProgramChoice choice = ProgramChoice.of(binary, container);
      return choice != null && choice.program() == program;
    });
  }

  /**
   * @param runs for one program of a binary that holds several: whether a container starts it (then it runs the
   *     operator whether or not its arguments name a flag); null to take the containers that name a flag
   */
  static List<OperatorInstance> find(ManifestSet set, OperatorContract contract, java.util.function.Predicate<Container> runs) {
    List<OperatorInstance> found = new ArrayList<>();
    for (Workloads.PodOwner owner : Workloads.all(set)) {
      List<Container> containers = owner.spec().getContainers();
      for (int i = 0; containers != null && i < containers.size(); i++) {
        Container c = containers.get(i);
        String path = owner.specPath() + ".containers[" + i + "]";
        List<Setting> settings = new ArrayList<>();
        readArguments(owner.object(), c, path, contract, settings);
        if (runs != null ? !runs.test(c) : settings.stream().noneMatch(s -> isOperatorFlag(contract, s.name()))) {
          continue;
        }
        readEnvironment(owner.object(), c, path, contract, settings);
        String namespace = owner.object().namespace();
        if (contract.configFlag() != null) {
          Optional<Setting> named = settings.stream().filter(s -> s.source() == Source.ARGUMENT && s.name().equals(contract.configFlag())
              && s.value() != null).findFirst();
          // a typed config file (configKeys) at its flag's default path, when no argument names another
          String file = named.map(s -> String.valueOf(s.value())).orElse(contract.configKeys().isEmpty() ? null
              : contract.flag(contract.configFlag()).map(Flag::defaultValue).filter(d -> !d.isEmpty()).orElse(null));
          if (file != null) {
            readConfigFile(set, owner, c, namespace, file, contract, settings);
          }
        }
        String sa = owner.spec().getServiceAccountName() != null ? owner.spec().getServiceAccountName()
            : owner.spec().getServiceAccount() != null ? owner.spec().getServiceAccount() : "default";
        String configFile = settings.stream().filter(s -> s.source() == Source.CONFIG_FILE).findFirst()
            .map(s -> s.object().describe()).orElse(null);
        found.add(new OperatorInstance(owner, c, path, namespace, sa, List.copyOf(settings), configFile));
      }
    }
    return found;
  }

  private static boolean isOperatorFlag(OperatorContract contract, String name) {
    return name.equals(contract.configFlag()) || contract.flag(name).isPresent();
  }

  private static void readArguments(ManifestObject o, Container c, String path, OperatorContract contract,
      List<Setting> out) {
    boolean useArgs = c.getArgs() != null && !c.getArgs().isEmpty();
    if (useArgs || c.getCommand() != null) {
      FlagArguments.read(o, useArgs ? c.getArgs() : c.getCommand(), path + "." + (useArgs ? "args" : "command"), contract, out);
    }
  }

  private static void readEnvironment(ManifestObject o, Container c, String path, OperatorContract contract,
      List<Setting> out) {
    if (c.getEnv() == null) {
      return;
    }
    for (int i = 0; i < c.getEnv().size(); i++) {
      EnvVar e = c.getEnv().get(i);
      Optional<Flag> flag = contract.flagForEnv(e.getName());
      if (flag.isPresent()) {
        String envPath = path + ".env[" + i + "]";
        out.add(new Setting(flag.get().name(), e.getValueFrom() == null ? e.getValue() : null, Source.ENVIRONMENT, o,
            envPath, o.lineOf(envPath)));
      }
    }
  }

  private static void readConfigFile(ManifestSet set, Workloads.PodOwner owner, Container c, String namespace,
      String file, OperatorContract contract, List<Setting> out) {
    if (c.getVolumeMounts() == null || owner.spec().getVolumes() == null) {
      return;
    }
    VolumeMount best = null;
    for (VolumeMount m : c.getVolumeMounts()) {
      String mount = m.getMountPath() == null ? "" : m.getMountPath().replaceAll("/+$", "");
      boolean covers = m.getSubPath() != null && !m.getSubPath().isEmpty() ? file.equals(mount) : file.startsWith(mount + "/");
      if (covers && (best == null || mount.length() > best.getMountPath().length())) {
        best = m;
      }
    }
    if (best == null) {
      return;
    }
    String mount = best.getMountPath().replaceAll("/+$", "");
    String relative = best.getSubPath() != null && !best.getSubPath().isEmpty() ? best.getSubPath()
        : file.substring(mount.length() + 1);
    String volumeName = best.getName();
    Volume volume = owner.spec().getVolumes().stream().filter(v -> volumeName.equals(v.getName())).findFirst().orElse(null);
    if (volume == null || volume.getConfigMap() == null) {
      return;
    }
    String key = relative;
    if (volume.getConfigMap().getItems() != null && !volume.getConfigMap().getItems().isEmpty()) {
      key = volume.getConfigMap().getItems().stream().filter(k -> relative.equals(k.getPath())).map(KeyToPath::getKey)
          .findFirst().orElse(null);
    }
    Optional<ManifestObject> cm = set.find("ConfigMap", namespace, volume.getConfigMap().getName());
    if (key == null || cm.isEmpty() || !(cm.get().typed() instanceof ConfigMap configMap) || configMap.getData() == null
        || !configMap.getData().containsKey(key)) {
      return;
    }
    String dataPath = "data[\"" + key + "\"]";
    if (!key.contains(".") && !key.contains("[")) {
      dataPath = "data." + key;
    }
    int base = cm.get().lineOf(dataPath);
    YamlTree tree;
    try {
      tree = YamlReader.read(configMap.getData().get(key), cm.get().describe() + " " + dataPath);
    } catch (YamlException e) {
      out.add(new Setting("", new UnreadableConfig(e.getMessage()), Source.CONFIG_FILE, cm.get(), dataPath, base));
      return;
    }
    if (!(tree.root() instanceof Map<?, ?> map)) {
      out.add(new Setting("", new UnreadableConfig("the config file is not a map of flag names to values"),
          Source.CONFIG_FILE, cm.get(), dataPath, base));
      return;
    }
    if (!contract.configKeys().isEmpty()) {
      readConfigKeys(tree, contract, cm.get(), dataPath, base, out);
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      String keyPath = dev.manifestgen.yaml.Paths.child("", name);
      int line = base + tree.lineOf(keyPath);
      out.add(new Setting(name, e.getValue(), Source.CONFIG_FILE, cm.get(), dataPath + "." + name, line));
    }
  }

  /**
   * A typed config file: a setting named by each key the contract says fixes a fact ({@code leaderElection.resourceName})
   * that the file sets, and a marker with no name that says the file was read (its keys are not flags).
   */
  private static void readConfigKeys(YamlTree tree, OperatorContract contract, ManifestObject cm, String dataPath, int base,
      List<Setting> out) {
    out.add(new Setting("", null, Source.CONFIG_FILE, cm, dataPath, base));
    for (String key : new java.util.TreeSet<>(contract.configKeys().values())) {
      Object v = tree.root();
      String treePath = "";
      for (String part : key.split("\\.")) {
        v = v instanceof Map<?, ?> m ? m.get(part) : null;
        treePath = dev.manifestgen.yaml.Paths.child(treePath, part);
      }
      if (v != null) {
        out.add(new Setting(key, v, Source.CONFIG_FILE, cm, dataPath + "." + key, base + tree.lineOf(treePath)));
      }
    }
  }

  /** The value a typed config file gives a contract fact ({@code leaderElection.id}); empty when no key or not set. */
  public Optional<Setting> configValue(OperatorContract contract, String fact) {
    String key = contract.configKeys().get(fact);
    return key == null ? Optional.empty() : settings.stream().filter(s -> s.source() == Source.CONFIG_FILE && s.name().equals(key))
        .findFirst();
  }

  /** A config file that is not YAML, or not a map: reported once by the contract rules. */
  public record UnreadableConfig(String problem) {}
}
