// The e2e program deploys the operator under test and runs the end-to-end tests against it.
package main

import (
	"os"
	"strings"

	"github.com/elastic/cloud-on-k8s/test/e2e/test"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"sigs.k8s.io/controller-runtime/pkg/cache"
	"sigs.k8s.io/controller-runtime/pkg/client/config"
)

func main() {
	ctx := &test.Context{}
	root := &cobra.Command{
		Use:   "e2e",
		Short: "Run the end-to-end tests",
		RunE: func(cmd *cobra.Command, _ []string) error {
			newCache := cache.MultiNamespacedCacheBuilder(viper.GetStringSlice("managed-namespaces"))
			_, err := newCache(config.GetConfigOrDie(), cache.Options{})
			return err
		},
	}
	ctx.BindFlags(root.PersistentFlags())
	viper.SetEnvPrefix("E2E")
	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	viper.AutomaticEnv()
	_ = viper.BindPFlags(root.PersistentFlags())
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
