package dev.manifestgen.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server process on a loopback port, stopped (with its children) by close(). */
final class LoopbackServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  private final Path log;

  private LoopbackServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Python's http.server serving a directory, as a static chart repository or a download site. */
  static LoopbackServer http(Path directory) {
    int port = FreePorts.next();
    return start(List.of("python3", "-m", "http.server", String.valueOf(port), "--bind", "127.0.0.1",
        "--directory", directory.toString()), port, "http.server");
  }

  /** The CNCF distribution registry (Debian's docker-registry) storing into a directory of its own. */
  static LoopbackServer ociRegistry(Path binary, Path storage) throws IOException {
    int port = FreePorts.next();
    Files.createDirectories(storage);
    Path config = storage.resolve("config.yml");
    Files.writeString(config, "version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: "
        + storage.resolve("data") + "\nhttp:\n  addr: 127.0.0.1:" + port + "\n");
    return start(List.of(binary.toString(), "serve", config.toString()), port, "docker-registry");
  }

  private static LoopbackServer start(List<String> command, int port, String name) {
    try {
      Path log = Files.createTempFile("e2e-" + name, ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      LoopbackServer server = new LoopbackServer(process, port, log);
      if (!Poll.holdsWithin(START_TIMEOUT, () -> !process.isAlive() || server.accepts())) {
        server.close();
        throw new IllegalStateException(name + " did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT);
      }
      if (!process.isAlive()) {
        String output = Files.readString(log);
        server.close();
        throw new IllegalStateException(name + " exited at start:\n" + output);
      }
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command, e);
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** host:port, as oci:// references name a registry. */
  String hostPort() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() {
    Processes.kill(process);
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // a leftover log in the temp dir is harmless
    }
  }
}
