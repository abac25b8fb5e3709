// A root command whose subcommands each live in a package of their own, every one built by a function named
// NewCmd: AddCommand(controller.NewCmd()) names the one in that package.
package main

import (
	"os"

	"github.com/spf13/cobra"

	"example.com/shapes-cobra-packages/internal/controller"
	"example.com/shapes-cobra-packages/internal/version"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "manager [cmd]"}
	cmd.AddCommand(controller.NewCmd())
	cmd.AddCommand(version.NewCmd())
	return cmd
}
