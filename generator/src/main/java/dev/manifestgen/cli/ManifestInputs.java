package dev.manifestgen.cli;

import dev.manifestgen.render.Release;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestObject;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.values.ValuesRequest;
import dev.manifestgen.yaml.InputText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifests validate and can-i read, as the user named them: {@code -} is standard input (as
 * kubectl and helm take it), a chart directory (it has Chart.yaml) is rendered, anything else is a
 * file or a directory of YAML files. No object at all is an error unless allowed: an empty pipe
 * ({@code false | manifest-gen validate -}) must not pass.
 */
final class ManifestInputs {
  private ManifestInputs() {}

  /** What the inputs hold, and whether one of them was a chart (whose crds/ Helm installs first). */
  record Loaded(ManifestSet manifests, boolean chart) {}

  static Loaded load(List<Path> paths, ManifestGen root, boolean allowEmpty) throws Exception {
    List<ManifestObject> objects = new ArrayList<>();
    boolean chart = false;
    Path base = Path.of("").toAbsolutePath();
    for (Path p : paths) {
      String name = p.toString();
      if (name.isEmpty()) {
        throw new UsageException("FILE: the path is empty (give a file, a directory, or - for standard input)");
      }
      if (name.equals("-")) {
        objects.addAll(ManifestLoader.parse(InputText.read(System.in, "standard input (-)"), "standard input (-)"));
      } else if (Files.isRegularFile(p.resolve("Chart.yaml"))) {
        objects.addAll(renderChart(p, root));
        chart = true;
      } else {
        objects.addAll(ManifestLoader.load(List.of(p), base).objects());
      }
    }
    if (objects.isEmpty() && !allowEmpty) {
      throw new UsageException(String.join(", ", paths.stream().map(Path::toString).toList())
          + ": no Kubernetes objects found (an empty file, stream or directory); give --allow-empty if none is right");
    }
    return new Loaded(new ManifestSet(objects), chart);
  }

  /**
   * The project's chart rendered with the values file it ships, through the render path that
   * generated it. Another chart's Go templates are Helm's to render.
   */
  private static List<ManifestObject> renderChart(Path dir, ManifestGen root) throws Exception {
    Project project;
    try {
      project = root.project();
    } catch (UsageException e) {
      project = null;
    }
    Path ours = project == null ? null : project.resolve(Project.CHART_DIR);
    if (ours == null || !Files.isDirectory(ours) || !Files.isSameFile(ours, dir)) {
      throw new UsageException(dir + ": a Helm chart (it has Chart.yaml), not one manifest-gen generates ("
          + Project.CHART_DIR + "); render it first: helm template " + dir + " | manifest-gen validate -");
    }
    Inputs inputs = new Inputs(project);
    Path values = dir.resolve("values.yaml");
    ValuesRequest request = new ValuesRequest(List.of(), Files.isRegularFile(values) ? List.of(values) : List.of(),
        List.of(), List.of());
    String manifest = ManifestWriter.write("", inputs.chart().name(), List.of(), inputs.renderer().render(
        inputs.valuesLoader().load(request), Release.DEFAULT));
    return ManifestLoader.parse(manifest, dir + " (rendered with its values.yaml)");
  }
}
