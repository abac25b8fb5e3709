// Commands as package-level variables whose Run functions are literals, flags added in init: the root runs the
// controllers (and elects through --lock-id), the webhook subcommand only serves.
package main

import (
	"os"

	"github.com/spf13/cobra"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/webhook"
)

var (
	lockID string
	port   int
)

var rootCmd = &cobra.Command{
	Use: "vars",
	Run: func(cmd *cobra.Command, args []string) {
		mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElection: true, LeaderElectionID: lockID})
		if err != nil {
			os.Exit(1)
		}
		_ = mgr.Start(ctrl.SetupSignalHandler())
	},
}

var webhookCmd = &cobra.Command{
	Use: "webhook",
	Run: func(cmd *cobra.Command, args []string) {
		mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
			WebhookServer: webhook.NewServer(webhook.Options{Port: port}),
		})
		if err != nil {
			os.Exit(1)
		}
		_ = mgr.Start(ctrl.SetupSignalHandler())
	},
}

func init() {
	rootCmd.Flags().StringVar(&lockID, "lock-id", "vars-lock", "the lock")
	webhookCmd.Flags().IntVar(&port, "port", 10250, "webhook port")
	rootCmd.AddCommand(webhookCmd)
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
