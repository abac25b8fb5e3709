package dev.manifestgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository the tests run in, and throw-away copies of it for tests that write files. */
public final class Repo {
  private static final String OPERATOR_SOURCE = "generator/src/test/resources/gosrc/eck-1.3.0";

  private Repo() {}

  /** The repository root: the nearest directory up from the working directory with config/values.yaml. */
  public static Path root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("config/values.yaml"))) {
        return d;
      }
    }
    throw new IllegalStateException("tests must run inside the repository");
  }

  /**
   * A copy of the project's sources and generated files under dir (config/, templates/, charts/,
   * README.md, and the operator's Go source the CRDs are generated from).
   */
  public static Path copyTo(Path dir) {
    for (String sub : new String[] {"config", "templates", "charts", OPERATOR_SOURCE}) {
      copyTree(root().resolve(sub), dir.resolve(sub));
    }
    try {
      Files.copy(root().resolve("README.md"), dir.resolve("README.md"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  public static void copyTree(Path from, Path to) {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
