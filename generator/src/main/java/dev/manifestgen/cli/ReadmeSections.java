package dev.manifestgen.cli;

import java.util.Map;

/**
 * Fills the generated sections of README.md, each between
 * {@code <!-- BEGIN GENERATED: NAME -->} and {@code <!-- END GENERATED: NAME -->}, so the values
 * table, the profiles, the commands and the validation rules there never drift from the code.
 */
final class ReadmeSections {
  private ReadmeSections() {}

  static String fill(String readme, Map<String, String> sections) throws UsageException {
    String out = readme;
    for (Map.Entry<String, String> s : sections.entrySet()) {
      String begin = "<!-- BEGIN GENERATED: " + s.getKey() + " -->\n";
      String end = "<!-- END GENERATED: " + s.getKey() + " -->";
      int a = out.indexOf(begin);
      int b = out.indexOf(end);
      if (a < 0 || b < a) {
        throw new UsageException("README.md: missing the markers of the generated section " + s.getKey()
            + " (" + begin.strip() + " ... " + end + ")");
      }
      out = out.substring(0, a + begin.length()) + s.getValue() + out.substring(b);
    }
    return out;
  }
}
