package testdata

import "flag"

var y = flag.Bool("testdata-flag", false, "must be skipped")
