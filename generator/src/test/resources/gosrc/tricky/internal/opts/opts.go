// Package opts has the option names, imported under an alias from a /v2 module.
package opts

import "time"

type Kind string

const (
	KindA Kind = "a"
	Prefix     = "tricky-"
	Sync       = Prefix + "sync-period"
	Every      = 10 * time.Minute
	Mask       = 1<<4 | 0x0F
	Big        = 1_000_000
	Quote      = `raw "quoted" name`
	Rune       = 'x'
)
