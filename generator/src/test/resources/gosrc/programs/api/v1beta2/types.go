// +groupName=widgets.example.com
package v1beta2

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// GroupVersion names this version.
var GroupVersion = "widgets.example.com/v1beta2"

// +kubebuilder:object:root=true
// +kubebuilder:skipversion

// Widget as conversion needs it; its CRD has no such version.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
}
