package dev.manifestgen.crd;

import static dev.manifestgen.crd.KnownTypes.map;

import dev.manifestgen.golang.GoModuleCache;
import dev.manifestgen.golang.KindPlural;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds apiextensions.k8s.io/v1 CustomResourceDefinitions from a Go module's API packages, as
 * controller-gen does: a package with {@code +groupName} is a group's version (the package's
 * name), each type in it that embeds metav1.TypeMeta and metav1.ObjectMeta a kind, and the
 * versions of a kind across packages make up one CRD, each with its own structural schema.
 * {@link CrdSettings} then keeps fields open and adds kept versions.
 */
public final class CrdGenerator {
  private final ApiModule module;
  private final CrdSettings settings;

  /**
   * The CRDs and the warnings met while reading the source (unknown markers); where it looked: how many
   * packages the module has and which of them declare a {@code +groupName} (the only ones searched for kinds);
   * the package directories read outside the module (the Go module cache, Go's standard library), sorted.
   */
  public record Result(List<GeneratedCrd> crds, List<String> warnings, int packages, List<String> groupPackages,
      List<Path> readOutside) {
    public Result withWarnings(List<String> replaced) {
      return new Result(crds, replaced, packages, groupPackages, readOutside);
    }
  }

  private record KindVersion(String version, GoTypeDecl decl) {}

  private CrdGenerator(ApiModule module, CrdSettings settings) {
    this.module = module;
    this.settings = settings;
  }

  /** The CRDs of the Go module at {@code root}, other modules read from the environment's module cache. */
  public static Result generate(Path root) throws CrdException {
    return generate(root, GoModuleCache.fromEnvironment(), CrdSettings.NONE);
  }

  /** The CRDs of the Go module at {@code root}, sorted by file name. */
  public static Result generate(Path root, GoModuleCache cache, CrdSettings settings) throws CrdException {
    ApiModule module = ApiModule.read(root, cache);
    List<GeneratedCrd> crds = new CrdGenerator(module, settings).run();
    List<String> groupPackages = new ArrayList<>();
    for (String pkg : module.packages()) {
      if (module.packageMarker(pkg, "groupName") != null) {
        groupPackages.add(pkg);
      }
    }
    return new Result(crds, module.warnings(), module.packages().size(), List.copyOf(groupPackages),
        module.directoriesReadOutside());
  }

  private List<GeneratedCrd> run() throws CrdException {
    // A kind is a struct type embedding TypeMeta and ObjectMeta; once a group has it, every package of the group
    // that declares a type of that name is one of its versions, as controller-gen reads them (Gateway API's
    // v1beta1 declares type GatewayClass v1.GatewayClass).
    Map<String, Set<String>> kindNames = new TreeMap<>();
    List<String> groupPackages = new ArrayList<>();
    for (String pkg : module.packages()) {
      String group = module.packageMarker(pkg, "groupName");
      if (group == null || module.packageMarker(pkg, "kubebuilder:skip") != null) {
        continue;
      }
      groupPackages.add(pkg);
      for (GoTypeDecl decl : module.types(pkg).values()) {
        if (isKind(decl)) {
          kindNames.computeIfAbsent(group, g -> new TreeSet<>()).add(decl.name());
        }
      }
    }
    // group -> kind -> versions, in package order
    Map<String, Map<String, List<KindVersion>>> kinds = new TreeMap<>();
    for (String pkg : groupPackages) {
      String group = module.packageMarker(pkg, "groupName");
      String version = module.packageMarker(pkg, "versionName");
      version = version != null ? version : module.packageName(pkg);
      for (GoTypeDecl decl : module.types(pkg).values()) {
        // +kubebuilder:skipversion leaves this version out of the kind's CRD (a kind with every version
        // skipped has none), as for types conversion-gen needs but the API server does not serve.
        if (!kindNames.getOrDefault(group, Set.of()).contains(decl.name()) || !decl.typeParams().isEmpty()
            || decl.has("kubebuilder:skipversion")) {
          continue;
        }
        kinds.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(decl.name(), k -> new ArrayList<>())
            .add(new KindVersion(version, decl));
      }
    }
    List<GeneratedCrd> out = new ArrayList<>();
    SchemaBuilder schemas = new SchemaBuilder(module, settings.embeddedObjectMeta());
    Set<String> made = new java.util.HashSet<>();
    for (var group : kinds.entrySet()) {
      for (var kind : group.getValue().entrySet()) {
        Map<String, Object> crd = crd(group.getKey(), kind.getKey(), kind.getValue(), schemas);
        @SuppressWarnings("unchecked")
        String plural = (String) ((Map<String, Object>) ((Map<String, Object>) crd.get("spec")).get("names")).get("plural");
        String name = plural + "." + group.getKey();
        made.add(name);
        CrdSettings.Crd own = settings.crds().get(name);
        if (own != null) {
          CrdAdjustments.apply(crd, name, own, settings);
        }
        String yaml = "---\n" + YamlWriter.toYaml(crd) + "\n";
        out.add(new GeneratedCrd(group.getKey() + "_" + plural + ".yaml", crd, yaml));
      }
    }
    for (String name : settings.crds().keySet()) {
      if (!made.contains(name)) {
        throw new CrdException(settings.where(name, "") + ": " + name + ": no API type makes this CRD (expected"
            + " <plural>.<group> of one of: " + String.join(", ", new java.util.TreeSet<>(made)) + ")");
      }
    }
    out.sort(Comparator.comparing(GeneratedCrd::fileName));
    return List.copyOf(out);
  }

  /**
   * A kind, as controller-gen finds them: a struct that embeds both metav1.TypeMeta and
   * metav1.ObjectMeta (a list embeds ListMeta; a config file's type has TypeMeta alone).
   */
  private static boolean isKind(GoTypeDecl decl) {
    if (!(decl.type() instanceof GoType.Struct s) || !decl.typeParams().isEmpty()) {
      return false;
    }
    boolean typeMeta = false;
    boolean objectMeta = false;
    for (GoField f : s.fields()) {
      if (f.embedded() && f.type() instanceof GoType.Named n && KnownTypes.META.equals(n.packagePath())) {
        typeMeta |= n.name().equals("TypeMeta");
        objectMeta |= n.name().equals("ObjectMeta");
      }
    }
    return typeMeta && objectMeta;
  }

  private Map<String, Object> crd(String group, String kind, List<KindVersion> versions, SchemaBuilder schemas)
      throws CrdException {
    GoTypeDecl first = versions.get(0).decl();
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("kind", kind);
    names.put("listKind", kind + "List");
    names.put("plural", KindPlural.of(kind));
    names.put("singular", kind.toLowerCase(Locale.ROOT));
    String scope = "Namespaced";
    List<KindVersion> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(KindVersion::version));
    List<Map<String, Object>> versionList = new ArrayList<>();
    int storage = 0;
    for (KindVersion kv : sorted) {
      GoTypeDecl decl = kv.decl();
      for (Marker m : decl.all("kubebuilder:resource")) {
        for (var a : m.args().entrySet()) {
          switch (a.getKey()) {
            case "path" -> names.put("plural", a.getValue());
            case "singular" -> names.put("singular", a.getValue());
            case "shortName" -> names.put("shortNames", m.listArg("shortName"));
            case "categories" -> names.put("categories", m.listArg("categories"));
            case "scope" -> {
              if (!a.getValue().equals("Namespaced") && !a.getValue().equals("Cluster")) {
                throw new CrdException(m.where() + ": scope=" + a.getValue() + ": expected Namespaced or Cluster");
              }
              scope = a.getValue();
            }
            default -> throw new CrdException(m.where() + ": +kubebuilder:resource: unknown argument " + a.getKey()
                + " (expected path, singular, shortName, categories or scope)");
          }
        }
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", kv.version());
      List<Map<String, Object>> columns = printerColumns(decl);
      if (!columns.isEmpty()) {
        v.put("additionalPrinterColumns", columns);
      }
      v.put("schema", map("openAPIV3Schema", schemas.rootSchema(decl)));
      v.put("served", !decl.has("kubebuilder:unservedversion"));
      boolean isStorage = decl.has("kubebuilder:storageversion") || versions.size() == 1;
      storage += isStorage ? 1 : 0;
      v.put("storage", isStorage);
      Map<String, Object> subresources = subresources(decl);
      // controller-gen opens the subresources of a version it gives printer columns: `subresources: {}`
      if (!subresources.isEmpty() || !columns.isEmpty()) {
        v.put("subresources", subresources);
      }
      VersionMarkers.apply(decl, v);
      versionList.add(v);
    }
    if (storage != 1) {
      throw new CrdException(first.where() + ": " + kind + "." + group + " has " + storage
          + " storage versions; mark exactly one version's type +kubebuilder:storageversion");
    }
    if (versionList.stream().noneMatch(v -> Boolean.TRUE.equals(v.get("served")))) {
      throw new CrdException(first.where() + ": " + kind + "." + group + " serves no version"
          + " (every version is +kubebuilder:unservedversion)");
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("group", group);
    spec.put("names", names);
    spec.put("scope", scope);
    spec.put("versions", versionList);
    Map<String, Object> crd = new LinkedHashMap<>();
    crd.put("apiVersion", "apiextensions.k8s.io/v1");
    crd.put("kind", "CustomResourceDefinition");
    Map<String, Object> metadata = VersionMarkers.metadata(versions.stream().map(KindVersion::decl).toList());
    metadata.put("name", names.get("plural") + "." + group);
    crd.put("metadata", metadata);
    crd.put("spec", spec);
    return crd;
  }

  private static List<Map<String, Object>> printerColumns(GoTypeDecl decl) throws CrdException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Marker m : decl.all("kubebuilder:printcolumn")) {
      Map<String, Object> column = new LinkedHashMap<>();
      for (var a : m.args().entrySet()) {
        switch (a.getKey()) {
          case "name", "type" -> column.put(a.getKey(), a.getValue());
          // empty is JSON's omitted value: controller-gen writes no description: '' or format: ''
          case "description", "format" -> {
            if (!a.getValue().isEmpty()) {
              column.put(a.getKey(), a.getValue());
            }
          }
          case "JSONPath" -> column.put("jsonPath", a.getValue());
          case "priority" -> {
            try {
              int priority = Integer.parseInt(a.getValue());
              if (priority != 0) {
                column.put("priority", priority);
              }
            } catch (NumberFormatException e) {
              throw new CrdException(m.where() + ": priority=" + a.getValue() + ": expected an integer");
            }
          }
          default -> throw new CrdException(m.where() + ": +kubebuilder:printcolumn: unknown argument " + a.getKey()
              + " (expected name, type, JSONPath, description, format or priority)");
        }
      }
      for (String required : List.of("name", "type", "jsonPath")) {
        if (!column.containsKey(required)) {
          throw new CrdException(m.where() + ": +kubebuilder:printcolumn needs "
              + (required.equals("jsonPath") ? "JSONPath" : required));
        }
      }
      out.add(column);
    }
    return out;
  }

  private static Map<String, Object> subresources(GoTypeDecl decl) throws CrdException {
    Map<String, Object> out = new LinkedHashMap<>();
    if (decl.has("kubebuilder:subresource:status")) {
      out.put("status", new LinkedHashMap<>());
    }
    for (Marker m : decl.all("kubebuilder:subresource:scale")) {
      Map<String, Object> scale = new LinkedHashMap<>();
      for (var a : m.args().entrySet()) {
        switch (a.getKey()) {
          case "specpath" -> scale.put("specReplicasPath", a.getValue());
          case "statuspath" -> scale.put("statusReplicasPath", a.getValue());
          case "selectorpath" -> scale.put("labelSelectorPath", a.getValue());
          default -> throw new CrdException(m.where() + ": +kubebuilder:subresource:scale: unknown argument "
              + a.getKey() + " (expected specpath, statuspath or selectorpath)");
        }
      }
      if (!scale.containsKey("specReplicasPath") || !scale.containsKey("statusReplicasPath")) {
        throw new CrdException(m.where() + ": +kubebuilder:subresource:scale needs specpath and statuspath");
      }
      out.put("scale", scale);
    }
    return out;
  }
}
