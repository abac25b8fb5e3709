package dev.manifestgen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes outputs so that a failure leaves every existing output as it was, and so that writing
 * never changes what kind of thing an output is:
 *
 * <ul>
 *   <li>a regular file is replaced by a rename of a temporary file written next to it, which
 *       first takes the old file's mode, owner and group; all files are written before any is
 *       renamed;
 *   <li>a symbolic link is followed: its target is written, the link stays;
 *   <li>anything else (a device, a fifo) and a file with several hard links or whose owner cannot
 *       be kept is written through in place, since a rename would replace it;
 *   <li>a directory output keeps its directory: each file in it is replaced by its own rename,
 *       so at no moment is a file missing, then the files no longer generated are deleted.
 * </ul>
 *
 * Every failure is an IOException whose message names the user's path, never a temporary file.
 * Temporary files are deleted on any exit, an interrupt (SIGINT) included.
 */
public final class OutputFiles {
  private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
  private static final Thread CLEANER = new Thread(OutputFiles::deleteTemporaries, "output-files-cleaner");

  static {
    Runtime.getRuntime().addShutdownHook(CLEANER);
  }

  private final List<Staged> staged = new ArrayList<>();
  private final List<Pruned> pruned = new ArrayList<>();

  /** One file to write: by renaming temporary over target, or (temporary null) through target in place. */
  private record Staged(Path shown, Path target, Path temporary, byte[] content) {}

  /** A directory output: after the commit it holds exactly these relative paths. */
  private record Pruned(Path shown, Path directory, Set<String> keep) {}

  /** Stages one file; {@code target} is how the user named it (for messages). */
  public OutputFiles file(Path target, String content) throws IOException {
    return file(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Stages one file of any bytes (an archive). */
  public OutputFiles file(Path target, byte[] content) throws IOException {
    try {
      if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
        // Not a file (a device, fifo or pipe), possibly behind links whose last one names no path, as
        // /dev/stdout -> /proc/self/fd/1 -> pipe:[N]: opening the path as given follows them to it.
        staged.add(new Staged(target, target, null, content));
        return this;
      }
      stage(target, resolve(target), content);
    } catch (IOException e) {
      abort();
      throw e;
    }
    return this;
  }

  /** Stages a whole directory: afterwards it holds exactly these files (relative path to content). */
  public OutputFiles directory(Path target, Map<String, String> files) throws IOException {
    try {
      Path dir = resolve(target);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new IOException(target + ": exists and is not a directory");
      }
      for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
        Path shown = target.resolve(f.getKey());
        Path file = dir.resolve(f.getKey());
        makeDirectories(shown, file.getParent());
        // A path inside the directory that is a link leads outside it: replace the link itself.
        stage(shown, Files.isSymbolicLink(file) ? file : resolve(file), f.getValue().getBytes(StandardCharsets.UTF_8));
      }
      pruned.add(new Pruned(target, dir, new TreeSet<>(files.keySet())));
    } catch (IOException e) {
      abort();
      throw e;
    }
    return this;
  }

  /** Replaces every target by its staged version, then deletes files a directory output no longer has. */
  public void commit() throws IOException {
    try {
      for (Staged s : staged) {
        if (s.temporary() == null) {
          writeThrough(s);
        } else {
          move(s);
        }
      }
      for (Pruned p : pruned) {
        prune(p);
      }
    } finally {
      abort();
    }
  }

  /** Deletes whatever is still staged. */
  public void abort() {
    for (Staged s : staged) {
      if (s.temporary() != null) {
        try {
          Files.deleteIfExists(s.temporary());
        } catch (IOException ignored) {
          // Best effort: a leftover temporary file never replaces an output.
        }
        TEMPORARIES.remove(s.temporary());
      }
    }
    staged.clear();
    pruned.clear();
  }

  /** The file a path names: a symbolic link's final target (even if that does not exist yet). */
  static Path resolve(Path target) throws IOException {
    Path p = target.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new IOException(target + ": too many levels of symbolic links");
      }
      p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
    }
    Path parent = p.getParent();
    if (parent != null && Files.isDirectory(parent)) {
      p = parent.toRealPath().resolve(p.getFileName());
    }
    return p;
  }

  private void stage(Path shown, Path target, byte[] bytes) throws IOException {
    boolean link = Files.isSymbolicLink(target); // only a link inside a directory output: it is replaced
    if (!link && Files.isDirectory(target)) {
      throw new IOException(shown + ": is a directory");
    }
    if (!link && Files.exists(target) && !Files.isRegularFile(target)) {
      staged.add(new Staged(shown, target, null, bytes)); // a device or fifo: written through at commit
      return;
    }
    makeDirectories(shown, target.getParent());
    PosixFileAttributes old = link ? null : attributes(target);
    if (old != null && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && ((Number) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1) {
      staged.add(new Staged(shown, target, null, bytes)); // a rename would split the hard links
      return;
    }
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
    TEMPORARIES.add(tmp);
    staged.add(new Staged(shown, target, tmp, bytes));
    try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(bytes);
    } catch (IOException e) {
      throw failure(shown, "cannot write", e);
    }
    if (old != null && !keep(tmp, old)) {
      // The owner cannot be kept (not root): write the file in place rather than take it over.
      staged.set(staged.size() - 1, new Staged(shown, target, null, bytes));
      Files.deleteIfExists(tmp);
      TEMPORARIES.remove(tmp);
    }
  }

  private static PosixFileAttributes attributes(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    return view == null ? null : view.readAttributes();
  }

  /** Gives tmp the old file's mode, owner and group; false when the owner or group cannot be kept. */
  private static boolean keep(Path tmp, PosixFileAttributes old) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
    } catch (IOException e) {
      return false;
    }
    view.setPermissions(old.permissions());
    return true;
  }

  private static void move(Staged s) throws IOException {
    try {
      try {
        Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(s.temporary(), s.target(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(s.shown(), "cannot replace", e);
    }
    TEMPORARIES.remove(s.temporary());
  }

  /** Writes into the existing file (truncating a regular one), checking the write and the close. */
  private static void writeThrough(Staged s) throws IOException {
    boolean regular = Files.isRegularFile(s.target(), LinkOption.NOFOLLOW_LINKS);
    StandardOpenOption[] options = regular
        ? new StandardOpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING}
        : new StandardOpenOption[] {StandardOpenOption.WRITE};
    try (OutputStream out = Files.newOutputStream(s.target(), options)) {
      out.write(s.content());
    } catch (IOException e) {
      throw failure(s.shown(), "cannot write", e);
    }
  }

  /**
   * Deletes what a directory output no longer generates, then directories left empty. Another run
   * writing the same outputs at the same time (two {@code generate --all} in one checkout) has its
   * temporary files here for a moment and renames or deletes them itself: they are left alone, and
   * a file that vanishes while the directory is read is simply gone. Both runs write the same files,
   * so whichever renames last leaves the same tree.
   */
  private static void prune(Pruned p) throws IOException {
    List<Path> stale = new ArrayList<>();
    Files.walkFileTree(p.directory(), new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
        if (!dir.equals(p.directory())) {
          String relative = p.directory().relativize(dir).toString().replace('\\', '/');
          if (p.keep().stream().noneMatch(k -> k.startsWith(relative + "/"))) {
            stale.add(dir);
            return java.nio.file.FileVisitResult.SKIP_SUBTREE;
          }
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
        String relative = p.directory().relativize(f).toString().replace('\\', '/');
        if (!p.keep().contains(relative) && !isTemporary(f)) {
          stale.add(f);
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE; // renamed or deleted by another run meanwhile
        }
        throw e;
      }
    });
    stale.sort(Comparator.comparing(Path::getNameCount).reversed());
    for (Path f : stale) {
      try {
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
          deleteTree(f);
        } else {
          Files.deleteIfExists(f);
        }
      } catch (NoSuchFileException gone) {
        // deleted by another run meanwhile
      } catch (IOException e) {
        throw failure(p.shown().resolve(p.directory().relativize(f)), "cannot delete", e);
      }
    }
  }

  /** A temporary file as {@link #stage} names them: ".NAME.tmp-UUID". */
  private static final java.util.regex.Pattern TEMPORARY =
      java.util.regex.Pattern.compile("\\..+\\.tmp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  static boolean isTemporary(Path f) {
    return TEMPORARY.matcher(f.getFileName().toString()).matches();
  }

  private static void makeDirectories(Path shown, Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw failure(shown, "cannot create its directory", e);
    }
  }

  /** One line naming the user's path and the reason, whatever the exception named. */
  static IOException failure(Path shown, String what, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof DirectoryNotEmptyException) {
      reason = "directory not empty";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    IOException out = new IOException(shown + ": " + what + ": " + reason.replaceAll("\\s*\\n\\s*", " "));
    out.initCause(e);
    return out;
  }

  private static void deleteTemporaries() {
    for (Path p : TEMPORARIES) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // The JVM is exiting; nothing more can be done.
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
