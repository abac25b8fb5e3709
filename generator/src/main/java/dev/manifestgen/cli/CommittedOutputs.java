package dev.manifestgen.cli;

import dev.manifestgen.chart.ChartCompiler;
import dev.manifestgen.chart.ValuesTable;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.crd.CrdGenerator;
import dev.manifestgen.crd.GeneratedCrd;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.values.ValuesException;
import dev.manifestgen.values.ValuesRequest;
import dev.manifestgen.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The generated files committed to the repository, rendered in memory: what
 * {@code generate --all} writes and {@code check} compares. config/all-in-one.yaml, and the chart
 * directory, which holds exactly the files generated for it, and config/crds/, the CRDs built from the
 * operator's Go API types (also first in the all-in-one and in the chart's crds/).
 */
public final class CommittedOutputs {
  public static final String REGENERATE = "make generate-manifests";
  static final String ALL_IN_ONE_COMMAND = "bin/manifest-gen generate --all (" + REGENERATE + ")";

  /** The chart's CRD directory, relative to the chart. */
  static final String CHART_CRDS = "crds";

  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, String> chart;
  private final Map<String, String> crds = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<java.nio.file.Path> readOutside = new ArrayList<>();

  private CommittedOutputs(Map<String, String> chart) {
    this.chart = chart;
  }

  public static CommittedOutputs render(Inputs inputs)
      throws ValuesException, RenderException, YamlException, IOException, UsageException {
    // The chart compiles from the parsed templates alone: on another core, while jinjava renders.
    inputs.parsedTemplates();
    inputs.chart();
    FutureTask<Map<String, String>> chart = new FutureTask<>(() -> chart(inputs));
    Thread compiler = new Thread(chart, "chart-compiler");
    compiler.setDaemon(true);
    compiler.start();
    var values = inputs.valuesLoader().load(ValuesRequest.profile("all-in-one"));
    var documents = inputs.renderer().render(values, Release.DEFAULT);
    CrdGenerator.Result crds = CrdsCommand.generate(inputs.project().resolve(Project.OPERATOR_SOURCE),
        inputs.project().resolve(Project.CRD_SETTINGS));
    CommittedOutputs out = new CommittedOutputs(new LinkedHashMap<>(result(chart)));
    out.warnings.addAll(crds.warnings());
    out.readOutside.addAll(crds.readOutside());
    // The CRDs go first: every object of their kinds (and the operator watching them) needs them.
    out.files.put(Project.ALL_IN_ONE, ManifestWriter.write(ALL_IN_ONE_COMMAND, inputs.chart().name(),
        crds.crds().stream().map(GeneratedCrd::yaml).toList(), documents));
    for (GeneratedCrd crd : crds.crds()) {
      out.crds.put(crd.fileName(), crd.yaml());
      out.files.put(Project.CRDS_DIR + "/" + crd.fileName(), crd.yaml());
      // Helm installs a chart's crds/ before its templates, and never templates, upgrades or deletes them.
      out.chart.put(CHART_CRDS + "/" + crd.fileName(), crd.yaml());
    }
    out.chart.forEach((path, text) -> out.files.put(Project.CHART_DIR + "/" + path, text));
    out.files.put(Project.README, readme(inputs));
    return out;
  }

  private static Map<String, String> result(FutureTask<Map<String, String>> chart)
      throws RenderException, YamlException, IOException {
    try {
      return chart.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while compiling the chart", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RenderException r) {
        throw r;
      }
      if (cause instanceof YamlException y) {
        throw y;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }

  /** README.md with its generated sections filled in. */
  static String readme(Inputs inputs) throws YamlException, IOException, UsageException {
    String text = Files.readString(inputs.project().resolve(Project.README), StandardCharsets.UTF_8);
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("values", ValuesTable.markdown(inputs.definitions()));
    StringBuilder profiles = new StringBuilder();
    for (String name : inputs.valuesLoader().profiles()) {
      String first = Files.readString(inputs.valuesLoader().profileFile(name), StandardCharsets.UTF_8).lines()
          .takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).strip()).reduce((a, b) -> a + " " + b).orElse("");
      profiles.append("- `").append(name).append("`: ").append(first).append('\n');
    }
    sections.put("profiles", profiles.toString());
    sections.put("commands", CommandsHelp.markdown());
    sections.put("rules", RulesCommand.table());
    return ReadmeSections.fill(text, sections);
  }

  /** The chart's files, relative to the chart directory. */
  static Map<String, String> chart(Inputs inputs) throws RenderException, YamlException, IOException {
    Map<String, String> profiles = new LinkedHashMap<>();
    for (String name : inputs.valuesLoader().profiles()) {
      profiles.put(name, Files.readString(inputs.valuesLoader().profileFile(name), StandardCharsets.UTF_8));
    }
    return ChartCompiler.compile(inputs.parsedTemplates(), inputs.definitions(), inputs.chart(), profiles,
        inputs.crossValueRules(), OperatorFlags.of(inputs.contract()));
  }

  /** Every committed file by project-relative path. */
  public Map<String, String> files() {
    return files;
  }

  public Map<String, String> chartFiles() {
    return chart;
  }

  /** The CRDs by file name, as config/crds/ holds them. */
  public Map<String, String> crdFiles() {
    return crds;
  }

  /** Warnings met while reading the operator's API types (unknown markers). */
  public List<String> warnings() {
    return warnings;
  }

  /** Package directories read outside the project (the Go module cache), for {@link PassedRuns}. */
  public List<java.nio.file.Path> readOutside() {
    return readOutside;
  }

  /** Directories that hold nothing but generated files: anything else in them is stale. */
  public Set<String> ownedDirectories() {
    return Set.of(Project.CHART_DIR, Project.CRDS_DIR);
  }
}
