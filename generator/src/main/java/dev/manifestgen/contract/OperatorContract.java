package dev.manifestgen.contract;

import java.util.List;
import java.util.Optional;

/**
 * What an operator's own code expects of the manifests that deploy it: the flags it accepts (on the
 * command line, in its config file, or from the environment), the lock it elects its leader through,
 * and the permissions it asks for. Extracted from Go source by {@link GoContractExtractor}; stored as
 * YAML by {@link ContractYaml}.
 *
 * @param operator the binary's name, for messages
 * @param source where the contract was read from (a module path and version, or a directory name)
 * @param configFlag the flag that names the operator's config file, whose keys are flag names; null when none
 * @param namespacesFlag the flag that limits the operator to some namespaces (a string slice); null when it
 *     always works cluster-wide
 * @param flags every flag, sorted by name
 * @param env how flags can also come from environment variables; null when they cannot
 * @param environment variables the code reads directly (os.Getenv, os.LookupEnv), sorted
 * @param leaderElection the lock the operator uses; null when it does not elect a leader
 * @param permissions what the kubebuilder RBAC markers ask for, in source order
 * @param webhookServer the port its webhook server listens on; null when it serves no webhook
 * @param webhooks one per {@code +kubebuilder:webhook} marker, sorted by name
 * @param kinds the API kinds it serves, sorted by group then kind
 * @param programs when the binary holds several programs (cobra subcommands that run): each one's contract, in
 *     command-tree order; configFlag, namespacesFlag, flags, leaderElection and webhookServer are then each
 *     program's, not the binary's (null and empty here). Empty for a binary with one program.
 * @param configKeys when the config file is typed (controller-runtime's ComponentConfig, or a struct the code decodes)
 *     rather than a map of flag names: which key of that file fixes which contract fact ({@code leaderElection.id},
 *     {@code leaderElection.enabled}, {@code webhookServer.port}, {@code metrics.bindAddress}), by fact; empty otherwise
 */
public record OperatorContract(String operator, String source, String configFlag, String namespacesFlag, List<Flag> flags, EnvBinding env,
    List<String> environment, LeaderElection leaderElection, List<Permission> permissions, WebhookServer webhookServer,
    List<Webhook> webhooks, List<ServedKind> kinds, List<ContractProgram> programs, java.util.Map<String, String> configKeys) {

  public OperatorContract {
    flags = List.copyOf(flags);
    environment = List.copyOf(environment);
    permissions = List.copyOf(permissions);
    webhooks = List.copyOf(webhooks);
    kinds = List.copyOf(kinds);
    programs = programs == null ? List.of() : List.copyOf(programs);
    configKeys = configKeys == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(configKeys));
  }

  /** Without config keys. */
  public OperatorContract(String operator, String source, String configFlag, String namespacesFlag, List<Flag> flags, EnvBinding env,
      List<String> environment, LeaderElection leaderElection, List<Permission> permissions, WebhookServer webhookServer,
      List<Webhook> webhooks, List<ServedKind> kinds, List<ContractProgram> programs) {
    this(operator, source, configFlag, namespacesFlag, flags, env, environment, leaderElection, permissions, webhookServer, webhooks,
        kinds, programs, null);
  }

  /** A binary with one program. */
  public OperatorContract(String operator, String source, String configFlag, String namespacesFlag, List<Flag> flags, EnvBinding env,
      List<String> environment, LeaderElection leaderElection, List<Permission> permissions, WebhookServer webhookServer,
      List<Webhook> webhooks, List<ServedKind> kinds) {
    this(operator, source, configFlag, namespacesFlag, flags, env, environment, leaderElection, permissions, webhookServer, webhooks,
        kinds, List.of());
  }

  /** Without webhooks or served kinds (what a contract file older than those keys says). */
  public OperatorContract(String operator, String source, String configFlag, String namespacesFlag, List<Flag> flags, EnvBinding env,
      List<String> environment, LeaderElection leaderElection, List<Permission> permissions) {
    this(operator, source, configFlag, namespacesFlag, flags, env, environment, leaderElection, permissions, null, List.of(), List.of());
  }

  /** Without a namespaces flag: an operator that always works cluster-wide. */
  public OperatorContract(String operator, String source, String configFlag, List<Flag> flags, EnvBinding env,
      List<String> environment, LeaderElection leaderElection, List<Permission> permissions) {
    this(operator, source, configFlag, null, flags, env, environment, leaderElection, permissions);
  }

  public Optional<Flag> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The flag an environment variable sets: one whose library reads that variable (kong, urfave/cli, go-arg,
   * envconfig), else through viper's env binding; empty when none.
   */
  public Optional<Flag> flagForEnv(String variable) {
    Optional<Flag> own = flags.stream().filter(f -> f.env().contains(variable)).findFirst();
    if (own.isPresent() || env == null) {
      return own;
    }
    return flags.stream().filter(f -> !f.envOnly() && env.variableFor(f.name()).equals(variable)).findFirst();
  }
}
