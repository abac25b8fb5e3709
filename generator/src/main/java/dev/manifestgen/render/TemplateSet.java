package dev.manifestgen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of templates/, sorted by name, read once. */
public final class TemplateSet {
  public static final String HELPERS = "_helpers.j2";
  public static final String NOTES = "NOTES.txt.j2";

  private final List<TemplateFile> files;

  private TemplateSet(List<TemplateFile> files) {
    this.files = List.copyOf(files);
  }

  public static TemplateSet load(Path dir, String displayDir) throws RenderException {
    List<TemplateFile> files = new ArrayList<>();
    try (Stream<Path> paths = Files.list(dir)) {
      for (Path p : paths.sorted().toList()) {
        String name = p.getFileName().toString();
        TemplateFile.Kind kind;
        if (name.equals(HELPERS)) {
          kind = TemplateFile.Kind.HELPERS;
        } else if (name.equals(NOTES)) {
          kind = TemplateFile.Kind.NOTES;
        } else if (name.endsWith(".yaml.j2")) {
          kind = TemplateFile.Kind.MANIFEST;
        } else {
          throw new RenderException(displayDir + "/" + name
              + ": unexpected file; templates/ holds *.yaml.j2 manifests, " + HELPERS + " and " + NOTES);
        }
        files.add(new TemplateFile(name, displayDir + "/" + name, Files.readString(p, StandardCharsets.UTF_8), kind));
      }
    } catch (IOException e) {
      throw new RenderException(displayDir + ": cannot read templates: " + e.getMessage());
    }
    return new TemplateSet(files);
  }

  public static TemplateSet of(List<TemplateFile> files) {
    return new TemplateSet(files);
  }

  public List<TemplateFile> all() {
    return files;
  }

  public List<TemplateFile> manifests() {
    return files.stream().filter(f -> f.kind() == TemplateFile.Kind.MANIFEST).toList();
  }

  public Optional<TemplateFile> helpers() {
    return files.stream().filter(f -> f.kind() == TemplateFile.Kind.HELPERS).findFirst();
  }

  public Optional<TemplateFile> notes() {
    return files.stream().filter(f -> f.kind() == TemplateFile.Kind.NOTES).findFirst();
  }

  public Optional<TemplateFile> byName(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
