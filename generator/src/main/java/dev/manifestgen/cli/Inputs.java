package dev.manifestgen.cli;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.values.ContractDefaults;
import dev.manifestgen.values.CrossValueRules;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's sources, each read when first needed and then kept. */
public final class Inputs {
  private final Project project;
  private final Path contractFile;
  private final String contractDisplay;
  private OperatorContract contract;
  private boolean contractRead;
  private ValueDefinitions definitions;
  private ValuesLoader valuesLoader;
  private TemplateSet templates;
  private ParsedTemplates parsedTemplates;
  private ChartMetadata chart;
  private Renderer renderer;

  /** The project's inputs, for the operator of its contract (config/operator-contract.yaml). */
  public Inputs(Project project) {
    this(project, null);
  }

  /** @param contractFile the operator contract to build for; null for the project's */
  public Inputs(Project project, Path contractFile) {
    this.project = project;
    this.contractFile = contractFile != null ? contractFile : project.resolve(Project.CONTRACT);
    this.contractDisplay = contractFile != null ? "--contract " + contractFile : Project.CONTRACT;
  }

  /**
   * The operator contract the outputs are built for: its fixed settings are the defaults of their
   * values and bound them, its flags receive them. Null when the project has none.
   */
  public OperatorContract contract() throws YamlException {
    if (!contractRead) {
      contract = Files.isRegularFile(contractFile) || !contractFile.equals(project.resolve(Project.CONTRACT))
          ? ContractYaml.readFile(contractFile, contractDisplay) : null;
      contractRead = true;
    }
    return contract;
  }

  public CrossValueRules crossValueRules() throws YamlException {
    return new CrossValueRules(contract(), definitions());
  }

  public Project project() {
    return project;
  }

  public ValueDefinitions definitions() throws YamlException {
    if (definitions == null) {
      definitions = ContractDefaults.apply(ValueDefinitions.load(project.resolve(Project.VALUES), Project.VALUES), contract());
    }
    return definitions;
  }

  public ValuesLoader valuesLoader() throws YamlException {
    if (valuesLoader == null) {
      valuesLoader = new ValuesLoader(definitions(), project.resolve(Project.PROFILES), Project.PROFILES, crossValueRules());
    }
    return valuesLoader;
  }

  public TemplateSet templates() throws RenderException {
    if (templates == null) {
      templates = TemplateSet.load(project.resolve(Project.TEMPLATES), Project.TEMPLATES);
    }
    return templates;
  }

  /** The templates, parsed and checked against the Jinja subset and the value definitions. */
  public ParsedTemplates parsedTemplates() throws RenderException, YamlException {
    if (parsedTemplates == null) {
      parsedTemplates = ParsedTemplates.parse(templates(), definitions());
    }
    return parsedTemplates;
  }

  public ChartMetadata chart() throws YamlException {
    if (chart == null) {
      chart = ChartMetadata.load(project.resolve(Project.CHART_METADATA), Project.CHART_METADATA);
    }
    return chart;
  }

  public Renderer renderer() throws RenderException, YamlException {
    if (renderer == null) {
      renderer = new Renderer(parsedTemplates(), chart(), OperatorFlags.of(contract()));
    }
    return renderer;
  }
}
