package main

import (
	"os"

	"github.com/spf13/pflag"
	"k8s.io/client-go/tools/leaderelection/resourcelock"
	ctrl "sigs.k8s.io/controller-runtime"
)

func main() {
	fs := pflag.NewFlagSet("explicit", pflag.ExitOnError)
	lockName := fs.String("lock-name", "explicit-lock", "name of the leader election lock")
	_ = fs.Parse(os.Args[1:])
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElection:             true,
		LeaderElectionID:           *lockName,
		LeaderElectionResourceLock: resourcelock.LeasesResourceLock,
	})
}
