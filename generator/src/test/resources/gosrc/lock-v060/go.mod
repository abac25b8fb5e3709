module example.com/lock-demo

go 1.19

require sigs.k8s.io/controller-runtime v0.6.0
