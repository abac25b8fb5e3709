// Package v1 holds the demo group's API types.
// +kubebuilder:object:generate=true
// +groupName=demo.example.com
package v1
