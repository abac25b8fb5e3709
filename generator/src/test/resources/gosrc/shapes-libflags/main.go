package main

import (
	"flag"

	"github.com/spf13/pflag"
	"k8s.io/klog/v2"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/log/zap"
)

func main() {
	var leaderElect bool
	pflag.BoolVar(&leaderElect, "leader-elect", false, "elect a leader")
	opts := zap.Options{Development: true}
	opts.BindFlags(flag.CommandLine)
	klog.InitFlags(nil)
	pflag.CommandLine.AddGoFlagSet(flag.CommandLine)
	pflag.Parse()
	ctrl.SetLogger(zap.New(zap.UseFlagOptions(&opts)))
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{LeaderElection: leaderElect, LeaderElectionID: "lib-lock"})
}
