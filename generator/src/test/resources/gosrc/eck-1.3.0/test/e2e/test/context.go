// Package test holds what every e2e test needs: where the operator runs and what it manages.
package test

import (
	"time"

	"github.com/spf13/pflag"
)

// Context is the e2e run's configuration.
type Context struct {
	OperatorImage     string
	E2ENamespace      string
	ManagedNamespaces []string
	Timeout           time.Duration
	LogVerbosity      int
}

// BindFlags adds the e2e flags to the program's flag set.
func (c *Context) BindFlags(fs *pflag.FlagSet) {
	fs.StringVar(&c.OperatorImage, "operator-image", "", "the operator image under test")
	fs.StringVar(&c.E2ENamespace, "e2e-namespace", "e2e", "namespace the tests run in")
	fs.StringSliceVar(&c.ManagedNamespaces, "managed-namespaces", []string{"mercury", "venus"}, "namespaces the operator under test manages")
	fs.DurationVar(&c.Timeout, "test-timeout", 5*time.Minute, "how long each test may take")
	fs.IntVar(&c.LogVerbosity, "log-verbosity", 1, "verbosity of the tests' logs")
}
