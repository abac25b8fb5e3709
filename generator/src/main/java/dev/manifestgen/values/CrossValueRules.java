package dev.manifestgen.values;

import dev.manifestgen.contract.FlagValues;
import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.WebhookServer;
import dev.manifestgen.yaml.HelmNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules between values, and between values and what the operator fixes in its code: the one
 * source of each rule and of its sentence. {@link ValuesLoader} refuses values that break one (what
 * {@code generate} and the chart's {@code fail} say), the chart compiler writes each as a Go template
 * check and, where JSON Schema can say it, into values.schema.json, and {@code validate} reports the
 * same sentence when it finds the same mistake in a manifest.
 *
 * <p>What the contract fixes: an operator without a flag for its lock's name or type, a lease timing
 * or its webhook server's port always uses the value in its code, so the value must equal it.
 */
public final class CrossValueRules {
  /** The sentence MG401 and the replicas check share. */
  public static final String REPLICAS_NEED_ELECTION = "replicas > 1 needs leaderElection.enabled=true: without a"
      + " leader every replica would reconcile the same resources";
  /** The sentences MG405 and the timing checks share. */
  public static final String LEASE_OVER_RENEW = "the lease duration must be greater than the renew deadline, or the"
      + " operator refuses to start";
  public static final String RENEW_OVER_RETRY = "the renew deadline must be greater than 1.2 x the retry period, or"
      + " the operator refuses to start";

  /**
   * One rule.
   *
   * @param keys the values it reads, in the order messages name them
   * @param broken whether a set of values breaks it
   * @param sentence what is wrong and why, the same wherever it is reported
   * @param goCondition the Go template condition that is true when the chart's values break it
   * @param schema JSON Schema subschemas that refuse what it refuses (all must hold); empty when Schema cannot say it
   */
  public record Rule(List<String> keys, Predicate<Function<String, Object>> broken, String sentence,
      String goCondition, List<Map<String, Object>> schema) {}

  /** A broken rule: the keys it reads and its sentence. */
  public record Violation(List<String> keys, String sentence) {}

  private final List<Rule> rules = new ArrayList<>();

  /** The longest duration Go's time.ParseDuration accepts: an int64 of nanoseconds. */
  public static final String LONGEST_DURATION = "2562047h47m16.854775807s";
  public static final String DURATION_TOO_LONG = "longer than Go's time.ParseDuration accepts (at most " + LONGEST_DURATION
      + "): the operator cannot read it and does not start";

  /**
   * The rules for an operator and the values' own limits JSON Schema cannot say (a duration's
   * length); a null contract gives only the rules between values.
   */
  public CrossValueRules(OperatorContract contract, ValueDefinitions definitions) {
    this(contract);
    durations(definitions.root());
  }

  private void durations(ValueDefinition d) {
    if (d.type() == ValueType.STRING && d.format() == ValueFormat.DURATION) {
      String path = d.path();
      // float64 in the chart: it cannot tell the last ~2 microseconds below the bound from it.
      rules.add(new Rule(List.of(path), v -> v.apply(path) instanceof String s && FlagValues.durationNanos(s) == null
          && s.matches(ValueFormat.DURATION.regex()), DURATION_TOO_LONG,
          "ge (include \"" + NANOSECONDS_DEFINE + "\" " + goValue(path) + " | float64) 9.223372036854775807e18",
          List.of()));
    }
    d.properties().values().forEach(this::durations);
  }

  /** .Values.a.b, through index where a key is not a Go identifier (config.ca-cert-validity). */
  private static String goValue(String path) {
    String expr = ".Values";
    for (String part : path.split("\\.")) {
      expr = part.matches("[A-Za-z_][A-Za-z0-9_]*") ? expr + "." + part : "(index " + expr + " " + goString(part) + ")";
    }
    return expr;
  }

  /** The rules for an operator; a null contract gives only the rules between values. */
  public CrossValueRules(OperatorContract contract) {
    rules.add(replicasNeedElection());
    LeaderElection le = contract == null ? null : contract.leaderElection();
    if (le != null) {
      lock(contract.operator(), le).ifPresent(rules::add);
      LeaderElection.Timings t = le.timings();
      fixedTiming(contract.operator(), "leaseDuration", "lease duration", t.leaseDuration(), t.leaseDurationFlag());
      fixedTiming(contract.operator(), "renewDeadline", "renew deadline", t.renewDeadline(), t.renewDeadlineFlag());
      fixedTiming(contract.operator(), "retryPeriod", "retry period", t.retryPeriod(), t.retryPeriodFlag());
      if (t.leaseDurationFlag() != null || t.renewDeadlineFlag() != null || t.retryPeriodFlag() != null) {
        rules.add(timingOrder("leaseDuration", "renewDeadline", BigDecimal.ONE, LEASE_OVER_RENEW));
        rules.add(timingOrder("renewDeadline", "retryPeriod", new BigDecimal("1.2"), RENEW_OVER_RETRY));
      }
    }
    WebhookServer server = contract == null ? null : contract.webhookServer();
    if (server != null && server.portFlag() == null && server.port() != null) {
      long port = server.port();
      rules.add(new Rule(List.of("webhook.port"), v -> !Long.valueOf(port).equals(asLong(v.apply("webhook.port"))),
          webhookPortSentence(contract.operator(), port), "ne (int64 .Values.webhook.port) " + port,
          List.of(at("webhook.port", Map.of("const", port)))));
    }
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The rules the values break, in rule order. */
  public List<Violation> check(Function<String, Object> values) {
    List<Violation> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.broken().test(values)) {
        out.add(new Violation(r.keys(), r.sentence()));
      }
    }
    return out;
  }

  /** The sentence for a lock that differs from the one an operator without flags for it always uses. */
  public static String lockSentence(String operator, LeaderElection le) {
    boolean name = le.idFlag() == null && le.id() != null;
    boolean type = le.lockTypeFlag() == null;
    if (name && type) {
      return operator + " has no flag for its lock's name or type: it always elects its leader through the "
          + le.lockType() + " lock \"" + le.id() + "\"";
    }
    if (name) {
      return operator + " has no flag for its lock's name: it always names its lock \"" + le.id() + "\"";
    }
    return operator + " has no flag for its lock's type: it always elects its leader through a " + le.lockType()
        + " lock";
  }

  public static String webhookPortSentence(String operator, long port) {
    return operator + " has no flag for its webhook server's port: it always listens on " + port;
  }

  private static Rule replicasNeedElection() {
    Map<String, Object> manyReplicas = at("replicas", Map.of("minimum", 2));
    Map<String, Object> electionOn = at("leaderElection.enabled", Map.of("const", true));
    Map<String, Object> electionOff = at("leaderElection.enabled", Map.of("const", false));
    Map<String, Object> oneReplica = at("replicas", Map.of("maximum", 1));
    // Stated from both sides, so that a validator reporting the failed "then" names both keys.
    return new Rule(List.of("replicas", "leaderElection.enabled"),
        v -> asLong(v.apply("replicas")) > 1 && Boolean.FALSE.equals(v.apply("leaderElection.enabled")),
        REPLICAS_NEED_ELECTION, "and (gt (int64 .Values.replicas) 1) (not .Values.leaderElection.enabled)",
        List.of(ifThen(manyReplicas, electionOn), ifThen(electionOff, oneReplica)));
  }

  private static java.util.Optional<Rule> lock(String operator, LeaderElection le) {
    List<String> keys = new ArrayList<>();
    List<String> go = new ArrayList<>();
    List<Map<String, Object>> schema = new ArrayList<>();
    // a lock name computed in code (id null) cannot be checked here: validate says so (MG402)
    if (le.idFlag() == null && le.id() != null) {
      keys.add("leaderElection.lockName");
      go.add("(ne .Values.leaderElection.lockName " + goString(le.id()) + ")");
      schema.add(at("leaderElection.lockName", Map.of("const", le.id())));
    }
    if (le.lockTypeFlag() == null) {
      keys.add("leaderElection.lockType");
      go.add("(ne .Values.leaderElection.lockType " + goString(le.lockType()) + ")");
      schema.add(at("leaderElection.lockType", Map.of("const", le.lockType())));
    }
    if (keys.isEmpty()) {
      return java.util.Optional.empty();
    }
    String name = le.id();
    String type = le.lockType();
    Predicate<Function<String, Object>> broken = v -> le.idFlag() == null && name != null && !name.equals(v.apply("leaderElection.lockName"))
        || le.lockTypeFlag() == null && !type.equals(v.apply("leaderElection.lockType"));
    return java.util.Optional.of(new Rule(List.copyOf(keys), broken, lockSentence(operator, le),
        go.size() == 1 ? go.get(0).substring(1, go.get(0).length() - 1) : "or " + String.join(" ", go), schema));
  }

  private void fixedTiming(String operator, String key, String what, String value, String flag) {
    if (flag != null || value == null) {
      return;
    }
    String path = "leaderElection." + key;
    rules.add(new Rule(List.of(path), v -> !value.equals(v.apply(path)),
        operator + " has no flag for its " + what + ": it always uses " + value,
        "ne .Values." + path + " " + goString(value), List.of(at(path, Map.of("const", value)))));
  }

  /** longer > factor x shorter, on Go durations; the chart compares them through a nanoseconds helper. */
  private static Rule timingOrder(String longer, String shorter, BigDecimal factor, String sentence) {
    String a = "leaderElection." + longer;
    String b = "leaderElection." + shorter;
    Predicate<Function<String, Object>> broken = v -> {
      BigDecimal x = nanos(v.apply(a));
      BigDecimal y = nanos(v.apply(b));
      return x != null && y != null && x.compareTo(y.multiply(factor)) <= 0;
    };
    // 5 x renew > 6 x retry: whole numbers, no rounding of 1.2 in float64
    long[] scale = factor.compareTo(BigDecimal.ONE) == 0 ? new long[] {1, 1} : new long[] {5, 6};
    String go = "le (mulf " + scale[0] + " (include \"" + NANOSECONDS_DEFINE + "\" .Values." + a + " | float64)) (mulf "
        + scale[1] + " (include \"" + NANOSECONDS_DEFINE + "\" .Values." + b + " | float64))";
    return new Rule(List.of(a, b), broken, sentence, go, List.of());
  }

  /** Name of the chart's helper that reads a Go duration as nanoseconds (see {@link #goHelpers}). */
  public static final String NANOSECONDS_DEFINE = "manifest-gen.durationNanoseconds";

  /**
   * The chart's template of checks: each rule's condition with its sentence as {@code fail}, and the
   * helper that reads Go durations (time.ParseDuration's units) for the timing rules.
   */
  public String goTemplate() {
    StringBuilder out = new StringBuilder();
    if (rules.stream().anyMatch(r -> r.goCondition().contains(NANOSECONDS_DEFINE))) {
      out.append("{{- define \"").append(NANOSECONDS_DEFINE).append("\" -}}\n")
          .append("{{- $units := dict \"ns\" 1.0 \"us\" 1e3 \"µs\" 1e3 \"μs\" 1e3 \"ms\" 1e6 \"s\" 1e9 \"m\" 6e10 \"h\" 3.6e12 -}}\n")
          .append("{{- $total := 0.0 -}}\n")
          .append("{{- range $part := regexFindAll \"[0-9]*[.]?[0-9]*(ns|us|µs|μs|ms|s|m|h)\" . -1 -}}\n")
          .append("{{- $number := regexFind \"^[0-9]*[.]?[0-9]*\" $part -}}\n")
          .append("{{- $total = addf $total (mulf (float64 $number) (get $units (trimPrefix $number $part))) -}}\n")
          .append("{{- end -}}\n")
          .append("{{- $total -}}\n")
          .append("{{- end -}}\n");
    }
    for (Rule r : rules) {
      out.append("{{- if ").append(r.goCondition()).append(" }}\n")
          .append("{{- fail ").append(goString(failMessage(r))).append(" }}\n")
          .append("{{- end }}\n");
    }
    return out.toString();
  }

  /** The chart's fail message: the keys, then the sentence. */
  public static String failMessage(Rule r) {
    return String.join(", ", r.keys()) + ": " + r.sentence();
  }

  /** The JSON Schema subschemas of every rule that Schema can say, for values.schema.json's allOf. */
  public List<Map<String, Object>> schema() {
    List<Map<String, Object>> all = new ArrayList<>();
    rules.forEach(r -> all.addAll(r.schema()));
    return all;
  }

  private static Map<String, Object> ifThen(Map<String, Object> condition, Map<String, Object> then) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("if", condition);
    s.put("then", then);
    return s;
  }

  /** A schema that puts {@code leaf} on the value at a dotted path (and requires the path, so "if" is not vacuous). */
  private static Map<String, Object> at(String path, Map<String, Object> leaf) {
    String[] parts = path.split("\\.");
    Map<String, Object> schema = leaf;
    for (int i = parts.length - 1; i >= 0; i--) {
      Map<String, Object> outer = new LinkedHashMap<>();
      outer.put("properties", Map.of(parts[i], schema));
      outer.put("required", List.of(parts[i]));
      schema = outer;
    }
    return schema;
  }

  private static String goString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static long asLong(Object v) {
    return v instanceof Number n ? HelmNumbers.toInt64(n) : 0; // as the chart's int64
  }

  private static BigDecimal nanos(Object v) {
    return v instanceof String s ? FlagValues.durationNanos(s) : null;
  }
}
