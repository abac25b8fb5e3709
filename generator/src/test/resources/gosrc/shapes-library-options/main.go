// Leader election options of another module, which declares their flags (--enable-leader-election,
// --leader-election-lease-duration...) in its own BindFlags: the extractor cannot list them.
package main

import (
	"flag"

	"example.com/runtime/leaderelection"
	ctrl "sigs.k8s.io/controller-runtime"
)

func main() {
	var metricsAddr string
	var le leaderelection.Options
	flag.StringVar(&metricsAddr, "metrics-addr", ":8080", "where metrics are served")
	le.BindFlags(flag.CommandLine)
	flag.Parse()
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		MetricsBindAddress: metricsAddr,
		LeaderElection:     le.Enable,
		LeaderElectionID:   "library-options-lock",
		LeaseDuration:      &le.LeaseDuration,
	})
	if err != nil {
		panic(err)
	}
	if err := mgr.Start(ctrl.SetupSignalHandler()); err != nil {
		panic(err)
	}
}
