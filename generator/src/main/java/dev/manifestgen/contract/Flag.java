package dev.manifestgen.contract;

import java.util.List;

/**
 * One command-line flag, or one setting read only from the environment.
 *
 * @param name the flag's name, without dashes; for an environment-only setting, the variable's name
 * @param type its pflag type (the closest one for other libraries' types)
 * @param defaultValue the default as pflag prints it (Go's String() of the value); null when unknown
 * @param hidden marked hidden (MarkHidden), still accepted
 * @param env the environment variables the flag library itself reads for this flag (kong's {@code env},
 *     urfave/cli's {@code EnvVars}, go-arg's {@code env:}), in the order the library tries them; empty when none
 * @param library the library that registers the flag, when the operator's own source does not declare it
 *     ({@code go.uber.org/zap via controller-runtime's zap.Options.BindFlags}); null for the operator's own flags
 * @param envOnly a setting read only from the environment (envconfig, caarlos0/env): not a command-line flag
 * @param shorthand pflag's one-letter shorthand ({@code BoolVarP(&x, "leader-elect", "l", ...)}: {@code -l}); null when none
 */
public record Flag(String name, FlagType type, String defaultValue, boolean hidden, List<String> env, String library,
    boolean envOnly, String shorthand) {

  public Flag {
    env = env == null ? List.of() : List.copyOf(env);
  }

  public Flag(String name, FlagType type, String defaultValue, boolean hidden, List<String> env, String library,
      boolean envOnly) {
    this(name, type, defaultValue, hidden, env, library, envOnly, null);
  }

  public Flag(String name, FlagType type, String defaultValue, boolean hidden) {
    this(name, type, defaultValue, hidden, List.of(), null, false);
  }
}
