package dev.manifestgen.cli;

import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.yaml.YamlException;

/** The project's sources, each read when first needed and then kept. */
public final class Inputs {
  private final Project project;
  private ValueDefinitions definitions;
  private ValuesLoader valuesLoader;
  private TemplateSet templates;
  private ParsedTemplates parsedTemplates;
  private ChartMetadata chart;
  private Renderer renderer;

  public Inputs(Project project) {
    this.project = project;
  }

  public Project project() {
    return project;
  }

  public ValueDefinitions definitions() throws YamlException {
    if (definitions == null) {
      definitions = ValueDefinitions.load(project.resolve(Project.VALUES), Project.VALUES);
    }
    return definitions;
  }

  public ValuesLoader valuesLoader() throws YamlException {
    if (valuesLoader == null) {
      valuesLoader = new ValuesLoader(definitions(), project.resolve(Project.PROFILES), Project.PROFILES);
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
      renderer = new Renderer(parsedTemplates(), chart());
    }
    return renderer;
  }
}
