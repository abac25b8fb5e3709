package dev.manifestgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's files are. The project root is the nearest directory, from the working
 * directory up, that holds config/values.yaml; MANIFEST_GEN_PROJECT overrides it.
 */
public record Project(Path root) {
  public static final String VALUES = "config/values.yaml";
  public static final String PROFILES = "config/profiles";
  public static final String CHART_METADATA = "config/chart.yaml";
  public static final String CONTRACT = "config/operator-contract.yaml";
  public static final String ALL_IN_ONE = "config/all-in-one.yaml";
  public static final String TEMPLATES = "templates";
  public static final String CHART_DIR = "charts/eck-operator";
  /** The CRDs, one file per kind in controller-gen's layout, generated from {@link #OPERATOR_SOURCE}. */
  public static final String CRDS_DIR = "config/crds";
  /** The operator's Go module the CRDs (and the contract) are read from. */
  public static final String OPERATOR_SOURCE = "generator/src/test/resources/gosrc/eck-1.3.0";
  public static final String README = "README.md";
  /** Fields of the CRDs kept open and versions kept for storedVersions, which Go markers cannot say. */
  public static final String CRD_SETTINGS = "config/crds.yaml";

  public static Project locate() throws UsageException {
    String env = System.getenv("MANIFEST_GEN_PROJECT");
    if (env != null && !env.isBlank()) {
      Path root = Path.of(env).toAbsolutePath().normalize();
      if (!Files.isRegularFile(root.resolve(VALUES))) {
        throw new UsageException("MANIFEST_GEN_PROJECT=" + env + ": no " + VALUES + " there");
      }
      return new Project(root);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(VALUES)) && Files.isDirectory(d.resolve(TEMPLATES))) {
        return new Project(d);
      }
    }
    throw new UsageException("no " + VALUES + " in " + dir + " or above: run manifest-gen inside the project"
        + " (or set MANIFEST_GEN_PROJECT)");
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** How a project path is shown in messages: relative to the project root. */
  public String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : path.toString();
  }
}
