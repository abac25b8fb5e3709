package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	v1 "example.com/markers-current/pkg/apis/demo/v1"
)

// +kubebuilder:object:root=true
// +kubebuilder:skipversion

// Embed is an older version of demo/v1's Embed, left out of its CRD.
type Embed struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Old string `json:"old,omitempty"`
}

// Plain as v1beta1 serves it, declared as v1's type: a version of the kind all the same, and the stored one.
// +kubebuilder:storageversion
type Plain v1.Plain
