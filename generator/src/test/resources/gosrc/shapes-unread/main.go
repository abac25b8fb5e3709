package main

import (
	"os"

	flags "github.com/jessevdk/go-flags"
	ctrl "sigs.k8s.io/controller-runtime"
)

type options struct {
	LeaderElect bool `long:"leader-elect" env:"ENABLE_LEADER_ELECTION"`
}

func main() {
	var o options
	if _, err := flags.Parse(&o); err != nil {
		os.Exit(1)
	}
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElection: o.LeaderElect, LeaderElectionID: "unread-lock"})
}
