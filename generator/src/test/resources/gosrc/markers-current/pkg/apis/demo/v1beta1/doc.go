// Package v1beta1 holds versions of the demo group's kinds that conversion needs and the API server does not serve.
// +kubebuilder:object:generate=true
// +groupName=demo.example.com
package v1beta1
