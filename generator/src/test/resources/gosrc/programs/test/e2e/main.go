// The e2e program runs the end-to-end tests against a deployed operator.
package main

import (
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

func main() {
	root := &cobra.Command{Use: "e2e"}
	root.Flags().StringSlice("managed-namespaces", []string{"e2e-a", "e2e-b"}, "namespaces under test")
	root.Flags().Int("workers", 1, "tests at a time")
	viper.SetEnvPrefix("E2E")
	viper.AutomaticEnv()
	_ = cache.MultiNamespacedCacheBuilder(viper.GetStringSlice("managed-namespaces"))
	_ = root.Execute()
}
