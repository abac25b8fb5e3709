// +groupName=widgets.example.com
package v1alpha1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// GroupVersion names this version.
var GroupVersion = "widgets.example.com/v1alpha1"

// +kubebuilder:object:root=true
// +kubebuilder:unservedversion

// Widget as v1alpha1 served it.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}
