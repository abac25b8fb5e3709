package dev.manifestgen.e2e;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's duration syntax as the operator's flags take it ("15s", "1m30s", "500ms"). */
final class GoDuration {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private GoDuration() {}

  static Duration parse(String text) {
    Matcher m = PART.matcher(text);
    long millis = 0;
    int at = 0;
    while (at < text.length() && m.region(at, text.length()).lookingAt()) {
      double amount = Double.parseDouble(m.group(1));
      millis += (long) (amount * switch (m.group(2)) {
        case "ms" -> 1;
        case "s" -> 1_000;
        case "m" -> 60_000;
        default -> 3_600_000;
      });
      at = m.end();
    }
    if (at == 0 || at != text.length()) {
      throw new IllegalArgumentException("not a Go duration: " + text);
    }
    return Duration.ofMillis(millis);
  }
}
