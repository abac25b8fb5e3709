package dev.manifestgen.cli;

import dev.manifestgen.golang.GoModuleCache;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of everything the answer of {@code check} or {@code validate} (of the committed outputs)
 * depends on: the command, the tool itself, where the Go module cache and Go's standard library are
 * looked for, the last release's archive, and every file (path and bytes) under the project's sources
 * and committed outputs. Two trees with the same digest get the same answer from a full run, so a
 * passing one can be remembered ({@link PassedRuns}).
 *
 * <p>The tool is its jar by path, size and modification time, as the JVM's class-data archive checks
 * it (its libraries are named by version in the jar's class path); run from a class directory, every
 * file's path, size and modification time there. There is no digest (null) when a root holds a
 * symbolic link or a special file: check reports those, so such a tree always gets a full check.
 */
final class TreeDigest {
  /** What check and validate read or own in the project: every one of their answers comes from these files. */
  static final List<String> ROOTS = List.of(Project.TEMPLATES, "config", Project.CHART_DIR, Project.OPERATOR_SOURCE,
      Project.README, CheckCommand.LAST_RELEASE);

  private final MessageDigest sha256;

  private TreeDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The digest of the project as {@code command} would see it with {@code lastRelease} (null: the
   * committed one, if any); null when it cannot be known.
   */
  static String of(String command, Project project, Path lastRelease) throws IOException {
    TreeDigest d = new TreeDigest();
    String tool = toolIdentity();
    if (tool == null) {
      return null;
    }
    d.text("command", command);
    d.text("tool", tool);
    d.text("go module cache", GoModuleCache.fromEnvironment().root().toAbsolutePath().toString());
    d.text("GOROOT", String.valueOf(System.getenv("GOROOT")));
    if (lastRelease != null) {
      if (!Files.isRegularFile(lastRelease)) {
        return null; // check reports it
      }
      d.text("--last-release", "");
      d.bytes(Files.readAllBytes(lastRelease));
    }
    for (String root : ROOTS) {
      if (!d.tree(project.root(), root)) {
        return null;
      }
    }
    return HexFormat.of().formatHex(d.sha256.digest());
  }

  /** Every file under {@code relative}, sorted by path; false when one is neither a file nor a directory. */
  private boolean tree(Path projectRoot, String relative) throws IOException {
    Path top = projectRoot.resolve(relative);
    if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
      text("absent", relative);
      return true;
    }
    try (Stream<Path> paths = Files.walk(top)) {
      for (Path p : paths.sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          continue;
        }
        if (!a.isRegularFile()) {
          return false;
        }
        text("file", projectRoot.relativize(p).toString());
        bytes(Files.readAllBytes(p));
      }
    }
    return true;
  }

  private void text(String label, String value) {
    bytes((label + "\0" + value).getBytes(StandardCharsets.UTF_8));
  }

  /** Length-prefixed, so that no two sequences of parts hash alike. */
  private void bytes(byte[] part) {
    long n = part.length;
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha256.update((byte) (n >>> shift));
    }
    sha256.update(part);
  }

  /** The code this class was loaded from: a jar by path, size and time, a class directory file by file. */
  static String toolIdentity() throws IOException {
    Path code;
    try {
      code = Path.of(TreeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException | SecurityException e) {
      return null;
    }
    if (Files.isRegularFile(code)) {
      return stamp(code, code);
    }
    if (!Files.isDirectory(code)) {
      return null;
    }
    StringBuilder s = new StringBuilder(code.toString());
    try (Stream<Path> paths = Files.walk(code)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        s.append('\n').append(stamp(code, p));
      }
    }
    return s.toString();
  }

  private static String stamp(Path base, Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    String name = base.equals(file) ? file.toAbsolutePath().toString() : base.relativize(file).toString();
    return name + " " + a.size() + " " + a.lastModifiedTime().toMillis();
  }
}
