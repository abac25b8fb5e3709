package controller

import (
	ctrl "sigs.k8s.io/controller-runtime"
)

// LeaderElectionID is the lock's name: a declared constant, which no other program uses.
const LeaderElectionID = "packages.example.com"

type election struct {
	enable bool
}

func run(metricsAddr string, le election) error {
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		MetricsBindAddress: metricsAddr,
		LeaderElection:     le.enable,
		LeaderElectionID:   LeaderElectionID,
	})
	if err != nil {
		return err
	}
	return mgr.Start(ctrl.SetupSignalHandler())
}
