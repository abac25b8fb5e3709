// +groupName=widgets.example.com
package v1beta1

import (
	v1alpha1 "example.com/programs/api/v1alpha1"
	v1beta2 "example.com/programs/api/v1beta2"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// GroupVersion names this version.
var GroupVersion = "widgets.example.com/v1beta1"

var _ = v1alpha1.GroupVersion

var _ = v1beta2.GroupVersion

// +kubebuilder:object:root=true

// Widget as v1beta1 served it.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}
