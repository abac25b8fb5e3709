package main

import (
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

const namespacesFlag = "watch-namespaces"

func main() {
	pflag.StringSlice(namespacesFlag, nil, "namespaces to watch; all when empty")
	pflag.Parse()
	_ = viper.BindPFlags(pflag.CommandLine)

	var watched []string
	if err := viper.UnmarshalKey(namespacesFlag, &watched); err != nil {
		panic(err)
	}
	defaultNamespaces := map[string]cache.Config{}
	for _, ns := range watched {
		defaultNamespaces[ns] = cache.Config{}
	}
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElectionID: "viper-lock",
		Cache:            cache.Options{DefaultNamespaces: defaultNamespaces},
	})
}
