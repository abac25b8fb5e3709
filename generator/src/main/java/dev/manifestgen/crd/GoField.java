package dev.manifestgen.crd;

import java.util.List;

/**
 * One field of a Go struct.
 *
 * @param name the field's Go name (for an embedded field, its type's name)
 * @param embedded whether it is an embedded field
 * @param type its type
 * @param tag the raw struct tag, "" when it has none
 * @param doc its doc comment's lines, markers left out
 * @param markers the markers in its doc comment
 * @param line the 1-based line it is declared on
 */
record GoField(String name, boolean embedded, GoType type, String tag, List<String> doc, List<Marker> markers,
    int line) {

  /** The value of a struct tag key ({@code json}), null when the tag has no such key. */
  String tagValue(String key) {
    int i = 0;
    String t = tag;
    while (i < t.length()) {
      while (i < t.length() && t.charAt(i) == ' ') {
        i++;
      }
      int colon = t.indexOf(':', i);
      if (colon < 0 || colon + 1 >= t.length() || t.charAt(colon + 1) != '"') {
        return null;
      }
      String k = t.substring(i, colon);
      int end = colon + 2;
      while (end < t.length() && t.charAt(end) != '"') {
        end += t.charAt(end) == '\\' ? 2 : 1;
      }
      if (end >= t.length()) {
        return null;
      }
      if (k.equals(key)) {
        return t.substring(colon + 2, end);
      }
      i = end + 1;
    }
    return null;
  }
}
