module example.com/lock-flag

go 1.16

require sigs.k8s.io/controller-runtime v0.8.3
