package dev.manifestgen.cli;

/** Exit codes: 0 success, 1 findings (validation errors, stale files), 2 bad input, 70 internal error. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  /** A bug in manifest-gen (an exception it did not expect); the stack trace follows the message. */
  public static final int INTERNAL_ERROR = 70;
  /** Standard output is a pipe its reader closed (generate | head): what a shell reports for helm, killed by SIGPIPE. */
  public static final int CLOSED_PIPE = 141;

  private ExitCodes() {}
}
