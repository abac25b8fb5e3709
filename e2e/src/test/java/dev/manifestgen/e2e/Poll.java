package dev.manifestgen.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waits: poll a condition until it holds or a deadline passes, never a bare sleep. */
final class Poll {
  private static final Duration INTERVAL = Duration.ofMillis(100);

  private Poll() {}

  /** Waits until the condition holds; fails naming what was awaited when the deadline passes. */
  static void until(Duration timeout, String what, BooleanSupplier condition) {
    if (!holdsWithin(timeout, condition)) {
      throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
    }
  }

  /** Whether the condition comes to hold within the timeout. */
  static boolean holdsWithin(Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      pause(INTERVAL);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
