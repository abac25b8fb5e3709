package dev.manifestgen.contract;

import java.util.List;

/**
 * One program of a binary that holds several (cobra subcommands each with its own flags, ports and lock).
 *
 * @param command the subcommand words that start it, as the container's arguments give them ({@code [manager]},
 *     {@code [certs, controller]}); empty for the root command
 * @param aliases other words cobra takes for the last one ({@code Aliases}); empty when none
 * @param contract what this program accepts and needs: its own flags (with its ancestors' persistent ones), config
 *     flag, namespaces flag, lock and webhook server; the binary's environment, permissions, webhooks and kinds
 */
public record ContractProgram(List<String> command, List<String> aliases, OperatorContract contract) {
  public ContractProgram {
    command = List.copyOf(command);
    aliases = List.copyOf(aliases);
  }

  /** How the program is named in messages: its subcommand path, or "the root command". */
  public String display() {
    return command.isEmpty() ? "the root command" : String.join(" ", command);
  }
}
