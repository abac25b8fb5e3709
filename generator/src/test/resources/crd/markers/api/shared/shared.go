// Package shared holds types both versions use; it has no +groupName, so it makes no CRD.
package shared

// Reference names another object.
type Reference struct {
	// Name of the object.
	Name string `json:"name"`
	// Namespace of the object.
	// +optional
	Namespace string `json:"namespace"`
}

// Colour is one of three colours.
// +kubebuilder:validation:Enum=red;green;"blue"
type Colour string
