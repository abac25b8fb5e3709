package dev.manifestgen.crd;

import static dev.manifestgen.crd.KnownTypes.map;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the structural OpenAPI v3 schema of a Go type the way controller-gen does: structs are
 * objects with a property per JSON field (inline fields merged in), a field is required unless it
 * is {@code omitempty} or marked optional, pointers are their element, slices arrays and maps
 * objects with additionalProperties; doc comments become descriptions, markers validations.
 * Schemas are built as fresh trees (every call returns maps no one else holds).
 */
final class SchemaBuilder {
  private final ApiModule module;
  /** The named types being expanded, outermost first: meeting one again is a cycle. */
  private final Deque<GoTypeDecl> expanding = new ArrayDeque<>();

  private final boolean embeddedObjectMeta;
  /** Where a struct keeps its inlined structs' CEL rules until its own type's markers have added theirs. */
  private static final String INLINE_RULES = "\0inline-rules";

  SchemaBuilder(ApiModule module, boolean embeddedObjectMeta) {
    this.module = module;
    this.embeddedObjectMeta = embeddedObjectMeta;
  }

  /** The openAPIV3Schema of a kind's root type. */
  Map<String, Object> rootSchema(GoTypeDecl root) throws CrdException {
    return named(root, List.of(), true);
  }

  private Map<String, Object> named(GoTypeDecl decl, List<GoType> typeArgs, boolean objectRoot)
      throws CrdException {
    for (GoTypeDecl d : expanding) {
      if (d == decl && decl.typeParams().isEmpty()) {
        List<String> path = new ArrayList<>();
        expanding.descendingIterator().forEachRemaining(x -> path.add(x.name()));
        path.add(decl.name());
        int from = path.indexOf(decl.name());
        throw new CrdException(decl.where() + ": type cycle " + String.join(" -> ", path.subList(from, path.size()))
            + ": a CRD schema cannot refer to itself; break the cycle or mark the field"
            + " +kubebuilder:validation:Schemaless");
      }
    }
    if (typeArgs.size() != decl.typeParams().size()) {
      throw new CrdException(decl.where() + ": " + decl.name() + " has " + decl.typeParams().size()
          + " type parameters; a field of an API type gives it " + typeArgs.size());
    }
    Map<String, GoType> bindings = new LinkedHashMap<>();
    for (int k = 0; k < typeArgs.size(); k++) {
      bindings.put(decl.typeParams().get(k), typeArgs.get(k));
    }
    GoType type = GoType.substitute(decl.type(), decl.packagePath(), bindings);
    expanding.push(decl);
    try {
      Map<String, Object> schema = objectRoot && type instanceof GoType.Struct s ? struct(s, decl, true)
          : objectRoot && type instanceof GoType.Named n && !n.predeclared() && KnownTypes.override(n.packagePath(), n.name(),
              embeddedObjectMeta) == null ? named(declOf(n, decl.where()), n.typeArgs(), true) // type Kind v1.Kind
          : schema(type, decl, decl.line());
      if (decl.alias()) {
        return schema; // an alias is the type it names, as go/types sees it: its own comment is not the type's
      }
      String description = description(decl.doc());
      if (description != null) {
        schema.put("description", description);
      }
      if (decl.has("k8s:enum")) {
        enumOfConstants(decl, schema);
      }
      applyMarkers(decl.markers(), schema);
      finishInlineRules(schema);
      return schema;
    } finally {
      expanding.pop();
    }
  }

  /** A {@code +k8s:enum} type: a string whose values are its package's constants of that type. */
  private void enumOfConstants(GoTypeDecl decl, Map<String, Object> schema) throws CrdException {
    if (!"string".equals(schema.get("type"))) {
      throw new CrdException(decl.where() + ": +k8s:enum on " + decl.name() + ": an enum type must be a string");
    }
    List<String> values = module.enumValues(decl.packagePath(), decl.name());
    if (values.isEmpty()) {
      throw new CrdException(decl.where() + ": +k8s:enum on " + decl.name() + ": no constant of type " + decl.name()
          + " with a string value in its package");
    }
    schema.put("enum", new ArrayList<Object>(values));
  }

  /** The schema of a type written in {@code in}'s declaration on {@code line}. */
  private Map<String, Object> schema(GoType type, GoTypeDecl in, int line) throws CrdException {
    String where = in.file() + ":" + line;
    if (type instanceof GoType.Pointer p) {
      return schema(p.element(), in, line);
    }
    if (type instanceof GoType.Slice s) {
      if (s.element() instanceof GoType.Named n && n.predeclared() && n.name().equals("byte")) {
        return map("format", "byte", "type", "string");
      }
      return map("items", schema(s.element(), in, line), "type", "array");
    }
    if (type instanceof GoType.Array a) {
      return map("items", schema(a.element(), in, line), "type", "array");
    }
    if (type instanceof GoType.MapOf m) {
      if (!isStringKey(m.key())) {
        throw new CrdException(where + ": map key " + m.key() + " in " + in.name()
            + ": JSON objects have string keys only");
      }
      return map("additionalProperties", schema(m.value(), in, line), "type", "object");
    }
    if (type instanceof GoType.Struct s) {
      return struct(s, in, false);
    }
    if (type instanceof GoType.Opaque o) {
      throw new CrdException(where + ": " + o.what() + " in " + in.name() + " has no schema; mark its field"
          + " +kubebuilder:validation:Schemaless (with a +kubebuilder:validation:Type) or"
          + " +kubebuilder:pruning:PreserveUnknownFields");
    }
    GoType.Named n = (GoType.Named) type;
    if (n.predeclared()) {
      return predeclared(n.name(), in, where);
    }
    Map<String, Object> known = KnownTypes.override(n.packagePath(), n.name(), embeddedObjectMeta);
    if (known != null) {
      return known;
    }
    return named(declOf(n, where), n.typeArgs(), false);
  }

  /** The declaration a type name refers to, in this module or (read from the module cache) another. */
  private GoTypeDecl declOf(GoType.Named n, String where) throws CrdException {
    GoTypeDecl decl = module.type(n.packagePath(), n.name());
    if (decl == null) {
      throw new CrdException(where + ": type " + n.name() + " is not declared in package " + n.packagePath());
    }
    return decl;
  }

  private boolean isStringKey(GoType key) throws CrdException {
    if (!(key instanceof GoType.Named n)) {
      return false;
    }
    if (n.predeclared()) {
      return n.name().equals("string");
    }
    Map<String, Object> known = KnownTypes.override(n.packagePath(), n.name(), embeddedObjectMeta);
    if (known != null) {
      return "string".equals(known.get("type"));
    }
    GoTypeDecl d = module.type(n.packagePath(), n.name());
    return d != null && isStringKey(d.type());
  }

  private static Map<String, Object> predeclared(String name, GoTypeDecl in, String where) throws CrdException {
    return switch (name) {
      case "string" -> map("type", "string");
      case "bool" -> map("type", "boolean");
      // controller-gen gives a format to the 32- and 64-bit integers only (rune is int32, byte uint8).
      case "int32", "uint32", "rune" -> map("format", "int32", "type", "integer");
      case "int64", "uint64" -> map("format", "int64", "type", "integer");
      case "int", "uint", "int8", "int16", "uint8", "uint16", "byte", "uintptr" -> map("type", "integer");
      case "float32", "float64" -> map("type", "number");
      default -> throw new CrdException(where + ": " + name + " in " + in.name()
          + " has no JSON schema (expected a string, number, bool, struct, slice or map)");
    };
  }

  private Map<String, Object> struct(GoType.Struct struct, GoTypeDecl in, boolean objectRoot) throws CrdException {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    Requiredness requiredness = new Requiredness(in, module.packageMarkers(in.packagePath()));
    List<String> immutable = new ArrayList<>();
    Map<String, Object> merged = new LinkedHashMap<>();
    for (GoField field : struct.fields()) {
      String json = field.tagValue("json");
      if (json == null && !field.embedded()) {
        throw new CrdException(in.file() + ":" + field.line() + ": field " + field.name() + " of " + in.name()
            + " has no json tag (expected `json:\"name\"`, `json:\",inline\"` or `json:\"-\"`)");
      }
      String[] parts = (json == null ? "" : json).split(",", -1);
      String name = parts[0];
      List<String> options = List.of(parts).subList(1, parts.length);
      if (name.equals("-") && options.isEmpty()) {
        continue;
      }
      if (options.contains("inline") || (field.embedded() && name.isEmpty())) {
        inline(field, in, properties, required, merged);
        continue;
      }
      String property = name.isEmpty() ? field.name() : name;
      properties.put(property, field(field, in, objectRoot));
      if (requiredness.isRequired(field, property, options)) {
        required.add(property);
      } else if (has(field.markers(), "k8s:immutable")) {
        immutable.add(property);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!properties.isEmpty()) {
      out.put("properties", properties);
    }
    if (!required.isEmpty()) {
      out.put("required", required);
    }
    out.put("type", "object");
    for (String field : immutable) {
      CelRules.add(out, CelRules.keptOnceSet(field));
    }
    merged.forEach(out::putIfAbsent);
    return out;
  }

  @SuppressWarnings("unchecked")
  /**
   * Merges an inline field's struct, with the field's own markers applied, into its parent's properties and
   * required; its other keywords go to {@code merged} (the parent keeps its own where both have one), its CEL
   * rules to the parent's after the parent's own and before those of structs inlined above it, as controller-gen
   * flattens embedded structs.
   */
  private void inline(GoField field, GoTypeDecl in, Map<String, Object> properties, List<String> required,
      Map<String, Object> merged) throws CrdException {
    Map<String, Object> embedded = schema(field.type(), in, field.line());
    Object props = embedded.get("properties");
    if (!"object".equals(embedded.get("type")) || embedded.containsKey("x-kubernetes-preserve-unknown-fields")) {
      throw new CrdException(in.file() + ":" + field.line() + ": inline field " + field.name() + " of " + in.name()
          + ": only a struct of known fields can be inlined");
    }
    if (props instanceof Map<?, ?> p) {
      properties.putAll((Map<String, Object>) p);
    }
    if (embedded.get("required") instanceof List<?> r) {
      for (Object o : r) {
        if (!required.contains(o)) {
          required.add((String) o);
        }
      }
    }
    finishInlineRules(embedded);
    // Markers written on the inline field itself (XValidation on an embedded struct) belong to the struct.
    applyFieldMarkers(field, embedded);
    for (var e : embedded.entrySet()) {
      switch (e.getKey()) {
        case "properties", "required", "type", "description", "title", "example", "externalDocs" -> { }
        // Each inlined struct's rules go before those of the structs inlined above it: controller-gen's
        // flattener prepends, so the parent's own come first and then the inlined structs' last first.
        case CelRules.KEY -> ((List<Object>) merged.computeIfAbsent(INLINE_RULES, k -> new ArrayList<>()))
            .addAll(0, (List<Object>) e.getValue());
        default -> merged.putIfAbsent(e.getKey(), e.getValue());
      }
    }
  }

  /** Puts the CEL rules of inlined structs after the node's own (its struct's and its type's markers'). */
  @SuppressWarnings("unchecked")
  private static void finishInlineRules(Map<String, Object> schema) {
    Object rules = schema.remove(INLINE_RULES);
    if (rules instanceof List<?> list) {
      for (Object rule : list) {
        CelRules.add(schema, (Map<String, Object>) rule);
      }
    }
  }

  private Map<String, Object> field(GoField field, GoTypeDecl in, boolean objectRoot) throws CrdException {
    if (has(field.markers(), "k8s:enum")) {
      throw new CrdException(in.file() + ":" + field.line() + ": +k8s:enum on field " + field.name() + " of "
          + in.name() + ": it belongs on the enum's type declaration");
    }
    boolean schemaless = has(field.markers(), "kubebuilder:validation:Schemaless");
    Map<String, Object> schema;
    if (schemaless) {
      schema = new LinkedHashMap<>();
    } else if (field.type() instanceof GoType.Opaque && (has(field.markers(), "kubebuilder:pruning:PreserveUnknownFields")
        || has(field.markers(), "kubebuilder:validation:XPreserveUnknownFields"))) {
      schema = new LinkedHashMap<>();
    } else if (objectRoot && field.type() instanceof GoType.Named n && KnownTypes.META.equals(n.packagePath())
        && n.name().equals("ObjectMeta")) {
      schema = map("type", "object"); // the object's own metadata: the API server allows no schema of it
    } else {
      schema = schema(field.type(), in, field.line());
    }
    String description = description(field.doc());
    if (description != null) {
      schema.put("description", description);
    }
    finishInlineRules(schema);
    applyFieldMarkers(field, schema);
    return schema;
  }

  /** A field's markers on its type's schema: the field's own CEL rules come before its type's, and its type's enum wins, as controller-gen merges them. */
  private static void applyFieldMarkers(GoField field, Map<String, Object> schema) throws CrdException {
    Object typeRules = schema.remove(CelRules.KEY);
    Object typeEnum = schema.get("enum");
    applyMarkers(field.markers(), schema);
    if (typeEnum != null) {
      schema.put("enum", typeEnum);
    }
    if (typeRules instanceof List<?> rules) {
      for (Object rule : rules) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) rule;
        CelRules.add(schema, r);
      }
    }
  }

  private static boolean has(List<Marker> markers, String name) {
    return markers.stream().anyMatch(m -> m.name().equals(name));
  }

  /**
   * A doc comment as a description, as controller-gen joins it: lines trimmed and joined with
   * spaces, an empty line kept as a line break.
   */
  static String description(List<String> doc) {
    List<String> lines = new ArrayList<>();
    for (String l : doc) {
      lines.add(l.strip());
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    if (lines.isEmpty()) {
      return null;
    }
    return lines.stream().map(l -> l.isEmpty() ? "\n" : l).collect(Collectors.joining(" "));
  }

  private static void applyMarkers(List<Marker> markers, Map<String, Object> schema) throws CrdException {
    for (Marker m : ValidationMarkers.inApplyOrder(markers)) {
      ValidationMarkers.apply(m, schema);
    }
  }
}
