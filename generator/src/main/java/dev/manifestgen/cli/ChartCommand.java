package dev.manifestgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "chart",
    description = {
        "Compile templates/ into the Helm chart (charts/eck-operator).",
        "Writes the Go templates, _helpers.tpl, NOTES.txt, values.yaml, values.schema.json, Chart.yaml,",
        "README.md, the CRDs and the profiles. Every file is written before any is put in place; each",
        "then replaces its old version by a rename (no moment without it), and files no longer",
        "generated are deleted."})
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Chart directory to write. Default: charts/eck-operator in the project.")
  Path output;

  @Option(names = "--contract", paramLabel = "FILE",
      description = "The operator contract to compile the chart for: its fixed settings become defaults and limits"
          + " of the values, its flags receive them. Default: " + Project.CONTRACT + ".")
  Path contract;

  @Override
  public Integer call() throws Exception {
    Inputs inputs = new Inputs(root.project(), contract);
    Map<String, String> files = CommittedOutputs.chart(inputs);
    Path dir = output != null ? output : inputs.project().resolve(Project.CHART_DIR);
    if (Files.isDirectory(dir) && !Files.exists(dir.resolve("Chart.yaml")) && !isEmpty(dir)) {
      throw new UsageException(dir + ": exists and is not a chart (no Chart.yaml); the chart directory is"
          + " replaced as a whole, so give a new or empty directory");
    }
    new OutputFiles().directory(dir, files).commit();
    spec.commandLine().getErr().println("wrote " + dir + " (" + files.size() + " files)");
    return ExitCodes.OK;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
