package dev.manifestgen.cli;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.contract.go.GoSourceException;
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

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand (extract)");
  }

  @Command(name = "extract",
      description = {
          "Read the operator's Go source into the contract (no Go toolchain needed).",
          "Its flags with types and defaults, environment binding, leader-election lock, and the RBAC its",
          "+kubebuilder:rbac markers ask for. Exit 2, writing nothing, when the source cannot be read."})
  static final class Extract implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand ContractCommand parent;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The operator's Go module (the directory with go.mod).")
    Path from;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Where to write it; - for stdout. Default: " + Project.CONTRACT + " in the project.")
    String output;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(from)) {
        throw new UsageException("--from " + from + ": not a directory");
      }
      OperatorContract contract;
      try {
        contract = GoContractExtractor.extract(from);
      } catch (GoSourceException e) {
        String message = e.getMessage();
        throw new UsageException(message.startsWith(from.toString()) ? message : "--from " + from + ": " + message);
      }
      String yaml = ContractYaml.write(contract);
      if ("-".equals(output)) {
        spec.commandLine().getOut().print(yaml);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      }
      Path target = output != null ? Path.of(output) : parent.root.project().resolve(Project.CONTRACT);
      new OutputFiles().file(target, yaml).commit();
      spec.commandLine().getErr().println("wrote " + target + " (" + contract.flags().size() + " flags, "
          + contract.permissions().size() + " permissions)");
      return ExitCodes.OK;
    }
  }
}
