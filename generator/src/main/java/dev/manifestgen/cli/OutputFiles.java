package dev.manifestgen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes outputs so that a failure leaves every existing output as it was: everything is first
 * written next to its target under a temporary name, and only when all of it is written are the
 * targets replaced, each by a rename.
 */
public final class OutputFiles {
  private final List<Staged> staged = new ArrayList<>();

  private record Staged(Path temporary, Path target, boolean directory) {}

  /** Stages one file. */
  public OutputFiles file(Path target, String content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      abort();
      throw e;
    }
    staged.add(new Staged(tmp, target, false));
    return this;
  }

  /** Stages a whole directory: afterwards it holds exactly these files (relative path to content). */
  public OutputFiles directory(Path target, Map<String, String> files) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
    staged.add(new Staged(tmp, target, true));
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = tmp.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      abort();
      throw e;
    }
    return this;
  }

  /** Replaces every target by its staged version. */
  public void commit() throws IOException {
    try {
      for (Staged s : staged) {
        if (s.directory()) {
          Path old = null;
          if (Files.exists(s.target())) {
            old = s.target().resolveSibling("." + s.target().getFileName() + ".old-" + UUID.randomUUID());
            Files.move(s.target(), old);
          }
          Files.move(s.temporary(), s.target());
          if (old != null) {
            deleteTree(old);
          }
        } else {
          try {
            Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } finally {
      abort();
    }
  }

  /** Deletes whatever is still staged. */
  public void abort() {
    for (Staged s : staged) {
      try {
        if (Files.exists(s.temporary())) {
          deleteTree(s.temporary());
        }
      } catch (IOException ignored) {
        // Best effort: a leftover temporary file never replaces an output.
      }
    }
    staged.clear();
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      Files.deleteIfExists(root);
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
