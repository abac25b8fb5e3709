package lib

import "flag"

var x = flag.Bool("vendored-flag", false, "must be skipped")
