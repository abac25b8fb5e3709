package main

import (
	"flag"

	ctrl "sigs.k8s.io/controller-runtime"
)

var (
	leaderElectionID string
	enableLE         bool
)

func main() {
	flag.StringVar(&leaderElectionID, "leader-election-id", "flagged-lock", "the lock's name")
	flag.BoolVar(&enableLE, "leader-elect", false, "elect a leader")
	flag.Parse()
	opts := ctrl.Options{LeaderElection: enableLE}
	opts.LeaderElectionID = leaderElectionID
	opts.LeaderElectionResourceLock = "leases"
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), opts)
}
