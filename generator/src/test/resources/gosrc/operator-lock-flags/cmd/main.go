package main

import (
	"flag"
	"fmt"
	"os"

	"example.com/operator-lock-flags/cmd/manager"
	"example.com/operator-lock-flags/pkg/dev"
	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{
		Use:          "elastic-operator",
		Short:        "Elastic Cloud on Kubernetes operator",
		SilenceUsage: true,
	}
	root.PersistentFlags().BoolVar(&dev.Enabled, dev.FlagName, false, "development mode (not for production)")
	_ = root.PersistentFlags().MarkHidden(dev.FlagName)
	root.PersistentFlags().AddGoFlagSet(flag.CommandLine)
	root.AddCommand(manager.Command())
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
