package dev.manifestgen.cli;

import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Path;

/**
 * What {@code manifest-gen --version} prints: the tool's version (from the jar) and the operator
 * version it targets, the appVersion of the project's config/chart.yaml, the one place that version
 * is kept.
 */
final class ToolVersion {
  private ToolVersion() {}

  /** The two lines, for the project at {@code projectRoot} (null: found from the working directory). */
  static String[] lines(Path projectRoot) {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    String tool = "manifest-gen " + (v == null ? "(development build)" : v);
    try {
      Project project = projectRoot != null ? new Project(projectRoot.toAbsolutePath().normalize()) : Project.locate();
      ChartMetadata chart = ChartMetadata.load(project.resolve(Project.CHART_METADATA), Project.CHART_METADATA);
      return new String[] {tool, "operator " + chart.appVersion() + " (appVersion of chart " + chart.name() + " "
          + chart.version() + " in " + project.resolve(Project.CHART_METADATA) + ")"};
    } catch (UsageException | YamlException e) {
      return new String[] {tool, "operator: unknown (" + e.getMessage() + ")"};
    }
  }
}
