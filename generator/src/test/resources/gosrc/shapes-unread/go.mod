module example.com/shapes-unread

go 1.21

require (
	github.com/jessevdk/go-flags v1.6.1
	sigs.k8s.io/controller-runtime v0.16.3
)
