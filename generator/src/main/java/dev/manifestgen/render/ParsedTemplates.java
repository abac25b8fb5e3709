package dev.manifestgen.render;

import dev.manifestgen.render.jinja.Node;
import dev.manifestgen.render.jinja.SubsetChecker;
import dev.manifestgen.render.jinja.Template;
import dev.manifestgen.render.jinja.TemplateParser;
import dev.manifestgen.render.jinja.TemplateSyntaxException;
import dev.manifestgen.values.ValueDefinitions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every template parsed and checked against the Jinja subset and the value definitions, once.
 * Rendering and chart compilation both start from here, so a template that one accepts the other
 * accepts too.
 */
public final class ParsedTemplates {
  private final TemplateSet files;
  private final Map<String, Template> byName;
  private final Set<String> macros;

  private ParsedTemplates(TemplateSet files, Map<String, Template> byName, Set<String> macros) {
    this.files = files;
    this.byName = byName;
    this.macros = macros;
  }

  public static ParsedTemplates parse(TemplateSet files, ValueDefinitions definitions) throws RenderException {
    try {
      Map<String, Template> byName = new LinkedHashMap<>();
      Set<String> macros = new LinkedHashSet<>();
      TemplateFile helpers = files.helpers().orElse(null);
      if (helpers != null) {
        Template t = TemplateParser.parse(helpers.path(), helpers.text());
        for (Node n : t.nodes()) {
          if (n instanceof Node.Macro m && !macros.add(m.name())) {
            throw TemplateSyntaxException.at(helpers.path(), t.token(m.token()).line(), "macro " + m.name() + " is defined twice");
          }
        }
        SubsetChecker.check(t, SubsetChecker.Context.HELPERS, definitions, macros);
        byName.put(helpers.name(), t);
      }
      for (TemplateFile f : files.all()) {
        if (f.kind() == TemplateFile.Kind.HELPERS) {
          continue;
        }
        Template t = TemplateParser.parse(f.path(), f.text());
        SubsetChecker.Context context = f.kind() == TemplateFile.Kind.NOTES ? SubsetChecker.Context.NOTES : SubsetChecker.Context.MANIFEST;
        SubsetChecker.check(t, context, definitions, macros);
        byName.put(f.name(), t);
      }
      return new ParsedTemplates(files, byName, Set.copyOf(macros));
    } catch (TemplateSyntaxException e) {
      throw new RenderException(e.getMessage());
    }
  }

  public TemplateSet files() {
    return files;
  }

  public Template get(TemplateFile file) {
    return byName.get(file.name());
  }

  /** The names of the macros _helpers.j2 defines. */
  public Set<String> macros() {
    return macros;
  }
}
