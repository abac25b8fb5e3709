package dev.manifestgen.values;

import dev.manifestgen.contract.LeaderElection;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.WebhookServer;
import dev.manifestgen.yaml.YamlException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults the operator contract decides: the lock's name and type, the lease timings (what the
 * code fixes, or its flags' defaults) and the webhook server's port. config/values.yaml writes the
 * default operator's values for readers; the contract a chart or manifest is built for replaces them.
 */
public final class ContractDefaults {
  private ContractDefaults() {}

  public static Map<String, Object> of(OperatorContract contract) {
    Map<String, Object> d = new LinkedHashMap<>();
    LeaderElection le = contract.leaderElection();
    if (le != null) {
      if (le.id() != null) {
        d.put("leaderElection.lockName", le.id());
      }
      d.put("leaderElection.lockType", le.lockType());
      LeaderElection.Timings t = le.timings();
      putIfSet(d, "leaderElection.leaseDuration", t.leaseDuration());
      putIfSet(d, "leaderElection.renewDeadline", t.renewDeadline());
      putIfSet(d, "leaderElection.retryPeriod", t.retryPeriod());
    }
    WebhookServer server = contract.webhookServer();
    if (server != null && server.port() != null) {
      d.put("webhook.port", server.port().longValue());
    }
    return d;
  }

  private static void putIfSet(Map<String, Object> d, String key, String value) {
    if (value != null) {
      d.put(key, value);
    }
  }

  /** The definitions with the contract's defaults. */
  public static ValueDefinitions apply(ValueDefinitions definitions, OperatorContract contract) throws YamlException {
    return contract == null ? definitions : definitions.withDefaults(of(contract));
  }
}
