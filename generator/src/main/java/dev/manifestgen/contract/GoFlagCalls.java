package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoSourceException;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flag definitions in pflag's (and Go's flag package's) call forms, whatever the receiver
 * ({@code cmd.Flags()}, {@code cmd.PersistentFlags()}, {@code fs}, {@code flag}): {@code T(name, default, usage)},
 * {@code TP(name, shorthand, default, usage)}, {@code TVar(&v, name, default, usage)} and
 * {@code TVarP(&v, name, shorthand, default, usage)}. A call is only taken for a definition when its
 * argument count is the form's, so {@code d.String()} is not one.
 */
public final class GoFlagCalls {
  /**
   * One definition.
   *
   * @param variable the Go variable holding the flag's value ({@code TVar}'s pointer target, or the
   *     variable a {@code T(...)} result is assigned to); null when none
   * @param shorthand the one-letter shorthand of a {@code TP}/{@code TVarP} form; null when none
   * @param call the defining call (its receiver and place); null for flags other libraries declare
   */
  public record Definition(String name, FlagType type, String defaultValue, String variable, String file, int line,
      String shorthand, GoCall call) {
    public Definition(String name, FlagType type, String defaultValue, String variable, String file, int line) {
      this(name, type, defaultValue, variable, file, line, null, null);
    }

    /** The same definition with another default (null: depends on the command). */
    Definition withDefault(String value) {
      return new Definition(name, type, value, variable, file, line, shorthand, call);
    }
  }

  /** A call shaped like a flag definition that was not taken for one, and why (for {@code --verbose}). */
  public record Skipped(String file, int line, String call, String why) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + call + ": " + why;
    }
  }

  /** The types Go's flag package has methods for (T and TVar; no P forms, no slices). */
  private static final Set<FlagType> GO_FLAG_TYPES = Set.of(FlagType.BOOL, FlagType.STRING, FlagType.INT, FlagType.INT64,
      FlagType.UINT, FlagType.UINT64, FlagType.FLOAT64, FlagType.DURATION);

  private static final Map<String, FlagType> TYPES = Map.ofEntries(
      Map.entry("Bool", FlagType.BOOL), Map.entry("String", FlagType.STRING), Map.entry("Int", FlagType.INT),
      Map.entry("Int32", FlagType.INT32), Map.entry("Int64", FlagType.INT64), Map.entry("Uint", FlagType.UINT),
      Map.entry("Uint32", FlagType.UINT32), Map.entry("Uint64", FlagType.UINT64), Map.entry("Float32", FlagType.FLOAT32),
      Map.entry("Float64", FlagType.FLOAT64), Map.entry("Duration", FlagType.DURATION),
      Map.entry("StringSlice", FlagType.STRING_SLICE), Map.entry("StringArray", FlagType.STRING_ARRAY),
      Map.entry("IntSlice", FlagType.INT_SLICE), Map.entry("StringToString", FlagType.STRING_TO_STRING));

  private record Form(FlagType type, int arity, int nameIndex, int defaultIndex, boolean pointer) {
    /** The P forms take the shorthand right after the name. */
    boolean shorthand() {
      return arity == (pointer ? 5 : 4);
    }
  }

  private static final Map<String, Form> FORMS = forms();

  private static Map<String, Form> forms() {
    Map<String, Form> forms = new HashMap<>();
    for (Map.Entry<String, FlagType> e : TYPES.entrySet()) {
      forms.put(e.getKey(), new Form(e.getValue(), 3, 0, 1, false));
      forms.put(e.getKey() + "P", new Form(e.getValue(), 4, 0, 2, false));
      forms.put(e.getKey() + "Var", new Form(e.getValue(), 4, 1, 2, true));
      forms.put(e.getKey() + "VarP", new Form(e.getValue(), 5, 1, 3, true));
    }
    return Map.copyOf(forms);
  }

  public static Set<String> methods() {
    return FORMS.keySet();
  }

  private GoFlagCalls() {}

  /** Every flag definition in the file, in source order. */
  public static List<Definition> find(GoFile file, GoConstants constants) throws GoSourceException {
    List<Definition> found = new ArrayList<>();
    for (GoCall call : GoCall.find(file, FORMS.keySet())) {
      Form form = FORMS.get(call.method());
      if (call.arguments().size() != form.arity()) {
        continue;
      }
      List<GoToken> nameTokens = call.arguments().get(form.nameIndex());
      GoValue name = GoExpressions.evaluate(file, nameTokens, constants);
      if (!(name instanceof GoValue.Str s)) {
        throw new GoSourceException(file.display() + ":" + call.line() + ": the name of flag " + GoToken.joined(nameTokens)
            + " (" + call.method() + ") is not a string constant the extractor can resolve");
      }
      GoValue def = GoExpressions.evaluate(file, call.arguments().get(form.defaultIndex()), constants);
      String variable = form.pointer() ? pointerTarget(call.arguments().get(0)) : call.assignedTo();
      found.add(new Definition(s.value(), form.type(), pflagString(form.type(), def), variable, file.display(),
          call.line()));
    }
    return found;
  }

  /**
   * Every flag definition in the file, in source order: calls whose receiver {@code sets} finds to be a
   * flag set and whose name is a constant. Every other call of a definition's shape is added to
   * {@code skipped} with the reason (a receiver that is not a flag set, or cannot be resolved; a name
   * that is not a constant); none is an error.
   */
  public static List<Definition> find(GoFile file, GoConstants constants, GoFlagSets sets, List<Skipped> skipped) {
    List<Definition> found = new ArrayList<>();
    for (GoCall call : GoCall.find(file, FORMS.keySet())) {
      Form form = FORMS.get(call.method());
      if (call.arguments().size() != form.arity()) {
        continue;
      }
      String shown = GoToken.joined(call.receiver()) + "." + call.method() + "("
          + GoToken.joined(call.arguments().get(form.nameIndex())) + ", ...)";
      GoFlagSets.Verdict receiver = sets.receiver(call);
      if (!receiver.flagSet()) {
        skipped.add(new Skipped(file.display(), call.line(), shown, receiver.kind() == GoFlagSets.Kind.UNKNOWN
            ? "receiver not resolved (" + receiver.why() + ")" : "receiver is not a flag set (" + receiver.why() + ")"));
        continue;
      }
      if (receiver.kind() == GoFlagSets.Kind.GO_FLAG && (!GO_FLAG_TYPES.contains(form.type()) || form.arity() != (form.pointer() ? 4 : 3))) {
        skipped.add(new Skipped(file.display(), call.line(), shown, "not a method of Go's flag.FlagSet"));
        continue;
      }
      List<GoToken> nameTokens = call.arguments().get(form.nameIndex());
      if (!(GoExpressions.evaluate(file, nameTokens, constants) instanceof GoValue.Str s)) {
        skipped.add(new Skipped(file.display(), call.line(), shown, "the flag name is not a constant the extractor can resolve"));
        continue;
      }
      GoValue def = GoExpressions.evaluate(file, call.arguments().get(form.defaultIndex()), constants);
      String variable = form.pointer() ? pointerTarget(call.arguments().get(0)) : call.assignedTo();
      String shorthand = null;
      if (form.shorthand()) {
        List<GoToken> shortTokens = call.arguments().get(form.nameIndex() + 1);
        GoValue sv = GoExpressions.evaluate(file, shortTokens, constants);
        if (sv instanceof GoValue.Str sh && sh.value().codePointCount(0, sh.value().length()) == 1) {
          shorthand = sh.value();
        } else if (!(sv instanceof GoValue.Str sh && sh.value().isEmpty())) {
          // pflag panics on a shorthand longer than one letter; an empty one means none
          skipped.add(new Skipped(file.display(), call.line(), shown, "the shorthand " + GoToken.joined(shortTokens)
              + " is not a one-letter constant the extractor can resolve; the flag is kept without it"));
        }
      }
      found.add(new Definition(s.value(), form.type(), pflagString(form.type(), def), variable, file.display(), call.line(),
          shorthand, call));
    }
    return found;
  }

  /** {@code &x} or {@code &pkg.x} gives x. */
  private static String pointerTarget(List<GoToken> arg) {
    if (arg.size() >= 2 && arg.get(0).is("&") && arg.get(arg.size() - 1).isIdent()) {
      return arg.get(arg.size() - 1).text();
    }
    return null;
  }

  /** The default as pflag's {@code Flag.DefValue} holds it; null when the value is unknown or of another type. */
  static String pflagString(FlagType type, GoValue v) {
    if (v == null) {
      return null;
    }
    switch (type) {
      case BOOL:
        return v instanceof GoValue.Bool b ? String.valueOf(b.value()) : null;
      case STRING:
        return v instanceof GoValue.Str s ? s.value() : null;
      case INT, INT32, INT64, UINT, UINT32, UINT64:
        return v instanceof GoValue.Int i ? String.valueOf(i.value()) : null;
      case FLOAT32, FLOAT64:
        if (v instanceof GoValue.Int i) {
          return String.valueOf(i.value());
        }
        return v instanceof GoValue.Float f ? goFloat(f.value()) : null;
      case DURATION:
        if (v instanceof GoValue.Int i) {
          return new GoValue.Duration(i.value()).goString();
        }
        return v instanceof GoValue.Duration d ? d.goString() : null;
      case STRING_SLICE, STRING_ARRAY:
        return list(v, GoValue.Str.class);
      case INT_SLICE:
        return list(v, GoValue.Int.class);
      case STRING_TO_STRING:
        return v instanceof GoValue.Nil || v instanceof GoValue.EmptyMap ? "[]" : null;
      default:
        return null;
    }
  }

  private static String list(GoValue v, Class<? extends GoValue> element) {
    if (v instanceof GoValue.Nil) {
      return "[]";
    }
    if (!(v instanceof GoValue.Slice slice)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (GoValue e : slice.elements()) {
      if (!element.isInstance(e)) {
        return null;
      }
      String s = e instanceof GoValue.Str str ? str.value() : String.valueOf(((GoValue.Int) e).value());
      if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
        return null; // pflag quotes such elements CSV-style; not worth imitating
      }
      parts.add(s);
    }
    return "[" + String.join(",", parts) + "]";
  }

  /** strconv.FormatFloat(f, 'g', -1, 64) for ordinary values. */
  private static String goFloat(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return String.valueOf((long) d);
    }
    String s = Double.toString(d);
    return s.contains("E") ? null : s;
  }
}
