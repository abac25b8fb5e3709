package dev.manifestgen.contract;

import dev.manifestgen.golang.GoCall;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoModule;
import dev.manifestgen.golang.GoSourceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The operator's program in a module that holds many: the {@code main} package whose code (its package
 * import closure within the module) builds a controller-runtime manager ({@code ctrl.NewManager},
 * {@code manager.New}) or runs client-go's leader election. Only that closure is the contract: helper
 * binaries, tools under hack/ and e2e programs are other programs.
 *
 * @param mainPackage the main package's import path
 * @param display the main package's directory relative to the module root ({@code .} for the root)
 * @param packages the packages of its import closure within the module
 * @param files their files, in module order
 */
public record OperatorProgram(String mainPackage, String display, SortedSet<String> packages, List<GoFile> files) {
  /** Calls that make a program an operator: the import path of the receiver package, by function name. */
  private static final Map<String, Set<String>> STARTERS = Map.of(
      "NewManager", Set.of("sigs.k8s.io/controller-runtime"),
      "New", Set.of("sigs.k8s.io/controller-runtime/pkg/manager"),
      "RunOrDie", Set.of("k8s.io/client-go/tools/leaderelection"),
      "NewLeaderElector", Set.of("k8s.io/client-go/tools/leaderelection"));

  /**
   * The operator's program. {@code main} (an import path or a directory relative to the module root; null
   * to find it) names the main package to take; without it exactly one main package must qualify.
   */
  public static OperatorProgram find(GoModule module, String main) throws GoSourceException {
    Map<String, List<GoFile>> packages = module.packages();
    List<String> mains = new ArrayList<>();
    for (Map.Entry<String, List<GoFile>> p : packages.entrySet()) {
      if (p.getValue().get(0).packageName().equals("main")) {
        mains.add(p.getKey());
      }
    }
    if (main != null) {
      String wanted = importPath(module, main);
      if (!mains.contains(wanted)) {
        throw new GoSourceException("--main " + main + ": not a main package of " + module.path() + " (main packages: "
            + displayAll(module, mains) + ")");
      }
      return program(module, packages, wanted);
    }
    Map<String, Boolean> starts = new HashMap<>();
    List<String> candidates = new ArrayList<>();
    for (String m : mains) {
      for (String p : module.importClosure(m)) {
        if (starts.computeIfAbsent(p, x -> startsOperator(packages.get(x)))) {
          candidates.add(m);
          break;
        }
      }
    }
    if (candidates.isEmpty()) {
      throw new GoSourceException("no operator program in " + module.path() + ": no main package reaches a call of"
          + " ctrl.NewManager, manager.New or client-go's leader election (main packages: " + displayAll(module, mains) + ")");
    }
    if (candidates.size() > 1) {
      throw new GoSourceException("several programs in " + module.path() + " build an operator: "
          + displayAll(module, candidates) + "; choose one with --main");
    }
    return program(module, packages, candidates.get(0));
  }

  /** The program of one main package: its import closure within the module and their files. */
  private static OperatorProgram program(GoModule module, Map<String, List<GoFile>> packages, String main) {
    SortedSet<String> closure = module.importClosure(main);
    List<GoFile> files = new ArrayList<>();
    for (GoFile f : module.files()) {
      if (closure.contains(f.packagePath())) {
        files.add(f);
      }
    }
    return new OperatorProgram(main, display(module, main), closure, List.copyOf(files));
  }

  private static boolean startsOperator(List<GoFile> files) {
    for (GoFile f : files) {
      for (GoCall c : GoCall.find(f, STARTERS.keySet())) {
        for (String path : STARTERS.get(c.method())) {
          if (c.receiverIsPackage(path)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The files of the main package itself. */
  public List<GoFile> mainFiles() {
    return files.stream().filter(f -> f.packagePath().equals(mainPackage)).toList();
  }

  private static String importPath(GoModule module, String main) {
    String m = main.replace('\\', '/');
    if (m.equals(module.path()) || m.startsWith(module.path() + "/")) {
      return m;
    }
    while (m.startsWith("./")) {
      m = m.substring(2);
    }
    while (m.endsWith("/")) {
      m = m.substring(0, m.length() - 1);
    }
    return m.isEmpty() || m.equals(".") ? module.path() : module.path() + "/" + m;
  }

  static String display(GoModule module, String packagePath) {
    return packagePath.equals(module.path()) ? "." : packagePath.substring(module.path().length() + 1);
  }

  private static String displayAll(GoModule module, List<String> packages) {
    return packages.isEmpty() ? "none" : String.join(", ", packages.stream().map(p -> display(module, p)).toList());
  }
}
