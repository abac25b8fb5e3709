module example.com/shapes-goarg

go 1.21

require (
	github.com/alexflint/go-arg v1.5.1
	github.com/caarlos0/env/v11 v11.2.2
	github.com/kelseyhightower/envconfig v1.4.0
	sigs.k8s.io/controller-runtime v0.16.3
)
