// Package v2 is the v2 API of the widgets group, not served yet; every field is optional unless marked.
// +groupName=widgets.example.com
// +kubebuilder:validation:Optional
package v2
