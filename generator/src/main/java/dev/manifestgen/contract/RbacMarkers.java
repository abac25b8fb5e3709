package dev.manifestgen.contract;

import dev.manifestgen.golang.GoComment;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoSourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permissions an operator asks for, from controller-gen's {@code +kubebuilder:rbac:key=value,...}
 * markers (lists separated by {@code ;}; {@code core} is the empty group), and manifest-gen's
 * {@code +manifest-gen:rbac:when=FLAG} before one: the permission is needed only while that bool flag is
 * on. A marker the contract cannot hold (non-resource URLs, an unknown key, no resources or verbs) is
 * skipped with a note; a misplaced {@code when} is an error.
 */
final class RbacMarkers {
  private static final Pattern RBAC = Pattern.compile("^\\s*\\+kubebuilder:rbac:(.*)$");
  private static final Pattern WHEN = Pattern.compile("^\\s*\\+manifest-gen:rbac:when=([A-Za-z0-9_.-]+)\\s*$");

  private RbacMarkers() {}

  /**
   * The permissions the markers in {@code files} ask for; a {@code when} flag must be one of {@code flags}, a
   * bool. Markers the contract cannot hold are skipped, with a note.
   */
  static List<Permission> read(List<GoFile> files, Map<String, GoFlagCalls.Definition> flags, List<String> notes)
      throws GoSourceException {
    List<Permission> out = new ArrayList<>();
    for (GoFile f : files) {
      String when = null;
      int whenLine = 0;
      for (GoComment c : f.comments()) {
        Matcher w = WHEN.matcher(c.text());
        if (w.matches()) {
          when = w.group(1);
          whenLine = c.line();
          GoFlagCalls.Definition flag = flags.get(when);
          if (flag == null || flag.type() != FlagType.BOOL) {
            throw new GoSourceException(f.display() + ":" + c.line() + ": +manifest-gen:rbac:when=" + when
                + ": not a bool flag of the operator");
          }
          continue;
        }
        Matcher m = RBAC.matcher(c.text());
        if (m.matches()) {
          Permission p = permission(f, c.line(), m.group(1).trim(), when, notes);
          if (p != null) {
            out.add(p);
          }
          when = null;
        } else if (c.text().trim().startsWith("+") && when != null) {
          throw new GoSourceException(f.display() + ":" + whenLine
              + ": +manifest-gen:rbac:when must be followed by a +kubebuilder:rbac marker");
        }
      }
      if (when != null) {
        throw new GoSourceException(f.display() + ":" + whenLine
            + ": +manifest-gen:rbac:when must be followed by a +kubebuilder:rbac marker");
      }
    }
    return out;
  }

  /** The marker's permission; null (and a note) for a marker the contract cannot hold. */
  private static Permission permission(GoFile f, int line, String args, String when, List<String> notes) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String part : args.split(",")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        notes.add(f.display() + ":" + line + ": +kubebuilder:rbac: expected key=value, got " + part + "; skipped");
        return null;
      }
      List<String> list = new ArrayList<>();
      for (String v : part.substring(eq + 1).split(";", -1)) {
        String value = v.trim();
        list.add(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value);
      }
      values.put(part.substring(0, eq).trim(), list);
    }
    for (String key : values.keySet()) {
      if (!Set.of("groups", "resources", "verbs", "resourceNames", "namespace", "urls").contains(key)) {
        notes.add(f.display() + ":" + line + ": +kubebuilder:rbac: unknown argument " + key + "; skipped");
        return null;
      }
    }
    if (values.containsKey("urls")) {
      notes.add(f.display() + ":" + line + ": +kubebuilder:rbac: non-resource URLs (urls=) cannot be expressed in the"
          + " contract; skipped");
      return null;
    }
    if (!values.containsKey("verbs") || !values.containsKey("resources")) {
      notes.add(f.display() + ":" + line + ": +kubebuilder:rbac: resources and verbs are required" + "; skipped");
      return null;
    }
    List<String> groups = values.getOrDefault("groups", List.of("")).stream()
        .map(g -> g.equals("core") ? "" : g).toList();
    List<String> namespace = values.get("namespace");
    return new Permission(groups, values.get("resources"), values.get("verbs"),
        values.getOrDefault("resourceNames", List.of()), namespace == null ? null : namespace.get(0), when);
  }
}
