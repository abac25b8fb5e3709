package dev.manifestgen.values;

import java.util.regex.Pattern;

/** Named string formats a value definition can ask for with {@code @format NAME}. */
public enum ValueFormat {
  /** A Go time.Duration as the operator parses it, e.g. 15s, 1m30s, 8760h. */
  DURATION("duration", "^[0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h)([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))*$",
      "a duration such as 15s, 2m or 8760h"),
  /** A Kubernetes object name that must be a DNS-1123 label (namespaces). */
  DNS1123_LABEL("dns1123-label", "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",
      "a DNS-1123 label: lower-case letters, digits and '-', at most 63, starting and ending alphanumeric"),
  /** A Kubernetes object name that must be a DNS-1123 subdomain (most objects). */
  DNS1123_SUBDOMAIN("dns1123-subdomain",
      "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
      "a DNS-1123 subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and ending alphanumeric",
      253),
  /** Empty (a default applies), or a DNS-1123 label: names that also name Services, and namespaces. */
  OPTIONAL_DNS1123_LABEL("optional-dns1123-label", "^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)?$",
      "empty or a DNS-1123 label: lower-case letters, digits and '-', at most 63, starting and ending alphanumeric"),
  /** Empty (a default applies), or a DNS-1123 subdomain: most object names. */
  OPTIONAL_DNS1123_SUBDOMAIN("optional-dns1123-subdomain",
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
      "empty or a DNS-1123 subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and ending"
          + " alphanumeric", 253),
  /** A label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric. */
  LABEL_VALUE("label-value", "^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$",
      "a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric"),
  /** Empty, or a command-line flag name as the operator spells it (no leading dashes). */
  FLAG_NAME("flag-name", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
      "empty or a flag name without leading dashes: lower-case letters, digits and '-'"),
  /** Empty, or a Kubernetes version such as 1.20 or v1.20.2. */
  KUBE_VERSION("kube-version", "^(v?[0-9]+\\.[0-9]+(\\.[0-9]+)?)?$",
      "empty or a Kubernetes version such as 1.20 or v1.20.2");

  private final String label;
  private final String regex;
  private final Pattern pattern;
  private final String description;
  /** The longest value, or 0 for no bound beyond the pattern's (JSON Schema's maxLength: Go's regexp has no lookahead). */
  private final int maxLength;

  ValueFormat(String label, String regex, String description) {
    this(label, regex, description, 0);
  }

  ValueFormat(String label, String regex, String description, int maxLength) {
    this.maxLength = maxLength;
    this.label = label;
    this.regex = regex;
    this.pattern = Pattern.compile(regex);
    this.description = description;
  }

  public String label() {
    return label;
  }

  /** The regular expression, written so that Java and JSON Schema (ECMA 262) read it alike. */
  public String regex() {
    return regex;
  }

  public String description() {
    return description;
  }

  public int maxLength() {
    return maxLength;
  }

  public boolean matches(String s) {
    return (maxLength == 0 || s.codePointCount(0, s.length()) <= maxLength) && pattern.matcher(s).matches();
  }

  public static ValueFormat ofLabel(String label) {
    for (ValueFormat f : values()) {
      if (f.label.equals(label)) {
        return f;
      }
    }
    return null;
  }
}
