// The flags are the fields of a package-level variable whose struct type is written out in its declaration,
// as grafana-operator declares them.
package main

import (
	"time"

	"github.com/alecthomas/kong"
	ctrl "sigs.k8s.io/controller-runtime"
)

var config struct {
	WatchNamespace string        `env:"WATCH_NAMESPACE" help:"namespaces to watch"`
	MetricsAddr    string        `name:"metrics-bind-address" default:":8080"`
	LeaderElect    bool          `name:"leader-elect" default:"false" env:"ENABLE_LEADER_ELECTION"`
	Resync         time.Duration `name:"resync" default:"10m"`
}

func main() {
	kong.Parse(&config, kong.Name("anonymous-operator"))
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		MetricsBindAddress: config.MetricsAddr,
		LeaderElection:     config.LeaderElect,
		LeaderElectionID:   "anonymous-lock",
	})
	if err != nil {
		panic(err)
	}
	if err := mgr.Start(ctrl.SetupSignalHandler()); err != nil {
		panic(err)
	}
}
