package dev.manifestgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a deterministic Go module of the given number of .go files for the contract-extraction
 * benchmark, shaped like a real operator repository: the operator (a cobra root and run command that
 * builds a controller-runtime manager), controller packages it imports whose files hold constants,
 * structs, methods, flag registrations and settings-library calls, API packages with webhook and
 * kind markers, and other programs (a hack tool, an e2e program) that are not the operator.
 * Usage: GoModuleCorpus DIR FILES.
 */
public final class GoModuleCorpus {
  private static final int FILES_PER_PACKAGE = 10;
  private static final String MODULE = "example.com/corpus";

  private GoModuleCorpus() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    int apiPackages = 4;
    int otherPrograms = 2;
    int fixed = 3 + apiPackages * 2 + otherPrograms * FILES_PER_PACKAGE; // main.go, run.go, settings.go, API and other programs
    int packages = Math.max(1, (files - fixed) / FILES_PER_PACKAGE);
    int extra = Math.max(0, files - fixed - packages * FILES_PER_PACKAGE);
    write(root, "go.mod", "module " + MODULE + "\n\ngo 1.20\n\nrequire (\n\tgithub.com/spf13/cobra v1.7.0\n"
        + "\tgithub.com/spf13/pflag v1.0.5\n\tgithub.com/spf13/viper v1.16.0\n\tsigs.k8s.io/controller-runtime v0.14.6\n)\n");
    write(root, "cmd/operator/main.go", """
        package main

        import (
        \t"os"

        \t"example.com/corpus/pkg/run"
        \t"github.com/spf13/cobra"
        )

        func main() {
        \troot := &cobra.Command{Use: "corpus-operator"}
        \troot.PersistentFlags().Bool("development", false, "development mode")
        \troot.AddCommand(run.NewCommand())
        \tif err := root.Execute(); err != nil {
        \t\tos.Exit(1)
        \t}
        }
        """);
    StringBuilder imports = new StringBuilder();
    StringBuilder binds = new StringBuilder();
    for (int p = 0; p < packages; p++) {
      imports.append(String.format("\tp%03d \"%s/pkg/controllers/p%03d\"%n", p, MODULE, p));
      binds.append(String.format("\tp%03d.BindFlags(cmd.Flags())%n", p));
    }
    for (int a = 0; a < apiPackages; a++) {
      imports.append(String.format("\tv%d \"%s/api/v%d\"%n", a + 1, MODULE, a + 1));
      binds.append(String.format("\t_ = v%d.GroupVersion%n", a + 1));
    }
    write(root, "pkg/run/run.go", "package run\n\nimport (\n" + imports
        + "\t\"github.com/spf13/cobra\"\n\t\"github.com/spf13/viper\"\n\tctrl \"sigs.k8s.io/controller-runtime\"\n)\n\n"
        + "const webhookPort = 9443\n\n"
        + "// NewCommand is the run command: it starts the manager.\nfunc NewCommand() *cobra.Command {\n"
        + "\tcmd := &cobra.Command{Use: \"run\", RunE: func(cmd *cobra.Command, _ []string) error {\n"
        + "\t\tmgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{\n\t\t\tPort: webhookPort,\n"
        + "\t\t\tLeaderElection: viper.GetBool(\"leader-elect\"),\n\t\t\tLeaderElectionID: \"corpus-operator-lock\",\n\t\t})\n"
        + "\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\treturn mgr.Start(ctrl.SetupSignalHandler())\n\t}}\n"
        + "\tcmd.Flags().Bool(\"leader-elect\", true, \"elect a leader\")\n" + binds
        + "\tviper.AutomaticEnv()\n\treturn cmd\n}\n");
    write(root, "pkg/settings/settings.go", """
        package settings

        // Option changes one lookup.
        type Option func(*string)

        // Settings holds values by key.
        type Settings struct {
        \tvalues map[string][]string
        }

        // New makes settings.
        func New() *Settings {
        \treturn &Settings{values: map[string][]string{}}
        }

        // String returns value idx of key.
        func (s *Settings) String(key string, idx int, opts ...Option) string {
        \tif vs := s.values[key]; len(vs) > 0 {
        \t\treturn vs[len(vs)-1]
        \t}
        \treturn ""
        }
        """);
    for (int p = 0; p < packages; p++) {
      for (int f = 0; f < FILES_PER_PACKAGE; f++) {
        write(root, String.format("pkg/controllers/p%03d/file%02d.go", p, f), controllerFile(p, f));
      }
    }
    for (int f = 0; f < extra; f++) {
      write(root, String.format("pkg/controllers/p000/extra%02d.go", f), controllerFile(0, FILES_PER_PACKAGE + f));
    }
    for (int a = 0; a < apiPackages; a++) {
      write(root, String.format("api/v%d/groupversion_info.go", a + 1), String.format(
          "// +groupName=corpus.example.com%npackage v%d%n%n// GroupVersion names this version.%n"
              + "var GroupVersion = \"corpus.example.com/v%d\"%n", a + 1, a + 1));
      write(root, String.format("api/v%d/types.go", a + 1), apiFile(a + 1, a == 0));
    }
    for (int o = 0; o < otherPrograms; o++) {
      String dir = o == 0 ? "hack/tool" : "test/e2e";
      for (int f = 0; f < FILES_PER_PACKAGE; f++) {
        write(root, dir + String.format("/file%02d.go", f), f == 0
            ? "package main\n\nimport \"flag\"\n\nfunc main() {\n\tflag.Int(\"workers\", 8, \"x\")\n\tflag.Parse()\n}\n"
            : "package main\n\nimport \"flag\"\n\nvar v" + f + " = flag.String(\"opt-" + f + "\", \"\", \"x\")\n");
      }
    }
  }

  private static String controllerFile(int p, int f) {
    StringBuilder b = new StringBuilder();
    b.append("package p").append(String.format("%03d", p)).append("\n\nimport (\n\t\"fmt\"\n\t\"time\"\n\n")
        .append("\t\"").append(MODULE).append("/pkg/settings\"\n\t\"github.com/spf13/pflag\"\n)\n\n");
    b.append("const (\n");
    for (int c = 0; c < 8; c++) {
      b.append(String.format("\tKey%02d%02d = \"controller-%03d-key-%02d-%02d\"%n", f, c, p, f, c));
    }
    b.append(String.format("\tDefaultPeriod%02d = %d * time.Second%n)%n%n", f, 10 + f));
    b.append(String.format("// Reconciler%02d reconciles one kind of object.%ntype Reconciler%02d struct {%n", f, f))
        .append("\tname     string\n\tcfg      *settings.Settings\n\tinterval time.Duration\n\tcounts   map[string]int\n}\n\n");
    if (f == 0) {
      b.append("// BindFlags adds this controller's flags.\nfunc BindFlags(fs *pflag.FlagSet) {\n")
          .append(String.format("\tfs.Int(\"controller-%03d-workers\", %d, \"workers\")%n", p, 1 + p % 5))
          .append(String.format("\tfs.Duration(\"controller-%03d-period\", DefaultPeriod00, \"resync period\")%n", p))
          .append("}\n\n");
    }
    for (int m = 0; m < 6; m++) {
      b.append(String.format("// Step%d is one step of a reconcile.%n", m))
          .append(String.format("func (r *Reconciler%02d) Step%d(key string, opts ...settings.Option) (string, error) {%n", f, m))
          .append("\tcfg := r.cfg\n\tv := cfg.String(key, -1, opts...)\n")
          .append("\tfor i := 0; i < 3; i++ {\n\t\tr.counts[fmt.Sprintf(\"%s-%d\", key, i)]++\n\t}\n")
          .append(String.format("\tif v == Key%02d%02d {%n\t\treturn \"\", fmt.Errorf(\"step %%d of %%s\", %d, r.name)%n\t}%n", f, m, m))
          .append("\tswitch {\n\tcase len(v) > 10:\n\t\tv = v[:10]\n\tdefault:\n\t\tv = v + \"/\" + r.name\n\t}\n")
          .append("\treturn v, nil\n}\n\n");
    }
    return b.toString();
  }

  private static String apiFile(int version, boolean storage) {
    StringBuilder b = new StringBuilder("package v" + version + "\n\n");
    for (int k = 0; k < 3; k++) {
      b.append("// +kubebuilder:object:root=true\n").append(storage ? "// +kubebuilder:storageversion\n" : "")
          .append("\n// Kind").append(k).append(" is an API kind.\ntype Kind").append(k).append(" struct {\n\tSpec string\n}\n\n")
          .append("// +kubebuilder:object:root=true\n\n// Kind").append(k).append("List lists them.\ntype Kind").append(k)
          .append("List struct {\n\tItems []Kind").append(k).append("\n}\n\n");
      b.append(String.format("// +kubebuilder:webhook:path=/validate-corpus-example-com-v%d-kind%d,mutating=false,"
          + "failurePolicy=fail,sideEffects=None,groups=corpus.example.com,resources=kind%ds,verbs=create;update,versions=v%d,"
          + "name=vkind%d-v%d.corpus.example.com,admissionReviewVersions=v1%n%n", version, k, k, version, k, version));
    }
    return b.toString();
  }

  private static void write(Path root, String file, String content) throws IOException {
    Path p = root.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
