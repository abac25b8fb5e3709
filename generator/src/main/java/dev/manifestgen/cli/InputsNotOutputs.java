package dev.manifestgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Refuses, before anything is read, to write an output over one of the run's inputs ({@code -f v.yaml -o v.yaml}
 * would replace the user's values with the manifest). Files are compared by what they are, not how they are
 * named: the file key (device and inode) after following symbolic links, so {@code ./x} and {@code x}, a link and
 * its target, and two hard links of one file are the same file. An output that does not exist yet is no input.
 */
final class InputsNotOutputs {
  /** Each input file's key, with how the user (or the project) named it. */
  private final Map<Object, String> inputs = new LinkedHashMap<>();

  /** An input file; standard input ({@code -}) and missing files are not files to protect. */
  InputsNotOutputs file(Path path, String shown) {
    Object key = key(path);
    if (key != null) {
      inputs.putIfAbsent(key, shown);
    }
    return this;
  }

  /** Every file under an input directory (templates/, config/profiles/, ...). */
  InputsNotOutputs directory(Path dir, String shown) {
    for (Path f : filesUnder(dir)) {
      file(f, shown + "/" + dir.relativize(f));
    }
    return this;
  }

  /** Throws when the output file {@code target} is one of the inputs. */
  void checkFile(Path target, String shown) throws UsageException {
    Object key = key(target);
    if (key != null && inputs.containsKey(key)) {
      throw refusal(shown, inputs.get(key));
    }
  }

  /** Throws when a file in the output directory (which the write replaces or deletes) is one of the inputs. */
  void checkDirectory(Path dir, String shown) throws UsageException {
    for (Path f : filesUnder(dir)) {
      checkFile(f, shown + "/" + dir.relativize(f));
    }
  }

  private static UsageException refusal(String output, String input) {
    return new UsageException(output + " is also an input (" + input + "): refusing to overwrite it; write the"
        + " output elsewhere");
  }

  private static Object key(Path path) {
    if (path.toString().equals("-")) {
      return null;
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return null;
      }
      Object key = attributes.fileKey();
      return key != null ? key : path.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  private static List<Path> filesUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return new ArrayList<>(walk.filter(p -> !Files.isDirectory(p)).sorted().toList());
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }
}
