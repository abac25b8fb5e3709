// Package v1alpha1 is the v1alpha1 API of the kibana.k8s.elastic.co group, reduced to what the operator's
// contract reads: the kind's root type and markers (gosrc/eck-1.3.0 has the full types).
// +groupName=kibana.k8s.elastic.co
package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	SchemeBuilder = &scheme.Builder{GroupVersion: schema.GroupVersion{Group: "kibana.k8s.elastic.co", Version: "v1alpha1"}}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// +kubebuilder:object:root=true

// Kibana is a Kibana instance (no longer served).
// +kubebuilder:resource:categories=elastic,shortName=kb
// +kubebuilder:unservedversion
type Kibana struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

func init() {
	SchemeBuilder.Register(&Kibana{})
}
