package dev.manifestgen.contract;

import dev.manifestgen.golang.GoComment;
import dev.manifestgen.golang.GoFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhooks an operator serves, from controller-gen's {@code +kubebuilder:webhook:key=value,...}
 * markers (lists separated by {@code ;}). failurePolicy ({@code Fail} when absent, as controller-gen
 * defaults it), verbs and sideEffects are written the way the API spells them. A marker without a name,
 * path, groups, resources, versions or verbs is not one controller-gen would accept: it is skipped and
 * reported, not fatal.
 */
final class WebhookMarkers {
  private static final Pattern MARKER = Pattern.compile("^\\s*\\+kubebuilder:webhook:(.*)$");
  private static final Set<String> KNOWN = Set.of("path", "mutating", "failurePolicy", "sideEffects", "groups", "resources",
      "verbs", "versions", "name", "admissionReviewVersions", "matchPolicy", "reinvocationPolicy", "timeoutSeconds",
      "webhookVersions");
  private static final List<String> SIDE_EFFECTS = List.of("None", "NoneOnDryRun", "Some", "Unknown");

  private WebhookMarkers() {}

  /** Every webhook marked in the files, one per name, sorted by name; problems go to {@code skipped}. */
  static List<Webhook> find(List<GoFile> files, Consumer<String> skipped) {
    Map<String, Webhook> byName = new TreeMap<>();
    for (GoFile f : files) {
      for (GoComment c : f.comments()) {
        Matcher m = MARKER.matcher(c.text());
        if (!m.matches()) {
          continue;
        }
        String where = f.display() + ":" + c.line() + ": +kubebuilder:webhook: ";
        Map<String, String> args = arguments(m.group(1).trim());
        List<String> missing = new ArrayList<>();
        for (String key : List.of("name", "path", "groups", "resources", "versions", "verbs")) {
          if (!args.containsKey(key)) {
            missing.add(key);
          }
        }
        if (!missing.isEmpty()) {
          skipped.accept(where + "skipped, no " + String.join(", ", missing));
          continue;
        }
        List<String> unknown = args.keySet().stream().filter(k -> !KNOWN.contains(k)).toList();
        if (!unknown.isEmpty()) {
          skipped.accept(where + "ignored unknown argument(s) " + String.join(", ", unknown));
        }
        String failurePolicy = args.getOrDefault("failurePolicy", "Fail");
        failurePolicy = failurePolicy.equalsIgnoreCase("ignore") ? "Ignore" : failurePolicy.equalsIgnoreCase("fail") ? "Fail" : null;
        if (failurePolicy == null) {
          skipped.accept(where + "skipped, failurePolicy is neither Ignore nor Fail");
          continue;
        }
        String sideEffects = args.get("sideEffects");
        if (sideEffects != null) {
          String given = sideEffects;
          sideEffects = SIDE_EFFECTS.stream().filter(s -> s.equalsIgnoreCase(given)).findFirst().orElse(given);
        }
        Webhook w = new Webhook(args.get("name"), args.get("path"), Boolean.parseBoolean(args.getOrDefault("mutating", "false")),
            failurePolicy, sideEffects, list(args.get("groups")), list(args.get("versions")), list(args.get("resources")),
            list(args.get("verbs")).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
        Webhook before = byName.putIfAbsent(w.name(), w);
        if (before != null && !before.equals(w)) {
          skipped.accept(where + "skipped, a different webhook named " + w.name() + " is marked before");
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** {@code a=b,c=d;e,f="x,y"}: split at commas outside quotes, values unquoted. */
  private static Map<String, String> arguments(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char ch : text.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      }
      if (ch == ',' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    parts.add(current.toString());
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.put(part.substring(0, eq).trim(), unquote(part.substring(eq + 1).trim()));
      }
    }
    return out;
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String v : value.split(";", -1)) {
      out.add(unquote(v.trim()));
    }
    return out;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
