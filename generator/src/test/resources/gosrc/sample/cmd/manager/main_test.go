package manager

import "flag"

var z = flag.Bool("test-only-flag", false, "must be skipped")
