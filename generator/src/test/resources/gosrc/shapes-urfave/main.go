package main

import (
	"os"
	"time"

	"github.com/urfave/cli/v2"
	ctrl "sigs.k8s.io/controller-runtime"
)

const metricsFlag = "metrics-bind-address"

func main() {
	app := &cli.App{
		Name: "urfave-operator",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "leader-elect", Value: false, EnvVars: []string{"ENABLE_LEADER_ELECTION"}},
			&cli.StringFlag{Name: metricsFlag, Value: ":8080", Usage: "metrics address"},
			&cli.IntFlag{
				Name:    "webhook-port",
				Value:   9443,
				EnvVars: []string{"WEBHOOK_PORT", "PORT"},
			},
			&cli.DurationFlag{Name: "sync-period", Value: 10 * time.Minute, Hidden: true},
			&cli.StringSliceFlag{Name: "namespaces", Value: cli.NewStringSlice("a", "b")},
			&cli.StringFlag{Name: os.Getenv("DYNAMIC")},
		},
		Action: func(c *cli.Context) error {
			_, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElectionID: "urfave-lock"})
			return err
		},
	}
	_ = app.Run(os.Args)
}
