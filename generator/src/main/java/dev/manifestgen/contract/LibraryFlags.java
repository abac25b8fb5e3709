package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoConstants;
import dev.manifestgen.golang.GoDeclarations;
import dev.manifestgen.golang.GoExpressions;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flags a library outside the operator's module registers on a Go flag set when the operator calls it
 * ({@code klog.InitFlags(nil)}, controller-runtime's {@code zap.Options.BindFlags(flag.CommandLine)}).
 * The library's source is not part of the operator's module and the module cache is not read (a
 * contract must not depend on what one machine has downloaded), so the flags come from this small
 * table, written from the libraries' source (klog v2.130.1, controller-runtime v0.19.0; the names and
 * types have not changed across the versions operators use; a {@code Var} flag's default is what its
 * value prints before parsing).
 *
 * <p>Flags a library registers in an {@code init} function (controller-runtime's {@code --kubeconfig},
 * from {@code sigs.k8s.io/controller-runtime/pkg/client/config}, imported by the root package too) are not
 * added: which packages a binary links cannot be read from the operator's source alone. They are named in
 * the extractor's notes instead, so they are not lost without a word.
 */
final class LibraryFlags {
  private static final List<String> KLOG = List.of("k8s.io/klog/v2", "k8s.io/klog");
  private static final String ZAP = "sigs.k8s.io/controller-runtime/pkg/log/zap";
  static final String CLIENT_CONFIG = "sigs.k8s.io/controller-runtime/pkg/client/config";

  private LibraryFlags() {}

  private static Flag klog(String name, FlagType type, String def) {
    return new Flag(name, type, def, false, List.of(), "k8s.io/klog/v2 (klog.InitFlags)", false);
  }

  private static Flag zap(String name, FlagType type, String def) {
    return new Flag(name, type, def, false, List.of(), ZAP + " (Options.BindFlags)", false);
  }

  static final List<Flag> KLOG_FLAGS = List.of(klog("log_dir", FlagType.STRING, ""), klog("log_file", FlagType.STRING, ""),
      klog("log_file_max_size", FlagType.UINT64, "1800"), klog("logtostderr", FlagType.BOOL, "true"),
      klog("alsologtostderr", FlagType.BOOL, "false"), klog("v", FlagType.INT, "0"),
      klog("add_dir_header", FlagType.BOOL, "false"), klog("skip_headers", FlagType.BOOL, "false"),
      klog("one_output", FlagType.BOOL, "false"), klog("skip_log_headers", FlagType.BOOL, "false"),
      klog("stderrthreshold", FlagType.STRING, "2"), klog("vmodule", FlagType.STRING, ""),
      klog("log_backtrace_at", FlagType.STRING, ":0"));

  static final List<Flag> ZAP_FLAGS = List.of(zap("zap-devel", FlagType.BOOL, "false"), zap("zap-encoder", FlagType.STRING, ""),
      zap("zap-log-level", FlagType.STRING, ""), zap("zap-stacktrace-level", FlagType.STRING, ""),
      zap("zap-time-encoding", FlagType.STRING, ""));

  /**
   * The note for flags registered in an init function, when the program's Go flag set reaches its command
   * line ({@code pflag.CommandLine.AddGoFlagSet(flag.CommandLine)} or {@code flag.Parse()}) and one of its
   * files imports controller-runtime; null otherwise.
   */
  static String initFlagsNote(List<GoFile> files) {
    GoFile importer = null;
    boolean reached = false;
    for (GoFile f : files) {
      if (importer == null && (f.importPaths().containsKey(CLIENT_CONFIG) || f.importPaths().containsKey("sigs.k8s.io/controller-runtime"))) {
        importer = f;
      }
      for (GoCall c : GoCall.find(f, Set.of("AddGoFlagSet", "Parse"))) {
        boolean goFlagSet = c.method().equals("AddGoFlagSet") && c.arguments().size() == 1 && c.arguments().get(0).size() == 3
            && "flag".equals(f.importPathOf(c.arguments().get(0).get(0).text())) && c.arguments().get(0).get(2).is("CommandLine");
        boolean goParse = c.method().equals("Parse") && c.arguments().isEmpty() && c.receiver().size() == 1
            && "flag".equals(f.importPathOf(c.receiver().get(0).text()));
        reached |= goFlagSet || goParse;
      }
    }
    if (importer == null || !reached) {
      return null;
    }
    return importer.display() + ": imports " + (importer.importPaths().containsKey(CLIENT_CONFIG) ? CLIENT_CONFIG
        : "sigs.k8s.io/controller-runtime (which imports " + CLIENT_CONFIG + ")") + ", whose init registers --kubeconfig on"
        + " flag.CommandLine, which reaches the command line; flags a library registers in init are not in the contract";
  }

  /**
   * zap's flags for {@code opts.BindFlags(fs)}: {@code --zap-devel} defaults to the options' Development, so
   * {@code opts := zap.Options{Development: true}} in the same file makes it true; a Development that is not a
   * constant makes the default unknown.
   */
  private static List<Flag> zapFlags(GoFile f, GoCall c, GoConstants constants) {
    if (c.receiver().size() != 1) {
      return ZAP_FLAGS;
    }
    String variable = c.receiver().get(0).text();
    List<GoToken> t = f.tokens();
    for (int i = 0; i + 5 < t.size(); i++) {
      if (t.get(i).is(variable) && (t.get(i + 1).is(":=") || t.get(i + 1).is("=")) && t.get(i + 2).isIdent()
          && ZAP.equals(f.importPathOf(t.get(i + 2).text())) && t.get(i + 3).is(".") && t.get(i + 4).is("Options")
          && t.get(i + 5).is("{")) {
        int close = GoCall.matching(t, i + 5);
        for (int k = i + 6; k + 2 < close; k++) {
          if (t.get(k).is("Development") && t.get(k + 1).is(":")) {
            int end = Math.min(GoCall.topLevelEnd(t, k + 2, ",", "}"), close);
            GoValue v = GoExpressions.evaluate(f, t.subList(k + 2, end), constants);
            String def = v instanceof GoValue.Bool b ? String.valueOf(b.value()) : null;
            List<Flag> flags = new ArrayList<>(ZAP_FLAGS);
            flags.set(0, zap("zap-devel", FlagType.BOOL, def));
            return List.copyOf(flags);
          }
        }
      }
    }
    return ZAP_FLAGS;
  }

  /**
   * The calls that hand a flag set to a library's options ({@code leaderElectionOptions.BindFlags(flag.CommandLine)},
   * {@code logFlags.AddFlags(cmd.PersistentFlags())}) whose flags the extractor cannot list: the method is
   * declared nowhere in the program, so its flags are another module's. klog's and zap's are read ({@link #find}).
   */
  static List<StructTagFlags.Unread> unreadRegistrations(GoFile f, GoDeclarations declarations) {
    List<StructTagFlags.Unread> out = new ArrayList<>();
    for (GoCall c : GoCall.find(f, Set.of("BindFlags", "AddFlags"))) {
      if (c.arguments().isEmpty() || c.receiver().isEmpty() || !declarations.methods(c.method()).isEmpty()
          || !flagSet(f, c.arguments().get(0))) {
        continue;
      }
      String receiverPackage = c.receiver().size() == 1 ? f.importPathOf(c.receiver().get(0).text()) : null;
      if (c.method().equals("BindFlags") && receiverPackage == null && f.importPaths().containsKey(ZAP)) {
        continue;
      }
      out.add(new StructTagFlags.Unread(f.display(), c.line(), GoToken.joined(c.receiver()) + "." + c.method() + "("
          + GoToken.joined(c.arguments().get(0)) + ")", "it registers flags declared outside the operator's module,"
          + " which the extractor does not read"));
    }
    return out;
  }

  /** Whether the expression is a flag set: {@code flag.CommandLine}, {@code pflag.CommandLine}, {@code x.Flags()}, {@code x.PersistentFlags()}. */
  private static boolean flagSet(GoFile f, List<GoToken> e) {
    if (e.size() == 3 && e.get(0).isIdent() && e.get(1).is(".") && e.get(2).is("CommandLine")) {
      String path = f.importPathOf(e.get(0).text());
      return "flag".equals(path) || "github.com/spf13/pflag".equals(path);
    }
    return e.size() >= 5 && e.get(e.size() - 2).is("(") && e.get(e.size() - 1).is(")") && e.get(e.size() - 4).is(".")
        && Set.of("Flags", "PersistentFlags").contains(e.get(e.size() - 3).text());
  }

  /** A library's flags, with the call that registered them. */
  record Registered(List<Flag> flags, String file, int line) {}

  /**
   * The library flag registrations in the file: {@code klog.InitFlags(x)} on the klog package, and
   * {@code x.BindFlags(fs)} where the file imports controller-runtime's zap package and {@code x} is not a
   * package (a {@code zap.Options} value: no other type in that package has the method).
   */
  static List<Registered> find(GoFile f, GoConstants constants) {
    List<Registered> out = new ArrayList<>();
    for (GoCall c : GoCall.find(f, Set.of("InitFlags", "BindFlags"))) {
      if (c.arguments().size() != 1 || c.receiver().isEmpty()) {
        continue;
      }
      String receiverPackage = c.receiver().size() == 1 ? f.importPathOf(c.receiver().get(0).text()) : null;
      if (c.method().equals("InitFlags") && receiverPackage != null && KLOG.contains(receiverPackage)) {
        out.add(new Registered(KLOG_FLAGS, f.display(), c.line()));
      } else if (c.method().equals("BindFlags") && receiverPackage == null && f.importPaths().containsKey(ZAP)) {
        out.add(new Registered(zapFlags(f, c, constants), f.display(), c.line()));
      }
    }
    return out;
  }
}
