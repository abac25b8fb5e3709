// Package version prints the build.
package version

import (
	"fmt"

	"github.com/spf13/cobra"
)

// NewCmd prints the version.
func NewCmd() *cobra.Command {
	return &cobra.Command{
		Use: "version",
		Run: func(_ *cobra.Command, _ []string) {
			fmt.Println("1.0.0")
		},
	}
}
