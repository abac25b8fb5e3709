package dev.manifestgen.testing;

/**
 * ECK 1.3.0's pod annotation {@code co.elastic.logs/raw}, as DESIGN.md records it: the line the StatefulSet's pod
 * template prints (in the all-in-one and in the chart's output), byte for byte.
 */
public final class EckLogHint {
  private EckLogHint() {}

  public static final String LINE = "co.elastic.logs/raw: \"[{\\\"type\\\":\\\"container\\\",\\\"json.keys_under_root\\\":true,"
      + "\\\"paths\\\":[\\\"/var/log/containers/*${data.kubernetes.container.id}.log\\\"],\\\"processors\\\":["
      + "{\\\"convert\\\":{\\\"mode\\\":\\\"rename\\\",\\\"ignore_missing\\\":true,\\\"fields\\\":[{\\\"from\\\":\\\"error\\\",\\\"to\\\":\\\"_error\\\"}]}},"
      + "{\\\"convert\\\":{\\\"mode\\\":\\\"rename\\\",\\\"ignore_missing\\\":true,\\\"fields\\\":[{\\\"from\\\":\\\"_error\\\",\\\"to\\\":\\\"error.message\\\"}]}},"
      + "{\\\"convert\\\":{\\\"mode\\\":\\\"rename\\\",\\\"ignore_missing\\\":true,\\\"fields\\\":[{\\\"from\\\":\\\"source\\\",\\\"to\\\":\\\"_source\\\"}]}},"
      + "{\\\"convert\\\":{\\\"mode\\\":\\\"rename\\\",\\\"ignore_missing\\\":true,\\\"fields\\\":[{\\\"from\\\":\\\"_source\\\",\\\"to\\\":\\\"event.source\\\"}]}}]}]\"";

  /** The line as it stands in a rendered StatefulSet: under the pod template's annotations, 8 spaces in. */
  public static final String INDENTED = "\n        " + LINE + "\n";
}
