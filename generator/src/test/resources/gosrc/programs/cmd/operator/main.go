package main

import (
	goflag "flag"
	"os"

	"example.com/programs/pkg/flags"
	"example.com/programs/pkg/run"
	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "programs-operator [command]", Short: "The operator"}
	klog := goflag.NewFlagSet("klog", goflag.ContinueOnError)
	klog.Int("v", 0, "log level")
	root.PersistentFlags().AddGoFlagSet(klog)
	fs := root.PersistentFlags()
	fs.String("log-format", "json", "json or text")
	flags.Register(root.PersistentFlags())
	root.AddCommand(run.NewCommand())
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
