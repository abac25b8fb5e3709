package dev.manifestgen.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external commands with a deadline, capturing their output. */
final class Processes {
  private Processes() {}

  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }

    String describe() {
      return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }

  static Result run(List<String> command, Map<String, String> env, Duration timeout) {
    return run(command, env, timeout, false);
  }

  /** With {@code showProgress}, the command's stderr goes straight to ours (and is not captured). */
  static Result run(List<String> command, Map<String, String> env, Duration timeout, boolean showProgress) {
    try {
      Path out = Files.createTempFile("e2e-out", ".txt");
      Path err = Files.createTempFile("e2e-err", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
            .redirectError(showProgress ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.to(err.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          kill(process);
          throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
        }
        return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }

  /** Terminates a process and its descendants: politely, then forcibly after a grace period. */
  static void kill(Process process) {
    List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }
}
