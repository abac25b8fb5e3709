package dev.manifestgen.contract;

import dev.manifestgen.golang.GoComment;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.KindPlural;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API kinds an operator serves, read the way controller-gen reads them: a type whose markers
 * (the comments between the previous declaration and the type) say {@code +kubebuilder:object:root=true}
 * and whose name does not end in {@code List}; the group from its package's {@code +groupName}; the
 * version from the package's {@code +versionName} or its name ({@code package v1beta1}); the storage
 * version from {@code +kubebuilder:storageversion} (the only version when there is one);
 * {@code +kubebuilder:unservedversion} leaves a version out of the served ones, {@code +kubebuilder:skipversion}
 * out of the kind; plural and scope from
 * {@code +kubebuilder:resource:path=...,scope=...}, else the lower-cased kind made plural the way
 * controller-gen does it and {@code Namespaced}.
 */
final class KindMarkers {
  private static final Pattern GROUP = Pattern.compile("^\\s*\\+groupName=\"?([^\"\\s]*)\"?\\s*$");
  private static final Pattern VERSION_NAME = Pattern.compile("^\\s*\\+versionName=\"?([^\"\\s]+)\"?\\s*$");
  private static final Pattern ROOT = Pattern.compile("^\\s*\\+kubebuilder:object:root(=true)?\\s*$");
  private static final Pattern RESOURCE = Pattern.compile("^\\s*\\+kubebuilder:resource:(.*)$");
  private static final Pattern KUBE_VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

  private record Version(String version, boolean served, boolean storage, String plural, String scope) {}

  private KindMarkers() {}

  static List<ServedKind> find(List<GoFile> files) {
    Map<String, List<GoFile>> packages = new TreeMap<>();
    for (GoFile f : files) {
      packages.computeIfAbsent(f.packagePath(), p -> new ArrayList<>()).add(f);
    }
    Map<String, List<Version>> kinds = new TreeMap<>();
    Map<String, String[]> groupAndKind = new TreeMap<>();
    for (Map.Entry<String, List<GoFile>> p : packages.entrySet()) {
      String group = null;
      String version = p.getValue().get(0).packageName(); // as controller-gen names it: api/v2 is version v2
      for (GoFile f : p.getValue()) {
        for (GoComment c : f.comments()) {
          Matcher g = GROUP.matcher(c.text());
          if (g.matches()) {
            group = g.group(1);
          }
          Matcher v = VERSION_NAME.matcher(c.text());
          if (v.matches()) {
            version = v.group(1);
          }
        }
      }
      if (group == null) {
        continue;
      }
      for (GoFile f : p.getValue()) {
        List<GoToken> t = f.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
          // a struct, or another version's kind (type GatewayClass v1.GatewayClass, as Gateway API declares v1beta1)
          if (!t.get(i).is("type") || !t.get(i + 1).isIdent() || !(t.get(i + 2).is("struct") || t.get(i + 2).isIdent())) {
            continue;
          }
          String kind = t.get(i + 1).text();
          List<String> markers = markers(f, i == 0 ? 0 : t.get(i - 1).line(), t.get(i).line());
          if (kind.endsWith("List") || markers.stream().noneMatch(m -> ROOT.matcher(m).matches())
              || markers.stream().anyMatch(m -> m.trim().equals("+kubebuilder:skipversion"))) {
            continue;
          }
          String plural = KindPlural.of(kind);
          String scope = "Namespaced";
          for (String m : markers) {
            Matcher r = RESOURCE.matcher(m);
            if (r.matches()) {
              for (String arg : r.group(1).split(",")) {
                String[] kv = arg.split("=", 2);
                if (kv.length == 2 && kv[0].trim().equals("path")) {
                  plural = kv[1].trim();
                } else if (kv.length == 2 && kv[0].trim().equals("scope")) {
                  scope = kv[1].trim();
                }
              }
            }
          }
          boolean served = markers.stream().noneMatch(m -> m.trim().equals("+kubebuilder:unservedversion"));
          boolean storage = markers.stream().anyMatch(m -> m.trim().equals("+kubebuilder:storageversion"));
          String key = group + "/" + kind;
          groupAndKind.put(key, new String[] {group, kind});
          kinds.computeIfAbsent(key, k -> new ArrayList<>()).add(new Version(version, served, storage, plural, scope));
        }
      }
    }
    List<ServedKind> out = new ArrayList<>();
    for (Map.Entry<String, List<Version>> k : kinds.entrySet()) {
      List<Version> versions = new ArrayList<>(k.getValue());
      versions.sort(Comparator.comparing(Version::version, KindMarkers::newestFirst));
      Version storage = versions.stream().filter(Version::storage).findFirst().orElse(versions.size() == 1 ? versions.get(0) : null);
      Version shape = storage != null ? storage : versions.get(0);
      List<String> served = versions.stream().filter(Version::served).map(Version::version).toList();
      String[] gk = groupAndKind.get(k.getKey());
      out.add(new ServedKind(gk[0], gk[1], shape.plural(), shape.scope(), served, storage == null ? null : storage.version()));
    }
    return out;
  }

  /** The marker comments between the previous token's line and the type's line. */
  private static List<String> markers(GoFile f, int afterLine, int typeLine) {
    List<String> out = new ArrayList<>();
    for (GoComment c : f.comments()) {
      if (c.line() > afterLine && c.line() < typeLine && c.text().trim().startsWith("+")) {
        out.add(c.text().trim());
      }
    }
    return out;
  }

  /** Kubernetes' version priority: GA before beta before alpha, higher numbers first, other names last, alphabetically. */
  static int newestFirst(String a, String b) {
    Matcher x = KUBE_VERSION.matcher(a);
    Matcher y = KUBE_VERSION.matcher(b);
    boolean kx = x.matches();
    boolean ky = y.matches();
    if (!kx || !ky) {
      return kx ? -1 : ky ? 1 : a.compareTo(b);
    }
    int sx = stability(x.group(2));
    int sy = stability(y.group(2));
    if (sx != sy) {
      return Integer.compare(sy, sx);
    }
    int major = Integer.compare(Integer.parseInt(y.group(1)), Integer.parseInt(x.group(1)));
    if (major != 0 || x.group(3) == null) {
      return major;
    }
    return Integer.compare(Integer.parseInt(y.group(3)), Integer.parseInt(x.group(3)));
  }

  private static int stability(String level) {
    return level == null ? 2 : level.equals("beta") ? 1 : 0;
  }
}
