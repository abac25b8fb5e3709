package main

import (
	"sigs.k8s.io/controller-runtime/pkg/manager"
)

func main() {
	_, _ = manager.New(nil, manager.Options{LeaderElection: true, LeaderElectionID: "demo-lock"})
}
