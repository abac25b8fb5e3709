package dev.manifestgen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import dev.manifestgen.release.ChartArchive;
import dev.manifestgen.release.HelmChartYaml;
import dev.manifestgen.release.VersionBump;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = CheckCommand.NAME,
    description = {
        "Regenerate every committed output in memory and compare it with the files on disk.",
        "Exit 0 when all are up to date; otherwise print a unified diff per file and exit 1.",
        "With a last release's chart archive (--last-release, or a committed " + CheckCommand.LAST_RELEASE + "),",
        "also exit 1 when the chart differs from it but config/chart.yaml's version was not raised.",
        "A passing check is remembered (~/.cache/manifest-gen/passed, by a digest of the jar, the sources,",
        "the outputs and the last release): the same tree again is answered without rendering."})
final class CheckCommand implements Callable<Integer> {
  static final String NAME = "check";
  /** Where maintainers commit the last release's archive, so that check (and CI) can hold the version rule. */
  static final String LAST_RELEASE = "release/last-release.tgz";

  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  @Option(names = "--last-release", paramLabel = "ARCHIVE",
      description = "The last released chart archive (.tgz); default: " + LAST_RELEASE + " if committed.")
  Path lastRelease;

  @Option(names = "--full", description = "Render and compare even when this same tree passed a check before.")
  boolean full;

  @Override
  public Integer call() throws Exception {
    Project project = root.project();
    PrintWriter out = spec.commandLine().getOut();
    RememberedRun memory = RememberedRun.of(NAME, project, lastRelease);
    if (!full && memory.answer(out)) {
      return ExitCodes.OK;
    }
    Renderer.prepareEngine();
    Inputs inputs = new Inputs(project);
    CommittedOutputs outputs = CommittedOutputs.render(inputs);
    int stale = 0;
    for (Map.Entry<String, String> f : outputs.files().entrySet()) {
      String onDisk = read(inputs, f.getKey());
      if (onDisk == null) {
        out.println(f.getKey() + ": missing");
        stale++;
      } else if (!onDisk.equals(f.getValue())) {
        out.print(UnifiedDiff.diff(f.getKey() + " (committed)", onDisk, f.getKey() + " (generated)", f.getValue()));
        stale++;
      }
    }
    for (String dir : outputs.ownedDirectories()) {
      for (String extra : extraFiles(inputs, dir, outputs.files().keySet())) {
        out.println(extra);
        stale++;
      }
    }
    List<String> versionProblems = versionRule(inputs.project());
    versionProblems.forEach(out::println);
    if (stale == 0) {
      out.println("generated files are up to date (" + outputs.files().size() + " checked)");
      if (!versionProblems.isEmpty()) {
        return ExitCodes.FINDINGS;
      }
      memory.remember("generated files are up to date (" + outputs.files().size() + " checked; "
          + RememberedRun.note(NAME) + ")\n", outputs.readOutside());
      return ExitCodes.OK;
    }
    out.println(stale + " generated file(s) are stale; run `" + CommittedOutputs.REGENERATE
        + "` (bin/manifest-gen generate --all) and commit the result");
    return ExitCodes.FINDINGS;
  }

  /** The version rule against the last release's archive, if one is given or committed. */
  private List<String> versionRule(Project project) throws IOException, UsageException, YamlException {
    Path archive = lastRelease != null ? lastRelease : project.resolve(LAST_RELEASE);
    if (lastRelease == null && !Files.isRegularFile(archive)) {
      return List.of();
    }
    String shown = lastRelease != null ? lastRelease.toString() : LAST_RELEASE;
    List<ChartArchive.ArchivedFile> last;
    try {
      last = ChartArchive.read(Files.readAllBytes(archive));
    } catch (NoSuchFileException e) {
      throw new UsageException("--last-release " + shown + ": no such file");
    } catch (IOException e) {
      throw new UsageException(shown + ": not a chart archive (" + e.getMessage() + ")");
    }
    Path chartDir = project.resolve(Project.CHART_DIR);
    ChartArchive current = ChartArchive.of(chartDir);
    String currentVersion = String.valueOf(HelmChartYaml.metadata(Files.readString(chartDir.resolve("Chart.yaml")),
        Project.CHART_DIR + "/Chart.yaml").get("version"));
    return VersionBump.check(shown, last, current, currentVersion, VersionBump.versionOf(shown, last));
  }

  /**
   * What is in an owned directory besides the generated files: other files, and any symbolic link
   * or special file (Helm loads what a link points to, so a link is never "up to date").
   */
  private static java.util.List<String> extraFiles(Inputs inputs, String dir, java.util.Set<String> generated)
      throws IOException {
    java.nio.file.Path root = inputs.project().resolve(dir);
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return Files.isSymbolicLink(root) ? java.util.List.of(dir + ": " + NOT_GENERATED_LINK) : java.util.List.of();
    }
    java.util.List<String> extra = new java.util.ArrayList<>();
    try (var paths = Files.walk(root)) {
      for (java.nio.file.Path p : paths.sorted().toList()) {
        String relative = dir + "/" + root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          extra.add(relative + ": " + NOT_GENERATED_LINK);
        } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !generated.contains(relative)) {
          extra.add(relative + ": " + NOT_GENERATED);
        }
      }
    }
    return extra;
  }

  private static final String NOT_GENERATED = "not generated (delete it, or run `" + CommittedOutputs.REGENERATE + "`)";
  private static final String NOT_GENERATED_LINK = "a symbolic link, not a generated file (Helm reads what it points to;"
      + " delete it, or run `" + CommittedOutputs.REGENERATE + "`)";

  private static String read(Inputs inputs, String relative) throws IOException {
    try {
      return Files.readString(inputs.project().resolve(relative), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw OutputFiles.failure(java.nio.file.Path.of(relative), "cannot read", e);
    }
  }
}
