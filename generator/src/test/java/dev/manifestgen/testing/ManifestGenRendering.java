package dev.manifestgen.testing;

import dev.manifestgen.chart.ChartCompiler;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.RenderedDocument;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.values.ContractDefaults;
import dev.manifestgen.values.CrossValueRules;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.Values;
import dev.manifestgen.values.ValuesException;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** manifest-gen's rendering of a project, in-process, for the tests that compare it with Helm's. */
public final class ManifestGenRendering {
  private final ValueDefinitions definitions;
  private final ValuesLoader loader;
  private final ParsedTemplates templates;
  private final ChartMetadata chart;
  private final OperatorContract contract;
  private final Renderer renderer;

  /**
   * What manifest-gen made of one values file: the objects, or why it refused them; a refusal is
   * either of the values themselves (keys, types, formats) or of a template's {@code fail}.
   */
  public record Outcome(List<Map<String, Object>> objects, String refusal, boolean valuesRefused) {
    public boolean refused() {
      return refusal != null;
    }
  }

  /** For the project's operator (config/operator-contract.yaml), as the committed chart is compiled. */
  public ManifestGenRendering(Path projectRoot) throws Exception {
    this(projectRoot, projectRoot.resolve("config/operator-contract.yaml"));
  }

  /** For the operator of a contract: its defaults, its rules between values, its flags. */
  public ManifestGenRendering(Path projectRoot, Path contractFile) throws Exception {
    contract = Contracts.read(contractFile);
    definitions = ContractDefaults.apply(ValueDefinitions.load(projectRoot.resolve("config/values.yaml"),
        "config/values.yaml"), contract);
    loader = new ValuesLoader(definitions, projectRoot.resolve("config/profiles"), "config/profiles",
        new CrossValueRules(contract, definitions));
    templates = ParsedTemplates.parse(TemplateSet.load(projectRoot.resolve("templates"), "templates"), definitions);
    chart = ChartMetadata.load(projectRoot.resolve("config/chart.yaml"), "config/chart.yaml");
    renderer = new Renderer(templates, chart, OperatorFlags.of(contract));
  }

  /** The chart for the same operator, written under dir; returns its directory. */
  public Path compileChart(Path dir) throws java.io.IOException {
    Path out = dir.resolve("eck-operator");
    for (Map.Entry<String, String> f : ChartCompiler.compile(templates, definitions, chart, Map.of(),
        new CrossValueRules(contract, definitions), OperatorFlags.of(contract)).entrySet()) {
      Path p = out.resolve(f.getKey());
      java.nio.file.Files.createDirectories(p.getParent());
      java.nio.file.Files.writeString(p, f.getValue());
    }
    return out;
  }

  public ValueDefinitions definitions() {
    return definitions;
  }

  public ValuesLoader loader() {
    return loader;
  }

  public ParsedTemplates templates() {
    return templates;
  }

  public ChartMetadata chart() {
    return chart;
  }

  public Renderer renderer() {
    return renderer;
  }

  public Outcome render(Path valuesFile, String release, String namespace) throws Exception {
    Values values;
    try {
      values = loader.load(new ValuesRequest(List.of(), List.of(valuesFile), List.of(), List.of()));
    } catch (ValuesException e) {
      return new Outcome(List.of(), e.getMessage(), true);
    }
    try {
      List<Map<String, Object>> objects = new ArrayList<>();
      for (RenderedDocument d : renderer.render(values, new Release(release, namespace))) {
        objects.add(d.object());
      }
      return new Outcome(objects, null, false);
    } catch (RenderException e) {
      return new Outcome(List.of(), e.getMessage(), false);
    }
  }
}
