// Package flags registers the flags every command of the operator shares.
package flags

import (
	"time"

	pf "github.com/spf13/pflag"
)

// Register adds the shared flags.
func Register(set *pf.FlagSet) {
	set.Bool("dry-run", false, "change nothing")
	extra := Extra()
	set.AddFlagSet(extra)
}

// Extra is a flag set of its own, added to the command's.
func Extra() *pf.FlagSet {
	extra := pf.NewFlagSet("extra", pf.ContinueOnError)
	extra.Duration("sync-period", 10*time.Minute, "resync every")
	return extra
}
