// Package v1 is the v1 API of the widgets group.
// +kubebuilder:object:generate=true
// +groupName=widgets.example.com
package v1
