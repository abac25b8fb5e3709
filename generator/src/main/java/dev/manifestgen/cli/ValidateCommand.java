package dev.manifestgen.cli;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.render.Release;
import dev.manifestgen.validate.Finding;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.validate.Severity;
import dev.manifestgen.validate.ValidationContext;
import dev.manifestgen.validate.Validator;
import dev.manifestgen.values.ValuesRequest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = ValidateCommand.NAME, sortOptions = false,
    description = {
        "Check manifests against Kubernetes' rules, RBAC, leader election and the operator's contract.",
        "Takes any multi-document YAML (a manifest you wrote, helm template output); without files,",
        "the committed outputs: config/all-in-one.yaml and the chart rendered with its defaults.",
        "Exit 1 when a finding is an error. Without files or options, a passing run is remembered like",
        "check's: the same tree again is answered without rendering."})
final class ValidateCommand implements Callable<Integer> {
  static final String NAME = "validate";
  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Manifests to check: files, - for standard input,"
      + " directories (every *.yaml, *.yml), or this project's chart directory (rendered with its values.yaml).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--output", paramLabel = "human|json", defaultValue = "human",
      description = "Findings as lines for people (default) or as JSON.")
  String output;

  @Option(names = "--skip", paramLabel = "MG###", split = ",",
      description = "Rules to switch off for this run (repeatable or comma-separated). Per object: the annotation "
          + Validator.SKIP_ANNOTATION + ".")
  List<String> skip = new ArrayList<>();

  @Option(names = "--contract", paramLabel = "FILE",
      description = "The operator contract the MG4xx/MG5xx rules check against (default: the project's "
          + Project.CONTRACT + "; 'none': skip those rules).")
  String contract;

  @Option(names = "--crds-installed",
      description = "The CustomResourceDefinitions of every kind the operator serves are installed apart from these"
          + " manifests (MG506).")
  boolean crdsInstalled;

  @Option(names = "--crd-installed", paramLabel = "PLURAL.GROUP",
      description = "One CustomResourceDefinition installed apart from these manifests, such as"
          + " elasticsearches.elasticsearch.k8s.elastic.co (repeatable; MG506).")
  List<String> crdInstalled = new ArrayList<>();

  @Option(names = "--strict-security", description = "Report the security baseline (MG6xx) as errors, not warnings.")
  boolean strictSecurity;

  @Option(names = "--allow-empty", description = "Pass when the inputs hold no object (else an empty file, stream or"
      + " directory is an error).")
  boolean allowEmpty;

  @Option(names = "--full", description = "Validate the committed outputs even when this same tree passed before.")
  boolean full;

  /** The committed outputs with every option at its default: the run a passing result is remembered for. */
  private boolean ofTheCommittedOutputs() {
    return paths.isEmpty() && output.equals("human") && skip.isEmpty() && contract == null && !crdsInstalled
        && crdInstalled.isEmpty() && !strictSecurity && !allowEmpty;
  }

  @Override
  public Integer call() throws Exception {
    try {
      return validate();
    } catch (Exception e) {
      if ("json".equals(output) && ManifestGen.isBadInput(e)) {
        // Machines reading stdout get the error there too; people still see it on stderr.
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", dev.manifestgen.yaml.Printable.oneLine(e.getMessage()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(FindingsJson.print(json));
        out.flush();
      }
      throw e;
    }
  }

  private Integer validate() throws Exception {
    if (!output.equals("human") && !output.equals("json")) {
      throw new UsageException("--output " + output + ": expected human or json");
    }
    Set<String> known = new LinkedHashSet<>();
    Validator.rules().forEach(r -> known.add(r.id()));
    for (String id : skip) {
      if (!known.contains(id)) {
        throw new UsageException("--skip " + id + ": no such rule (see manifest-gen rules)");
      }
    }
    RememberedRun memory = ofTheCommittedOutputs() ? RememberedRun.of(NAME, root.project(), null) : null;
    if (memory != null && !full && memory.answer(spec.commandLine().getOut())) {
      return ExitCodes.OK;
    }
    OperatorContract operatorContract = loadContract();
    // Each set is one installation; the committed outputs are two alternative ones.
    List<ManifestSet> sets = new ArrayList<>();
    List<Set<String>> installedCrds = new ArrayList<>();
    if (paths.isEmpty()) {
      Inputs inputs = new Inputs(root.project());
      sets.add(ManifestLoader.load(List.of(inputs.project().resolve(Project.ALL_IN_ONE)), inputs.project().root()));
      installedCrds.add(installed());
      String chart = ManifestWriter.write("", inputs.chart().name(), List.of(), inputs.renderer().render(
          inputs.valuesLoader().load(ValuesRequest.DEFAULTS), Release.DEFAULT));
      sets.add(new ManifestSet(ManifestLoader.parse(chart, Project.CHART_DIR + " (default values)")));
      installedCrds.add(Set.of("*")); // Helm installs a chart's crds/ before its templates
    } else {
      ManifestInputs.Loaded loaded = ManifestInputs.load(paths, root, allowEmpty);
      sets.add(loaded.manifests());
      installedCrds.add(loaded.chart() ? Set.of("*") : installed());
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < sets.size(); i++) {
      findings.addAll(Validator.validate(new ValidationContext(sets.get(i), operatorContract, installedCrds.get(i)),
          new Validator.Options(Set.copyOf(skip), strictSecurity)));
    }
    int objects = sets.stream().mapToInt(m -> m.objects().size()).sum();
    PrintWriter out = spec.commandLine().getOut();
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.size() - errors;
    if (output.equals("json")) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("errors", errors);
      json.put("warnings", warnings);
      json.put("objects", objects);
      json.put("findings", findings);
      out.println(FindingsJson.print(json));
    } else {
      StringBuilder lines = new StringBuilder();
      findings.forEach(f -> lines.append(f.human()).append('\n'));
      String summary = objects + " objects checked: " + errors + " error" + (errors == 1 ? "" : "s")
          + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
      out.print(lines + summary + "\n");
      if (memory != null && errors == 0) {
        memory.remember(lines + summary + " (" + RememberedRun.note(NAME) + ")\n", List.of());
      }
    }
    out.flush();
    return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The CRDs installed apart, by name; "*" for all. */
  private Set<String> installed() {
    return crdsInstalled ? Set.of("*") : Set.copyOf(crdInstalled);
  }

  private OperatorContract loadContract() throws Exception {
    if ("none".equals(contract)) {
      return null;
    }
    if (contract != null) {
      Path file = Path.of(contract);
      return ContractYaml.readFile(file, contract);
    }
    Project project;
    try {
      project = root.project();
    } catch (UsageException outsideTheProject) {
      return null;
    }
    Path file = project.resolve(Project.CONTRACT);
    return Files.isRegularFile(file) ? ContractYaml.readFile(file, Project.CONTRACT) : null;
  }
}
