// +groupName=widgets.example.com
package v2

import v1 "example.com/programs/api/v1"

// GroupVersion names this version.
var GroupVersion = "widgets.example.com/v2"

// +kubebuilder:object:root=true
// +kubebuilder:storageversion

// Policy as v2 serves it: v1's type, declared again in this version.
type Policy v1.Policy
