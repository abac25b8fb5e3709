// Package v1alpha1 is the v1alpha1 API of the elasticsearch.k8s.elastic.co group, reduced to what the operator's
// contract reads: the kind's root type and markers (gosrc/eck-1.3.0 has the full types).
// +groupName=elasticsearch.k8s.elastic.co
package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	SchemeBuilder = &scheme.Builder{GroupVersion: schema.GroupVersion{Group: "elasticsearch.k8s.elastic.co", Version: "v1alpha1"}}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// +kubebuilder:object:root=true

// Elasticsearch is an Elasticsearch cluster (no longer served).
// +kubebuilder:resource:categories=elastic,shortName=es
// +kubebuilder:unservedversion
type Elasticsearch struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

func init() {
	SchemeBuilder.Register(&Elasticsearch{})
}
