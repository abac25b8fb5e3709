package dev.manifestgen.render;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceLocator;
import dev.manifestgen.values.Values;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Renders the manifest templates with jinjava: the values as {@code values}, the installation as
 * {@code release}, config/chart.yaml as {@code chart}, and what the target cluster serves as
 * {@code capabilities}. Block tags alone on their line vanish (trim_blocks, lstrip_blocks), as the
 * chart's {@code {{-}} tags do. Values are never evaluated as templates.
 */
public final class Renderer {
  /**
   * API versions manifest-gen assumes the cluster serves when the kubeVersion value is empty: a
   * current Kubernetes, as offline {@code helm template} assumes. Only what templates test matters.
   */
  static final List<String> CURRENT_API_VERSIONS = List.of(
      "v1", "apps/v1", "rbac.authorization.k8s.io/v1", "admissionregistration.k8s.io/v1",
      "coordination.k8s.io/v1", "policy/v1");

  private final TemplateSet templates;
  private final ChartMetadata chart;
  private final OperatorFlags operator;
  private final Jinjava jinjava;

  /** A renderer for an operator without flags for what its contract fixes (see {@link OperatorFlags}). */
  public Renderer(ParsedTemplates parsed, ChartMetadata chart) {
    this(parsed, chart, OperatorFlags.NONE);
  }

  /** A renderer for templates already checked against the subset (see {@link ParsedTemplates}). */
  public Renderer(ParsedTemplates parsed, ChartMetadata chart, OperatorFlags operator) {
    this.templates = parsed.files();
    this.chart = chart;
    this.operator = operator;
    this.jinjava = takeEngine();
    jinjava.setResourceLocator(new HelpersLocator(templates));
  }

  /** An engine being built by {@link #prepareEngine()}, not yet taken by a renderer. */
  private static FutureTask<Jinjava> prepared;

  /**
   * Starts building the jinjava engine on another thread, so that a command that will render
   * overlaps that (a large part of its start-up: hundreds of classes) with reading the project.
   * The next renderer takes it; later ones build their own.
   */
  public static synchronized void prepareEngine() {
    if (prepared == null) {
      prepared = new FutureTask<>(Renderer::newEngine);
      Thread t = new Thread(prepared, "jinjava-engine");
      t.setDaemon(true);
      t.start();
    }
  }

  private static synchronized Jinjava takeEngine() {
    FutureTask<Jinjava> task = prepared;
    prepared = null;
    if (task == null) {
      return newEngine();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static Jinjava newEngine() {
    JinjavaConfig config = JinjavaConfig.newBuilder()
        .withTrimBlocks(true)
        .withLstripBlocks(true)
        .withFailOnUnknownTokens(true)
        .withNestedInterpretationEnabled(false)
        .withLegacyOverrides(LegacyOverrides.newBuilder()
            .withUseNaturalOperatorPrecedence(true)
            .withParseWhitespaceControlStrictly(true)
            .withUseTrimmingForNotesAndExpressions(true)
            .build())
        .build();
    Jinjava engine = new Jinjava(config);
    JinjaFilters.all().forEach(engine.getGlobalContext()::registerFilter);
    engine.getGlobalContext().registerFunction(JinjaFilters.failFunction());
    return engine;
  }

  public TemplateSet templates() {
    return templates;
  }

  public ChartMetadata chart() {
    return chart;
  }

  /** Every object of every manifest template, in install order. */
  public List<RenderedDocument> render(Values values, Release release) throws RenderException {
    Map<String, Object> context = context(values, release);
    List<RenderedDocument> documents = new ArrayList<>();
    for (TemplateFile template : templates.manifests()) {
      documents.addAll(split(template, renderText(template, context, values)));
    }
    documents.sort(InstallOrder.COMPARATOR);
    return documents;
  }

  /** One template's output as text, before it is split into objects (tests compare it with Helm's). */
  public String renderText(TemplateFile template, Values values, Release release) throws RenderException {
    return renderText(template, context(values, release), values);
  }

  /** The post-install notes (templates/NOTES.txt.j2) for these values, or "" without one. */
  public String renderNotes(Values values, Release release) throws RenderException {
    TemplateFile notes = templates.notes().orElse(null);
    return notes == null ? "" : renderText(notes, context(values, release), values);
  }

  private Map<String, Object> context(Values values, Release release) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("values", GoTruth.wrap(values.tree())); // Go's truth for the string "false"
    context.put("release", Map.of("name", release.name(), "namespace", release.namespace()));
    context.put("chart", Map.of("name", chart.name(), "version", chart.version(), "app_version", chart.appVersion()));
    context.put("capabilities", Map.of("api_versions", CURRENT_API_VERSIONS));
    context.put("operator", operator.asMap());
    return context;
  }

  private String renderText(TemplateFile template, Map<String, Object> context, Values values) throws RenderException {
    RenderResult result = jinjava.renderForResult(template.text(), context);
    for (TemplateError error : result.getErrors()) {
      HelmFunctions.TemplateFailure failure = failure(error);
      if (failure != null) {
        throw new RenderException(FailedCheck.describe(template, failure.getMessage(), values));
      }
      String m = error.getMessage() == null ? error.getReason().toString() : error.getMessage();
      throw new RenderException(template.path() + ":" + Math.max(1, error.getLineno()) + ": " + m.replaceAll("\\s*\\n\\s*", " "));
    }
    return result.getOutput();
  }

  private static HelmFunctions.TemplateFailure failure(TemplateError error) {
    for (Throwable t = error.getException(); t != null; t = t.getCause()) {
      if (t instanceof HelmFunctions.TemplateFailure failure) {
        return failure;
      }
    }
    return null;
  }

  /** Splits a template's output into its YAML documents, dropping empty ones. */
  static List<RenderedDocument> split(TemplateFile template, String output) throws RenderException {
    List<RenderedDocument> documents = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : (output + "\n---").split("\n", -1)) {
      if (line.stripTrailing().equals("---")) {
        String text = current.toString().strip();
        if (!isEmptyDocument(text)) {
          documents.add(parse(template, documents.size() + 1, text));
        }
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    return documents;
  }

  private static boolean isEmptyDocument(String text) {
    return text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"));
  }

  @SuppressWarnings("unchecked")
  private static RenderedDocument parse(TemplateFile template, int index, String text) throws RenderException {
    String where = template.path() + " (rendered document " + index + ")";
    YamlTree tree;
    try {
      tree = YamlReader.readRendered(text, where);
    } catch (YamlException e) {
      throw new RenderException(e.getMessage() + excerpt(text, e.getMessage()));
    }
    if (!(tree.root() instanceof Map<?, ?> object)) {
      throw new RenderException(where + ": renders YAML that is not a Kubernetes object (a map)");
    }
    for (String field : List.of("apiVersion", "kind")) {
      if (!(object.get(field) instanceof String s) || s.isEmpty()) {
        throw new RenderException(where + ": the object has no " + field);
      }
    }
    if (!(object.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String)) {
      throw new RenderException(where + ": the object has no metadata.name");
    }
    return new RenderedDocument(template.path(), index, text, (Map<String, Object>) object);
  }

  /** The rendered line a YAML error points at, so the template author sees what came out. */
  private static String excerpt(String text, String message) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\):(\\d+):").matcher(message);
    if (!m.find()) {
      return "";
    }
    int line = Integer.parseInt(m.group(1));
    List<String> lines = text.lines().toList();
    // On the same line: an error is one line (the excerpt's characters are escaped by the CLI).
    return line >= 1 && line <= lines.size() ? " (rendered line " + line + ": " + lines.get(line - 1).strip() + ")" : "";
  }

  /** Serves {@code {% from '_helpers.j2' import ... %}} from the template set. */
  private record HelpersLocator(TemplateSet templates) implements ResourceLocator {
    @Override
    public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
      return templates.byName(fullName).map(TemplateFile::text)
          .orElseThrow(() -> new IOException("no template " + fullName + " in templates/"));
    }
  }
}
