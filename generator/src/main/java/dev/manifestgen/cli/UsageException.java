package dev.manifestgen.cli;

/** The command was given something it cannot use: exit code 2 with this one-line message. */
public class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
