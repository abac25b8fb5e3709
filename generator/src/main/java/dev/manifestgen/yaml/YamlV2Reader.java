package dev.manifestgen.yaml;

/**
 * What Go's yaml.v2 reader (behind sigs.k8s.io/yaml) refuses in its input, before any parsing: it allows
 * tab, line feed, carriage return, U+0020-U+007E, NEL, U+00A0-U+D7FF, U+E000-U+FFFD and U+10000 and above,
 * and fails on anything else with "yaml: control characters are not allowed". Text that went through Go's
 * encoding/json first has its C0 controls escaped, so what remains refused is DEL, the C1 controls but NEL,
 * U+FFFE, U+FFFF (and a lone surrogate, which Go would have made U+FFFD but Java can hold).
 */
public final class YamlV2Reader {
  private YamlV2Reader() {}

  public static final String CONTROL_CHARACTERS = "yaml: control characters are not allowed";

  /** The first character of JSON-escaped text yaml.v2's reader refuses, or -1 when it reads it all. */
  public static int firstRefusedAfterJson(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF) {
        return c;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return c;
        }
      }
    }
    return -1;
  }
}
