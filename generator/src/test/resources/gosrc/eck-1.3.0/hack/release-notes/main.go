// release-notes writes the release notes of a version from the merged pull requests' labels.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	version := flag.String("version", "", "the version being released")
	repo := flag.String("repo", "elastic/cloud-on-k8s", "the repository")
	var dryRun bool
	flag.BoolVar(&dryRun, "dry-run", false, "print instead of writing")
	flag.Parse()
	if *version == "" {
		fmt.Fprintln(os.Stderr, "--version is required")
		os.Exit(2)
	}
	fmt.Println(*repo, *version, dryRun)
}
