// standby is a second operator program in the module: a warm spare that builds its own manager.
package main

import (
	"github.com/spf13/cobra"
	"sigs.k8s.io/controller-runtime/pkg/manager"
)

func main() {
	root := &cobra.Command{Use: "standby"}
	root.Flags().Int("workers", 1, "reconciles at a time")
	_, _ = manager.New(nil, manager.Options{LeaderElectionID: "standby-lock"})
	_ = root.Execute()
}
