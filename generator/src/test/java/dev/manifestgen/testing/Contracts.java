package dev.manifestgen.testing;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Path;

/** The operator contracts the tests build and check for. */
public final class Contracts {
  /** The committed contract: the Elastic operator 1.3.0, which fixes its lock, timings and webhook port. */
  public static final Path ECK_130 = Repo.root().resolve("config/operator-contract.yaml");
  /**
   * An operator in 1.3.0's shape that takes the lock's name and type, the timings and the webhook port
   * from flags (gosrc/operator-lock-flags): what the tests of leases, multi-locks and custom names use.
   */
  public static final Path LOCK_FLAGS = Repo.root().resolve("generator/src/test/resources/contracts/operator-lock-flags.yaml");

  private Contracts() {}

  /**
   * A copy of a contract file under dir whose webhook server is the given one, written as the
   * contract's YAML says it ({@code {port: 9443, portFlag: null}}).
   */
  public static Path withWebhookServer(Path dir, Path file, String server) {
    try {
      String text = java.nio.file.Files.readString(file);
      String changed = text.replaceFirst("(?m)^webhookServer: .*$", java.util.regex.Matcher.quoteReplacement("webhookServer: " + server));
      Path out = dir.resolve("with-webhook-server-" + file.getFileName());
      java.nio.file.Files.writeString(out, changed);
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static OperatorContract read(Path file) {
    try {
      return ContractYaml.readFile(file, file.getFileName().toString());
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
