package dev.manifestgen.cli;

import dev.manifestgen.render.RenderedDocument;
import dev.manifestgen.values.Values;
import dev.manifestgen.yaml.InputText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "generate", sortOptions = false,
    description = {
        "Render the operator manifest from templates/ with layered values.",
        "The operator's CustomResourceDefinitions (config/crds/) come first, as helm install creates a",
        "chart's crds/ first; then the objects in Helm's install order. Written whole, or not at all.",
        "With --all, write every committed output (config/all-in-one.yaml, config/crds/ and the chart) instead."})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  @Mixin ValuesOptions values;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
      description = "Where to write the manifest; - for standard output (default).")
  String output;

  @Option(names = "--crds", paramLabel = "FILE",
      description = "CustomResourceDefinitions to put first instead of config/crds/, verbatim (repeatable).")
  List<Path> crds = new ArrayList<>();

  @Option(names = "--skip-crds", description = "Leave the CustomResourceDefinitions out (they are managed apart),"
      + " as helm install --skip-crds does.")
  boolean skipCrds;

  @Option(names = "--contract", paramLabel = "FILE",
      description = "The operator contract to render for: its fixed settings become defaults and limits of the"
          + " values, its flags receive them. Default: " + Project.CONTRACT + ".")
  Path contract;

  @Option(names = "--all", description = "Write every committed output, as make generate-manifests does.")
  boolean all;

  @Option(names = "--check", paramLabel = "FILE",
      description = "Write nothing: compare FILE with what this command generates; exit 0 when equal, else print a"
          + " unified diff and exit 1 (a CI check for a manifest you render yourself).")
  Path check;

  @Override
  public Integer call() throws Exception {
    if (output.isEmpty()) {
      throw new UsageException("--output: the path is empty (give a file, or - for standard output)");
    }
    if (check != null && check.toString().isEmpty()) {
      throw new UsageException("--check: the path is empty (give the manifest file to compare)");
    }
    if (check != null && !output.equals("-")) {
      throw new UsageException("--check compares and writes nothing; drop --output");
    }
    Inputs inputs = new Inputs(root.project(), contract);
    if (all) {
      if (!values.isDefault() || !crds.isEmpty() || skipCrds || !output.equals("-") || contract != null
          || check != null) {
        throw new UsageException("--all writes the committed outputs with their own settings; drop the other options");
      }
      InputsNotOutputs guard = projectInputs(inputs).directory(inputs.project().resolve(Project.OPERATOR_SOURCE),
          Project.OPERATOR_SOURCE);
      guard.checkFile(inputs.project().resolve(Project.ALL_IN_ONE), Project.ALL_IN_ONE);
      guard.checkDirectory(inputs.project().resolve(Project.CHART_DIR), Project.CHART_DIR);
      guard.checkDirectory(inputs.project().resolve(Project.CRDS_DIR), Project.CRDS_DIR);
      return writeAll(inputs);
    }
    if (!output.equals("-")) {
      userInputs(inputs).checkFile(Path.of(output), "-o " + output);
    }
    Values v = inputs.valuesLoader().load(values.request());
    List<RenderedDocument> documents = inputs.renderer().render(v, values.release());
    String manifest = ManifestWriter.write(commandLine(), inputs.chart().name(), readCrds(inputs.project()), documents);
    if (check != null) {
      return compare(manifest);
    }
    if (output.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(manifest);
      out.flush();
    } else {
      new OutputFiles().file(Path.of(output), manifest).commit();
    }
    return ExitCodes.OK;
  }

  /** What every generate reads from the project (a --contract given replaces the project's). */
  private InputsNotOutputs projectInputs(Inputs inputs) {
    Project p = inputs.project();
    return new InputsNotOutputs()
        .file(p.resolve(Project.VALUES), Project.VALUES)
        .file(p.resolve(Project.CHART_METADATA), Project.CHART_METADATA)
        .file(contract != null ? contract : p.resolve(Project.CONTRACT), contract != null ? "--contract " + contract
            : Project.CONTRACT)
        .directory(p.resolve(Project.PROFILES), Project.PROFILES)
        .directory(p.resolve(Project.TEMPLATES), Project.TEMPLATES);
  }

  /** The project's inputs and the files this command line names: -f, --set-file, --crds and the CRDs read. */
  private InputsNotOutputs userInputs(Inputs inputs) {
    InputsNotOutputs guard = projectInputs(inputs);
    for (Path f : values.files) {
      guard.file(f, "-f " + f);
    }
    for (String expression : values.setFiles) {
      for (String f : ValuesOptions.setFilePaths(expression)) {
        guard.file(Path.of(f), "--set-file " + expression);
      }
    }
    for (Path f : crds) {
      guard.file(f, "--crds " + f);
    }
    if (!skipCrds && crds.isEmpty()) {
      guard.directory(inputs.project().resolve(Project.CRDS_DIR), Project.CRDS_DIR);
    }
    return guard;
  }

  private int writeAll(Inputs inputs) throws Exception {
    CommittedOutputs outputs = CommittedOutputs.render(inputs);
    new OutputFiles()
        .file(inputs.project().resolve(Project.ALL_IN_ONE), outputs.files().get(Project.ALL_IN_ONE))
        .directory(inputs.project().resolve(Project.CHART_DIR), outputs.chartFiles())
        .directory(inputs.project().resolve(Project.CRDS_DIR), outputs.crdFiles())
        .file(inputs.project().resolve(Project.README), outputs.files().get(Project.README))
        .commit();
    outputs.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    spec.commandLine().getErr().println("wrote " + Project.ALL_IN_ONE + ", " + Project.CRDS_DIR + "/ ("
        + outputs.crdFiles().size() + " CRDs), " + Project.CHART_DIR + "/ (" + outputs.chartFiles().size()
        + " files) and the generated sections of " + Project.README);
    return ExitCodes.OK;
  }

  /** What goes first: the --crds files, else the committed CRDs in file-name order (as the all-in-one has them). */
  private List<String> readCrds(Project project) throws UsageException {
    if (skipCrds) {
      if (!crds.isEmpty()) {
        throw new UsageException("--skip-crds and --crds contradict each other; give one of them");
      }
      return List.of();
    }
    if (crds.isEmpty()) {
      return committedCrds(project);
    }
    List<String> texts = new ArrayList<>();
    for (Path p : crds) {
      try {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new UsageException("--crds " + p + ": file not found");
      } catch (IOException e) {
        throw new UsageException("--crds " + p + ": cannot read: " + e.getMessage());
      }
    }
    return texts;
  }

  private static List<String> committedCrds(Project project) throws UsageException {
    Path dir = project.resolve(Project.CRDS_DIR);
    try (var files = Files.list(dir)) {
      List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
      List<String> texts = new ArrayList<>();
      for (Path f : sorted) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (NoSuchFileException e) {
      throw new UsageException(Project.CRDS_DIR + ": not found: run make generate-manifests to build the CRDs, or"
          + " give --skip-crds");
    } catch (IOException e) {
      throw new UsageException(Project.CRDS_DIR + ": cannot read: " + e.getMessage());
    }
  }

  /** --check: the file against the manifest, as check compares the committed outputs. */
  private int compare(String manifest) throws Exception {
    String onDisk = InputText.read(check, check.toString());
    PrintWriter out = spec.commandLine().getOut();
    if (onDisk.equals(manifest)) {
      out.println(check + ": up to date");
      out.flush();
      return ExitCodes.OK;
    }
    out.print(UnifiedDiff.diff(check.toString(), onDisk, check + " (generated)", manifest));
    out.println(check + ": stale; regenerate it with: " + commandLine() + " -o " + Shell.quote(check.toString()));
    out.flush();
    return ExitCodes.FINDINGS;
  }

  /**
   * The command and its inputs, for the manifest header (shell-quoted where needed): what was typed
   * without where the output went (-o, --check), so the header is the same whatever file it is in.
   */
  private String commandLine() {
    List<String> words = new ArrayList<>(List.of("manifest-gen", "generate"));
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    // originalArgs holds the whole command line; keep what follows this subcommand's name
    int start = args.indexOf(spec.name()) + 1;
    List<String> rest = args.subList(start, args.size());
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (OUTPUT_OPTIONS.contains(arg)) {
        i++; // and its value
        continue;
      }
      if (OUTPUT_OPTIONS.stream().anyMatch(o -> arg.startsWith(o + "=")) || arg.startsWith("-o") && arg.length() > 2) {
        continue;
      }
      words.add(Shell.quote(arg));
    }
    return String.join(" ", words);
  }

  private static final List<String> OUTPUT_OPTIONS = List.of("-o", "--output", "--check");
}
