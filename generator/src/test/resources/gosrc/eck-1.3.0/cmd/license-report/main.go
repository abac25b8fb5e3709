// license-report prints the Elastic Stack resources an installation runs, for licensing. A helper
// shipped beside the operator: its own binary, its own command and flags.
package main

import (
	"fmt"
	"os"

	"github.com/elastic/cloud-on-k8s/pkg/controller/common/operator"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/config"
)

const defaultNamespace = "elastic-system"

func main() {
	cmd := &cobra.Command{
		Use:   "license-report",
		Short: "Print what an ECK installation runs, for licensing",
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := client.New(config.GetConfigOrDie(), client.Options{})
			if err != nil {
				return err
			}
			_, err = fmt.Println(c, viper.GetString(operator.OperatorNamespaceFlag))
			return err
		},
	}
	cmd.Flags().String(operator.OperatorNamespaceFlag, defaultNamespace, "namespace the operator runs in")
	cmd.Flags().StringP("output", "o", "table", "table or json")
	cmd.Flags().Bool("include-trials", false, "count trial licenses too")
	_ = viper.BindPFlags(cmd.Flags())
	if err := cmd.Execute(); err != nil {
		os.Exit(1)
	}
}
