package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * urfave/cli flags, declared as composite literals: {@code &cli.StringFlag{Name: "x", Value: "d",
 * EnvVars: []string{"X"}}} (v2; v1 writes {@code EnvVar: "X,Y"}, v3 {@code Sources: cli.EnvVars("X")}).
 * {@code Value} is the default ({@code cli.NewStringSlice("a", "b")} for a slice); without one, the type's
 * zero value. A literal whose name is not a constant is reported, not dropped.
 */
final class UrfaveCliFlags {
  static final List<String> PATHS = List.of("github.com/urfave/cli", "github.com/urfave/cli/v2", "github.com/urfave/cli/v3");

  private static final Map<String, FlagType> TYPES = Map.ofEntries(Map.entry("BoolFlag", FlagType.BOOL),
      Map.entry("StringFlag", FlagType.STRING), Map.entry("IntFlag", FlagType.INT), Map.entry("Int64Flag", FlagType.INT64),
      Map.entry("UintFlag", FlagType.UINT), Map.entry("Uint64Flag", FlagType.UINT64), Map.entry("Float64Flag", FlagType.FLOAT64),
      Map.entry("DurationFlag", FlagType.DURATION), Map.entry("StringSliceFlag", FlagType.STRING_SLICE),
      Map.entry("IntSliceFlag", FlagType.INT_SLICE), Map.entry("GenericFlag", FlagType.STRING),
      Map.entry("PathFlag", FlagType.STRING));

  private UrfaveCliFlags() {}

  static List<StructTagFlags.Found> find(GoFile f, GoConstants constants, List<StructTagFlags.Unread> unread) {
    List<StructTagFlags.Found> found = new ArrayList<>();
    List<GoToken> t = f.tokens();
    for (int i = 0; i + 3 < t.size(); i++) {
      if (!t.get(i).isIdent() || !t.get(i + 1).is(".") || !TYPES.containsKey(t.get(i + 2).text()) || !t.get(i + 3).is("{")
          || f.importPathOf(t.get(i).text()) == null || !PATHS.contains(f.importPathOf(t.get(i).text()))) {
        continue;
      }
      FlagType type = TYPES.get(t.get(i + 2).text());
      int close = GoCall.matching(t, i + 3);
      String shown = t.get(i).text() + "." + t.get(i + 2).text() + "{...}";
      List<GoToken> nameTokens = field(t, i + 3, close, "Name");
      if (nameTokens == null || !(GoExpressions.evaluate(f, nameTokens, constants) instanceof GoValue.Str name)) {
        unread.add(new StructTagFlags.Unread(f.display(), t.get(i).line(), shown,
            "the flag's Name is not a constant the extractor can resolve"));
        continue;
      }
      List<GoToken> value = field(t, i + 3, close, "Value");
      String def = StructTagFlags.normalized(type, null);
      if (value != null) {
        GoValue v = type == FlagType.STRING_SLICE || type == FlagType.INT_SLICE ? sliceValue(f, value, constants)
            : GoExpressions.evaluate(f, value, constants);
        def = GoFlagCalls.pflagString(type, v);
      }
      List<String> env = new ArrayList<>();
      List<GoToken> envVars = field(t, i + 3, close, "EnvVars");
      List<GoToken> envVar = field(t, i + 3, close, "EnvVar");
      List<GoToken> sources = field(t, i + 3, close, "Sources");
      if (envVars != null && envVars.size() > 2 && envVars.get(envVars.size() - 1).is("}")) {
        strings(f, envVars.subList(GoCall.matchingBackwards(envVars, envVars.size() - 1) + 1, envVars.size() - 1), constants, env);
      } else if (sources != null && sources.size() > 4 && sources.get(sources.size() - 1).is(")")
          && sources.get(sources.size() - 2 - 0).is(")")) {
        int open = GoCall.matchingBackwards(sources, sources.size() - 1);
        strings(f, sources.subList(open + 1, sources.size() - 1), constants, env);
      } else if (envVar != null && GoExpressions.evaluate(f, envVar, constants) instanceof GoValue.Str s) {
        for (String e : s.value().split(",")) {
          if (!e.isBlank()) {
            env.add(e.trim());
          }
        }
      }
      boolean hidden = field(t, i + 3, close, "Hidden") != null
          && GoExpressions.evaluate(f, field(t, i + 3, close, "Hidden"), constants) instanceof GoValue.Bool b && b.value();
      found.add(new StructTagFlags.Found(new Flag(name.value(), type, def, hidden, env, null, false), null, f.display(),
          t.get(i).line()));
    }
    return found;
  }

  /** {@code cli.NewStringSlice("a", "b")} or {@code []string{...}} as a slice value. */
  private static GoValue sliceValue(GoFile f, List<GoToken> value, GoConstants constants) {
    if (value.size() >= 4 && value.get(value.size() - 1).is(")") && value.get(2).text().startsWith("New")) {
      int open = GoCall.matchingBackwards(value, value.size() - 1);
      List<GoValue> elements = new ArrayList<>();
      for (List<GoToken> a : GoCall.splitTopLevel(value.subList(open + 1, value.size() - 1))) {
        GoValue v = GoExpressions.evaluate(f, a, constants);
        if (v == null) {
          return null;
        }
        elements.add(v);
      }
      return new GoValue.Slice(elements);
    }
    return GoExpressions.evaluate(f, value, constants);
  }

  private static void strings(GoFile f, List<GoToken> list, GoConstants constants, List<String> into) {
    for (List<GoToken> a : GoCall.splitTopLevel(list)) {
      if (GoExpressions.evaluate(f, a, constants) instanceof GoValue.Str s) {
        into.add(s.value());
      }
    }
  }

  /** A top-level {@code Name: value} of the literal between {@code open} and {@code close}; null when absent. */
  private static List<GoToken> field(List<GoToken> t, int open, int close, String name) {
    int k = open + 1;
    while (k < close) {
      int end = Math.min(GoCall.topLevelEnd(t, k, ",", "}"), close);
      while (k < end && t.get(k).is(";")) {
        k++;
      }
      if (k + 1 < end && t.get(k).is(name) && t.get(k + 1).is(":")) {
        int e = end;
        while (e > k + 2 && t.get(e - 1).is(";")) {
          e--;
        }
        return t.subList(k + 2, e);
      }
      k = end + 1;
    }
    return null;
  }
}
