package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// SprocketSpec's fields are required by the package's marker.
type SprocketSpec struct {
	Plain    string `json:"plain"`
	Omitted  string `json:"omitted,omitempty"`
	// +optional
	Optional string `json:"optional"`
	// +kubebuilder:validation:Optional
	KubebuilderOptional string `json:"kubebuilderOptional"`
	// +k8s:optional
	K8sOptional string `json:"k8sOptional,omitempty"`
}

// Sprocket is a kind in a package whose fields are required.
// +kubebuilder:object:root=true
type Sprocket struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec SprocketSpec `json:"spec,omitempty"`
}
