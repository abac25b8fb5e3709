// Package certs is the certificate controller: it always elects a leader, through a lock a flag names.
package certs

import (
	"github.com/spf13/cobra"
	ctrl "sigs.k8s.io/controller-runtime"
)

type options struct {
	lockName string
	renew    bool
}

// Command builds the cert-controller subcommand.
func Command() *cobra.Command {
	o := &options{}
	cmd := &cobra.Command{
		Use:     "cert-controller",
		Aliases: []string{"certs"},
		RunE:    o.run,
	}
	fs := cmd.Flags()
	fs.StringVar(&o.lockName, "lock-name", "shapes-certs", "the lock the replicas elect a leader through")
	fs.BoolVarP(&o.renew, "renew", "r", true, "renew certificates before they expire")
	return cmd
}

func (o *options) run(_ *cobra.Command, _ []string) error {
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElection: true, LeaderElectionID: o.lockName})
	if err != nil {
		return err
	}
	return mgr.Start(ctrl.SetupSignalHandler())
}
