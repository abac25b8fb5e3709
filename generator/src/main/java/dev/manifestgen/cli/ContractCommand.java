package dev.manifestgen.cli;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.golang.GoSourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "contract", description = "The operator contract (config/operator-contract.yaml): what the operator accepts and needs.",
    subcommands = {ContractCommand.Extract.class})
final class ContractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  /** Without a subcommand, the usage, as helm and kubectl print a command group's help. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  @Command(name = "extract",
      description = {
          "Read the operator's Go source into the contract (no Go toolchain needed).",
          "Only the operator's program counts: the main package whose code builds a controller-runtime",
          "manager (or runs leader election), with the packages of the module it imports. From them: its",
          "flags with types and defaults, environment binding, leader-election lock, the RBAC its",
          "+kubebuilder:rbac markers ask for, the webhooks it serves and on which port, the API kinds it",
          "serves. Exit 2, writing nothing, when the source cannot be read or no single operator program",
          "is found; exit 1, writing nothing, when the program declares flags in a way it cannot read",
          "(unless --allow-partial)."})
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand ContractCommand parent;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The operator's Go module (the directory with go.mod).")
    Path from;

    @Option(names = "--main", paramLabel = "PKG",
        description = "The operator's main package (an import path, or a directory relative to --from such as cmd/manager),"
            + " when several main packages build a manager.")
    String main;

    @Option(names = "--verbose", description = "Also print, on stderr, the program read and every call or marker skipped, and why.")
    boolean verbose;

    @Option(names = "--allow-partial",
        description = "Write the contract even when the program declares flags in a way the extractor cannot read"
            + " (each is printed on stderr); without it that is exit 1 and nothing is written.")
    boolean allowPartial;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Where to write it; - for stdout. Default: " + Project.CONTRACT + " in the project.")
    String output;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(from)) {
        throw new UsageException("--from " + from + ": not a directory");
      }
      GoContractExtractor.Result result;
      try {
        result = GoContractExtractor.extract(from, main);
      } catch (GoSourceException e) {
        String message = e.getMessage();
        throw new UsageException(message.startsWith(from.toString()) || message.startsWith("--main ") ? message
            : "--from " + from + ": " + message);
      }
      OperatorContract contract = result.contract();
      if (verbose) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        err.println("operator program: " + result.program() + " (" + contract.operator() + ")");
        for (String note : result.notes()) {
          err.println("skipped: " + note);
        }
        err.flush();
      }
      if (!result.complete()) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        for (String unread : result.unread()) {
          err.println((allowPartial ? "warning: " : "error: ") + "flags not read: " + unread);
        }
        if (!allowPartial) {
          err.println("error: the contract of " + result.program() + " would miss flags; nothing written"
              + " (--allow-partial writes it anyway)");
          err.flush();
          return ExitCodes.FINDINGS;
        }
        err.flush();
      }
      String yaml = ContractYaml.write(contract);
      if ("-".equals(output)) {
        spec.commandLine().getOut().print(yaml);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      }
      Path target = output != null ? Path.of(output) : parent.root.project().resolve(Project.CONTRACT);
      new OutputFiles().file(target, yaml).commit();
      String flags = contract.programs().isEmpty() ? contract.flags().size() + " flags, "
          : contract.programs().size() + " programs: " + String.join(", ", contract.programs().stream()
              .map(p -> p.display() + " " + p.contract().flags().size() + " flags").toList()) + "; ";
      spec.commandLine().getErr().println("wrote " + target + " (" + flags
          + contract.permissions().size() + " permissions, " + contract.webhooks().size() + " webhooks, "
          + contract.kinds().size() + " kinds)");
      return ExitCodes.OK;
    }
  }
}
