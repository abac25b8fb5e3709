package dev.manifestgen.render;

/**
 * One Jinja file of templates/: a manifest template ({@code *.yaml.j2}), the shared macros
 * ({@code _helpers.j2}) or the post-install notes ({@code NOTES.txt.j2}).
 *
 * @param path the path users see, e.g. {@code templates/statefulset.yaml.j2}
 */
public record TemplateFile(String name, String path, String text, Kind kind) {
  public enum Kind { MANIFEST, HELPERS, NOTES }

  /** The file's name in the chart: {@code statefulset.yaml}, {@code _helpers.tpl}, {@code NOTES.txt}. */
  public String chartName() {
    return switch (kind) {
      case HELPERS -> name.substring(0, name.length() - ".j2".length()) + ".tpl";
      default -> name.substring(0, name.length() - ".j2".length());
    };
  }
}
