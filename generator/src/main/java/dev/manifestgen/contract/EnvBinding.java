package dev.manifestgen.contract;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * viper's AutomaticEnv: a flag can be set from an environment variable named after it, upper-cased,
 * with the key replacer applied and the prefix (SetEnvPrefix) in front.
 *
 * @param prefix the env prefix without its trailing underscore; empty when none
 * @param replacements strings.NewReplacer pairs, old to new
 */
public record EnvBinding(String prefix, Map<String, String> replacements) {
  public EnvBinding {
    replacements = new TreeMap<>(replacements);
  }

  public String variableFor(String flag) {
    String key = flag;
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      key = key.replace(r.getKey(), r.getValue());
    }
    key = key.toUpperCase(Locale.ROOT);
    return prefix.isEmpty() ? key : prefix.toUpperCase(Locale.ROOT) + "_" + key;
  }
}
