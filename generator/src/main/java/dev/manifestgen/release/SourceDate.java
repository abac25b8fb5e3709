package dev.manifestgen.release;

import java.time.Instant;

/**
 * The release's timestamp, from SOURCE_DATE_EPOCH (reproducible-builds.org: seconds since the epoch,
 * normally the last commit's time, `git log -1 --format=%ct`): the archive entries' mtime, the index's
 * created and generated, and the provenance signature's time all come from it, never from the clock.
 */
public final class SourceDate {
  public static final String VARIABLE = "SOURCE_DATE_EPOCH";

  private SourceDate() {}

  /** The instant a SOURCE_DATE_EPOCH value names; IllegalArgumentException with the reason otherwise. */
  public static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(VARIABLE + " is not set: give the release's date as seconds since the epoch"
          + " (make release uses the last commit's: git log -1 --format=%ct)");
    }
    if (!value.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException(VARIABLE + "=" + value + ": expected seconds since 1970-01-01 (an integer)");
    }
    return Instant.ofEpochSecond(Long.parseLong(value));
  }
}
