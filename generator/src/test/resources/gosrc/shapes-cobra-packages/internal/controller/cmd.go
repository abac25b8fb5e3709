// Package controller runs the operator's manager.
package controller

import (
	"github.com/spf13/cobra"
)

// NewCmd binds the flags and hands them to run in a struct.
func NewCmd() *cobra.Command {
	var leaderElect bool
	var metricsAddr string
	cmd := cobra.Command{
		Use: "controller [flags]",
		RunE: func(_ *cobra.Command, _ []string) error {
			return run(metricsAddr, election{enable: leaderElect})
		},
	}
	cmd.Flags().BoolVar(&leaderElect, "leader-elect", false, "Enable leader election.")
	cmd.Flags().StringVar(&metricsAddr, "metrics-bind-address", ":8080", "Where metrics are served.")
	return &cmd
}
