package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// GadgetSpec's fields are optional by the package's marker.
type GadgetSpec struct {
	Plain string `json:"plain"`
	// +required
	Required string `json:"required,omitempty"`
	// +kubebuilder:validation:Required
	KubebuilderRequired string `json:"kubebuilderRequired"`
	// +k8s:required
	K8sRequired string `json:"k8sRequired"`
	// +optional
	Optional string `json:"optional"`
	// +required
	// +optional
	Both string `json:"both"`
}

// Gadget is a kind in a package whose fields are optional.
// +kubebuilder:object:root=true
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec GadgetSpec `json:"spec"`
}
