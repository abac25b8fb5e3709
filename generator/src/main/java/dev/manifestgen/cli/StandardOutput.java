package dev.manifestgen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's standard output for a command's results, remembering the first write that failed
 * (a full disk, a closed pipe, {@code > /dev/full}) so the command can exit 2 naming where its
 * output went instead of reporting success. A PrintWriter alone only knows that something failed.
 */
final class StandardOutput extends FilterOutputStream {
  private IOException failure;

  private StandardOutput() {
    super(new FileOutputStream(FileDescriptor.out));
  }

  /** A writer on standard output and the stream under it that keeps the failure. */
  static StandardOutput open() {
    return new StandardOutput();
  }

  PrintWriter writer() {
    return new PrintWriter(new OutputStreamWriter(this, StandardCharsets.UTF_8), false);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      remember(e);
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      remember(e);
      throw e;
    }
  }

  private void remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
  }

  /**
   * The process's exit status once a command has written its output: {@link ExitCodes#CLOSED_PIPE}
   * when the reader went away (generate | head -1: quiet, the status a shell gives helm, killed by
   * SIGPIPE), {@link ExitCodes#BAD_INPUT} with one line on {@code err} when a write failed, else {@code exit}.
   */
  int exitStatus(PrintWriter out, PrintWriter err, int exit) {
    if (readerWentAway()) {
      return ExitCodes.CLOSED_PIPE;
    }
    String failure = failureMessage(out);
    if (failure != null) {
      err.println("error: " + failure);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    return exit;
  }

  /** Whether a write failed because the reader of the pipe closed it (EPIPE). */
  boolean readerWentAway() {
    return failure != null && isClosedPipe(failure);
  }

  /** An exception, or one of its causes, that is Linux's EPIPE ("Broken pipe"). */
  static boolean isClosedPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && t.getMessage() != null && t.getMessage().endsWith("Broken pipe")) {
        return true;
      }
    }
    return false;
  }

  /** Null when every write succeeded; else one line naming standard output and where it goes. */
  String failureMessage(PrintWriter writer) {
    if (!writer.checkError() && failure == null) {
      return null;
    }
    String reason = failure == null || failure.getMessage() == null ? "write failed" : failure.getMessage();
    return "standard output" + destination() + ": cannot write: " + reason;
  }

  /** Where file descriptor 1 points, as Linux shows it (" (/dev/full)"), or nothing. */
  private static String destination() {
    try {
      Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/1"));
      return " (" + link + ")";
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "";
    }
  }
}
