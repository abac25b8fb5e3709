package log

import "flag"

// FlagName is the Go flag that sets the log level; cmd adds the Go flag set to cobra's.
const FlagName = "log-verbosity"

var verbosity = flag.Int(FlagName, 0, "Verbosity level of logs (-2=Error, -1=Warn, 0=Info, >0=Debug)")

var level int

// Verbosity is the level the flag asked for.
func Verbosity() int {
	return *verbosity
}

// ChangeVerbosity sets the level of the operator's logger.
func ChangeVerbosity(v int) {
	level = v
}
