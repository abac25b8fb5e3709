module example.com/shapes-urfave

go 1.21

require (
	github.com/urfave/cli/v2 v2.27.5
	sigs.k8s.io/controller-runtime v0.16.3
)
