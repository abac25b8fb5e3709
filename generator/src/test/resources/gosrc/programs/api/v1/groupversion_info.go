// Package v1 is the v1 API of the widgets.example.com group.
// +kubebuilder:object:generate=true
// +groupName=widgets.example.com
package v1

import "k8s.io/apimachinery/pkg/runtime/schema"

// GroupVersion is this package's group and version.
var GroupVersion = schema.GroupVersion{Group: "widgets.example.com", Version: "v1"}
