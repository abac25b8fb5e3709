// gen writes the deepcopy functions; a build tool, not the operator.
package main

import "flag"

func main() {
	out := flag.String("out", "zz_generated.go", "output file")
	workers := flag.Int("workers", 8, "files at a time")
	flag.Parse()
	_, _ = out, workers
}
