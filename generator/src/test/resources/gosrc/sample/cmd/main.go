package main

import (
	"flag"
	"os"

	"github.com/example/sample-operator/cmd/manager"
	"github.com/example/sample-operator/pkg/dev"
	"github.com/spf13/cobra"
)

func main() {
	rootCmd := &cobra.Command{
		Use:          "sample-operator",
		Short:        "A sample operator",
		SilenceUsage: true,
	}
	rootCmd.PersistentFlags().BoolVarP(&dev.Enabled, "development", "d", false, "development mode")
	_ = rootCmd.PersistentFlags().MarkHidden("development")
	rootCmd.PersistentFlags().AddGoFlagSet(flag.CommandLine)
	rootCmd.AddCommand(manager.Cmd)
	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
