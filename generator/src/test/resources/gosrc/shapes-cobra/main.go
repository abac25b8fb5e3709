// Three programs in one binary: a controller manager, a certificate controller and a webhook server, each a
// cobra subcommand with its own flags, port and lock; the root's persistent flags apply to all three.
package main

import (
	"fmt"
	"os"
	"time"

	"example.com/shapes-cobra/internal/certs"
	"github.com/spf13/cobra"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/webhook"
)

const managerLock = "shapes-manager"

var verbose bool

func main() {
	root := &cobra.Command{Use: "shapes", Short: "three programs, one binary"}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log more")
	root.PersistentFlags().StringP("namespace", "n", "", "namespace to watch")
	root.AddCommand(newManagerCommand(), certs.Command(), newWebhookCommand())
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func newManagerCommand() *cobra.Command {
	var leaderElect bool
	var lease time.Duration
	cmd := &cobra.Command{
		Use:   "manager",
		Short: "run the controllers",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runManager(leaderElect, lease)
		},
	}
	cmd.Flags().BoolVarP(&leaderElect, "leader-elect", "l", false, "elect a leader")
	cmd.Flags().DurationVar(&lease, "lease-duration", 30*time.Second, "lease duration")
	cmd.Flags().IntP("workers", "w", 2, "concurrent reconciles")
	return cmd
}

func runManager(leaderElect bool, lease time.Duration) error {
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElection:   leaderElect,
		LeaderElectionID: managerLock,
		LeaseDuration:    &lease,
	})
	if err != nil {
		return err
	}
	return mgr.Start(ctrl.SetupSignalHandler())
}

func newWebhookCommand() *cobra.Command {
	var port int
	cmd := &cobra.Command{
		Use:   "webhook",
		Short: "serve the admission webhooks",
		RunE: func(cmd *cobra.Command, _ []string) error {
			server := &webhook.Server{Port: port}
			return server.StartStandalone(ctrl.SetupSignalHandler(), nil)
		},
	}
	cmd.Flags().IntVarP(&port, "port", "p", 9443, "webhook port")
	cmd.Flags().StringP("cert-dir", "d", "/tmp/certs", "serving certificates")
	return cmd
}

// legacyFlags was how the manager read its flags before 2.0; nothing calls it any more.
func legacyFlags(cmd *cobra.Command) {
	cmd.Flags().Bool("enable-leader-election", false, "old name of --leader-elect")
}
