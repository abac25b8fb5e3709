package main

import (
	"time"

	flag "github.com/spf13/pflag"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

const renewDeadline = 20 * time.Second

var leaseDuration time.Duration

func main() {
	flag.DurationVar(&leaseDuration, "leader-elect-lease-duration", 30*time.Second, "how long a lease is valid")
	flag.StringSlice("watch-namespaces", nil, "namespaces to watch")
	flag.String("leader-election-resource-lock", "leases", "the kind of lock")
	flag.Parse()
	renew := renewDeadline
	opts := ctrl.Options{
		LeaderElection:   true,
		LeaderElectionID: "timed-lock",
		LeaderElectionResourceLock: viper.GetString("leader-election-resource-lock"),
		LeaseDuration:    &leaseDuration,
		RenewDeadline:    &renew,
		Cache:            cache.Options{Namespaces: viper.GetStringSlice("watch-namespaces")},
	}
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), opts)
}
