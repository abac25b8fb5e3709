package dev.manifestgen.render;

import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's flags that receive the values the contract says a flag controls, as templates see
 * them ({@code operator.lock_name_flag}, ...): "" when the operator has no such flag and fixes the
 * setting in its code. The Renderer passes them in; the chart compiler writes them in as constants,
 * since a chart is compiled for one operator.
 */
public record OperatorFlags(String lockName, String lockType, String leaseDuration, String renewDeadline,
    String retryPeriod, String webhookPort) {

  /** An operator with none of these flags. */
  public static final OperatorFlags NONE = new OperatorFlags("", "", "", "", "", "");

  /** The names templates read, by template field name. */
  public static final java.util.List<String> FIELDS = java.util.List.of("lock_name_flag", "lock_type_flag",
      "lease_duration_flag", "renew_deadline_flag", "retry_period_flag", "webhook_port_flag");

  public static OperatorFlags of(OperatorContract contract) {
    if (contract == null) {
      return NONE;
    }
    LeaderElection le = contract.leaderElection();
    LeaderElection.Timings t = le == null ? null : le.timings();
    return new OperatorFlags(le == null ? "" : orEmpty(le.idFlag()), le == null ? "" : orEmpty(le.lockTypeFlag()),
        t == null ? "" : orEmpty(t.leaseDurationFlag()), t == null ? "" : orEmpty(t.renewDeadlineFlag()),
        t == null ? "" : orEmpty(t.retryPeriodFlag()),
        contract.webhookServer() == null ? "" : orEmpty(contract.webhookServer().portFlag()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** By template field name. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lock_name_flag", lockName);
    m.put("lock_type_flag", lockType);
    m.put("lease_duration_flag", leaseDuration);
    m.put("renew_deadline_flag", renewDeadline);
    m.put("retry_period_flag", retryPeriod);
    m.put("webhook_port_flag", webhookPort);
    return m;
  }
}
