package dev.manifestgen.validate;

import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.values.CrossValueRules;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** MG4xx: several replicas elect one leader, and the RBAC lets them. Needs the operator contract. */
final class LeaderElectionRules {
  private static final BigDecimal JITTER = new BigDecimal("1.2");

  private LeaderElectionRules() {}

  static List<Rule> all() {
    return List.of(
        Rule.of("MG401", Severity.ERROR, "A workload with more than one replica runs the operator with leader election on.",
            LeaderElectionRules::replicasNeedElection),
        Rule.of("MG402", Severity.ERROR, "The operator's ServiceAccount can get, update and create the lock the operator "
            + "really uses (name and type from the contract), in the namespace its pods run in.", LeaderElectionRules::lockAccess),
        Rule.of("MG403", Severity.ERROR, "With leader election on, the operator's ServiceAccount can create and patch "
            + "events in its namespace.", LeaderElectionRules::events),
        Rule.of("MG404", Severity.ERROR, "A resourceNames restriction on the lock's resource names exactly the lock.",
            LeaderElectionRules::exactNames),
        Rule.of("MG405", Severity.ERROR, "Lease timings are ordered: leaseDuration > renewDeadline > 1.2 x retryPeriod.",
            LeaderElectionRules::timings),
        Rule.of("MG406", Severity.ERROR, "Two operator installations in one namespace do not share a lock.",
            LeaderElectionRules::sharedLocks),
        Rule.of("MG407", Severity.ERROR, "The lock the RBAC names (a rule restricted by name that grants update on "
            + "configmaps or leases) is the lock the operator uses, by name and type; a warning with one replica.",
            LeaderElectionRules::namedLocks));
  }

  /** The locks of the operator containers that elect a leader. */
  private static List<OperatorLock> locks(ValidationContext c) {
    return c.operators().stream().flatMap(op -> OperatorLock.of(c.contract(), op).stream()).toList();
  }

  private static void replicasNeedElection(ValidationContext c, Findings f) {
    for (OperatorInstance op : c.operators()) {
      int replicas = op.owner().replicas();
      if (replicas <= 1 || OperatorLock.electionEnabled(c.contract(), op)) {
        continue;
      }
      LeaderElection le = c.contract().leaderElection();
      String key = c.contract().configKeys().get("leaderElection.enabled");
      String why = le == null ? c.contract().operator() + " does not elect a leader (contract)"
          : le.enabledFlag() == null && key != null ? "leader election is off (" + op.configValue(c.contract(), "leaderElection.enabled")
              .map(s -> "config file key " + key + ": " + s.value()).orElse("the config file does not set " + key) + " in "
              + op.configFile() + ")"
          : "leader election is off (" + op.setting(le.enabledFlag()).map(OperatorInstance.Setting::where)
              .orElse("default of " + le.enabledFlag()) + ")";
      f.add(op.workload(), "spec.replicas", replicas + " replicas but " + why + ": "
          + CrossValueRules.REPLICAS_NEED_ELECTION + ".");
    }
  }

  /** What the operator's ServiceAccount may not do with its lock: "update configmaps \"x\"", ... */
  private static List<String> missingAccess(ValidationContext c, OperatorLock lock) {
    OperatorInstance op = lock.operator();
    List<String> missing = new ArrayList<>();
    for (OperatorLock.Resource r : lock.resources()) {
      for (String verb : List.of("get", "update")) {
        if (!c.access().allows(op.user(), verb, r.group(), r.resource(), lock.name(), lock.namespace())) {
          missing.add(verb + " " + r.display() + " \"" + lock.name() + "\"");
        }
      }
      if (!c.access().allows(op.user(), "create", r.group(), r.resource(), "", lock.namespace())) {
        missing.add("create " + r.display());
      }
    }
    return missing;
  }

  private static void lockAccess(ValidationContext c, Findings f) {
    for (OperatorInstance op : c.operators()) {
      OperatorLock.unknownName(c.contract(), op).ifPresent(why -> f.warn(op.workload(), "metadata.name",
          "the name of the lock " + c.contract().operator() + " elects its leader through is unknown (" + why
              + "): MG402, MG404, MG406 and MG407 cannot check it; check the RBAC for that lock by hand."));
    }
    for (OperatorLock lock : locks(c)) {
      OperatorInstance op = lock.operator();
      Access access = c.access();
      List<String> missing = missingAccess(c, lock);
      if (missing.isEmpty()) {
        continue;
      }
      List<Access.GrantedRule> rules = access.rulesFor(op.user(), lock.namespace());
      StringBuilder message = new StringBuilder("ServiceAccount " + lock.namespace() + "/" + op.serviceAccount()
          + " cannot " + String.join(", ", missing) + " in namespace " + lock.namespace() + ", but the operator elects its"
          + " leader through the " + lock.describe() + ", so no replica can ever lead.");
      String writtenFor = writtenFor(rules, lock);
      if (writtenFor != null) {
        message.append(" The RBAC is written for ").append(writtenFor).append(" instead: set leaderElection.lockName and"
            + " leaderElection.lockType to what the operator uses.");
      } else if (rules.stream().anyMatch(g -> onLock(g.rule(), lock) && !g.rule().getResourceNames().isEmpty()
          && g.rule().getVerbs().contains("create"))) {
        message.append(" create cannot be restricted by resourceNames: grant it in a rule of its own.");
      } else {
        message.append(" Grant get and update on the lock by name, and create, in a Role bound to the ServiceAccount.");
      }
      Access.GrantedRule at = rules.stream().filter(g -> onLock(g.rule(), lock)).findFirst().orElse(null);
      if (at != null) {
        f.add(at.role(), at.path(), message.toString());
      } else {
        f.add(op.workload(), op.owner().specPath() + ".serviceAccountName", message.toString());
      }
    }
  }

  /** The lock the name-restricted update rules point at, when they point elsewhere than the operator's lock. */
  private static String writtenFor(List<Access.GrantedRule> rules, OperatorLock lock) {
    Set<String> others = new LinkedHashSet<>();
    boolean grantsOwn = false;
    for (Access.GrantedRule g : rules) {
      PolicyRule r = g.rule();
      if (r.getResourceNames() == null || r.getResourceNames().isEmpty() || !r.getVerbs().contains("update")) {
        continue;
      }
      for (OperatorLock.Resource res : List.of(OperatorLock.CONFIG_MAPS, OperatorLock.LEASES)) {
        if (r.getApiGroups().contains(res.group()) && r.getResources().contains(res.resource())) {
          for (String name : r.getResourceNames()) {
            if (name.equals(lock.name()) && lock.resources().contains(res)) {
              grantsOwn = true;
            } else {
              others.add(res.display() + " \"" + name + "\"");
            }
          }
        }
      }
    }
    return others.isEmpty() || grantsOwn ? null : "the lock " + String.join(", ", others);
  }

  private static boolean onLock(PolicyRule r, OperatorLock lock) {
    return lock.resources().stream().anyMatch(res -> r.getApiGroups() != null && r.getResources() != null
        && r.getApiGroups().contains(res.group()) && r.getResources().contains(res.resource()));
  }

  /**
   * Rules that grant update on a lock by name, naming another lock than the operator's: the RBAC (and
   * what was rendered with it) is written for a lock the operator never uses. Where the operator
   * cannot use its own lock at all, MG402 says so instead.
   */
  private static void namedLocks(ValidationContext c, Findings f) {
    Set<String> reported = new LinkedHashSet<>();
    for (OperatorLock lock : locks(c)) {
      if (!missingAccess(c, lock).isEmpty()) {
        continue;
      }
      OperatorInstance op = lock.operator();
      LeaderElection le = c.contract().leaderElection();
      String uses = le.idFlag() == null || le.lockTypeFlag() == null
          ? CrossValueRules.lockSentence(c.contract().operator(), le)
          : "the operator elects its leader through the " + lock.describe();
      for (Access.GrantedRule g : c.access().rulesFor(op.user(), lock.namespace())) {
        PolicyRule r = g.rule();
        if (r.getResourceNames() == null || r.getResourceNames().isEmpty() || r.getVerbs() == null
            || !(r.getVerbs().contains("update") || r.getVerbs().contains("*"))) {
          continue;
        }
        if (r.getResourceNames().contains(lock.name()) && onLock(r, lock)) {
          continue; // a rule for the lock; other names beside it are MG404's
        }
        for (OperatorLock.Resource res : List.of(OperatorLock.CONFIG_MAPS, OperatorLock.LEASES)) {
          if (r.getApiGroups() == null || r.getResources() == null || !r.getApiGroups().contains(res.group())
              || !r.getResources().contains(res.resource())) {
            continue;
          }
          for (String name : r.getResourceNames()) {
            if (!reported.add(g.role().describe() + g.path() + res.display() + name)) {
              continue;
            }
            String message = "grants update on the " + res.resource() + " lock \"" + name + "\", but " + uses
                + ": nothing watches that lock, and the RBAC only works because another rule covers the real one.";
            if (op.owner().replicas() > 1) {
              f.add(g.role(), g.path() + ".resourceNames", message);
            } else {
              f.warn(g.role(), g.path() + ".resourceNames", message);
            }
          }
        }
      }
    }
  }

  private static void events(ValidationContext c, Findings f) {
    for (OperatorLock lock : locks(c)) {
      OperatorInstance op = lock.operator();
      List<String> missing = new ArrayList<>();
      for (String verb : List.of("create", "patch")) {
        if (!c.access().allows(op.user(), verb, "", "events", "", op.namespace())) {
          missing.add(verb);
        }
      }
      if (!missing.isEmpty()) {
        f.add(op.workload(), op.owner().specPath() + ".serviceAccountName", "ServiceAccount " + op.namespace() + "/"
            + op.serviceAccount() + " cannot " + String.join(" or ", missing) + " events in namespace " + op.namespace()
            + ", which the leader election records its transitions with: grant events create and patch in the"
            + " leader-election Role.");
      }
    }
  }

  private static void exactNames(ValidationContext c, Findings f) {
    Set<String> reported = new LinkedHashSet<>();
    for (OperatorLock lock : locks(c)) {
      OperatorInstance op = lock.operator();
      for (Access.GrantedRule g : c.access().rulesFor(op.user(), lock.namespace())) {
        List<String> names = g.rule().getResourceNames();
        if (!onLock(g.rule(), lock) || names == null || !names.contains(lock.name()) || names.size() == 1) {
          continue;
        }
        List<String> others = names.stream().filter(n -> !n.equals(lock.name())).distinct().toList();
        if (!others.isEmpty() && reported.add(g.role().describe() + g.path())) {
          f.add(g.role(), g.path() + ".resourceNames", "names " + others + " besides the lock \"" + lock.name()
              + "\": the leader-election rule should name exactly the lock.");
        }
      }
    }
  }

  private static void timings(ValidationContext c, Findings f) {
    for (OperatorLock lock : locks(c)) {
      OperatorInstance op = lock.operator();
      LeaderElection.Timings t = c.contract().leaderElection().timings();
      Timing lease = Timing.of(c.contract(), op, "leaseDuration", t.leaseDuration(), t.leaseDurationFlag());
      Timing renew = Timing.of(c.contract(), op, "renewDeadline", t.renewDeadline(), t.renewDeadlineFlag());
      Timing retry = Timing.of(c.contract(), op, "retryPeriod", t.retryPeriod(), t.retryPeriodFlag());
      if (lease.nanos == null || renew.nanos == null || retry.nanos == null) {
        continue; // a value that is not a duration is MG502's
      }
      if (lease.nanos.compareTo(renew.nanos) <= 0) {
        report(f, op, lease.setting != null ? lease : renew, "leaseDuration " + lease.text + ", renewDeadline " + renew.text
            + ": " + CrossValueRules.LEASE_OVER_RENEW + ".");
      } else if (renew.nanos.compareTo(retry.nanos.multiply(JITTER)) <= 0) {
        report(f, op, retry.setting != null ? retry : renew, "renewDeadline " + renew.text + ", retryPeriod " + retry.text
            + ": " + CrossValueRules.RENEW_OVER_RETRY + ".");
      }
    }
  }

  private static void report(Findings f, OperatorInstance op, Timing at, String message) {
    if (at.setting != null) {
      f.add(at.setting.object(), at.setting.path(), at.setting.line(), message);
    } else {
      f.add(op.workload(), op.containerPath(), message);
    }
  }

  /** One timing's effective value and where it was set. */
  private record Timing(String text, BigDecimal nanos, OperatorInstance.Setting setting) {
    static Timing of(OperatorContract contract, OperatorInstance op, String what, String builtIn, String flag) {
      String text = OperatorLock.timing(contract, op, builtIn, flag);
      return new Timing(text, text == null ? null : FlagValues.durationNanos(text),
          flag == null ? null : op.setting(flag).orElse(null));
    }
  }

  private static void sharedLocks(ValidationContext c, Findings f) {
    Map<String, OperatorLock> first = new HashMap<>();
    Set<String> reported = new LinkedHashSet<>();
    for (OperatorLock lock : locks(c)) {
      OperatorInstance op = lock.operator();
      for (OperatorLock.Resource r : lock.resources()) {
        String key = lock.namespace() + "/" + r.display() + "/" + lock.name();
        OperatorLock other = first.putIfAbsent(key, lock);
        if (other == null || other.operator().workload().describe().equals(op.workload().describe())
            || !reported.add(op.workload().describe())) {
          continue;
        }
        String fix = c.contract().leaderElection().idFlag() != null
            ? "give each installation its own lock name (leaderElection.lockName, passed through --"
                + c.contract().leaderElection().idFlag() + ")"
            : "install them in different namespaces: " + c.contract().operator()
                + " has no flag for its lock name, so two installations in one namespace always share it";
        f.add(op.workload(), "metadata.name", "elects its leader through " + r.display() + " \"" + lock.name()
            + "\" in namespace " + lock.namespace() + ", the same lock as " + other.operator().workload().describe()
            + ": only one of the two installations would ever run; " + fix + ".");
      }
    }
  }
}
