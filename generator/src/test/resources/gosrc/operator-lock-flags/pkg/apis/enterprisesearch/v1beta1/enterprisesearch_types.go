// Package v1beta1 is the v1beta1 API of the enterprisesearch.k8s.elastic.co group, reduced to what the operator's
// contract reads: the kind's root type and markers (gosrc/eck-1.3.0 has the full types).
// +groupName=enterprisesearch.k8s.elastic.co
package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

// +kubebuilder:webhook:path=/validate-enterprisesearch-k8s-elastic-co-v1beta1-enterprisesearch,mutating=false,failurePolicy=ignore,groups=enterprisesearch.k8s.elastic.co,resources=enterprisesearches,verbs=create;update,versions=v1beta1,name=elastic-ent-validation-v1beta1.k8s.elastic.co

var (
	SchemeBuilder = &scheme.Builder{GroupVersion: schema.GroupVersion{Group: "enterprisesearch.k8s.elastic.co", Version: "v1beta1"}}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// +kubebuilder:object:root=true

// EnterpriseSearch is an Enterprise Search deployment.
// +kubebuilder:resource:categories=elastic,shortName=ent
// +kubebuilder:storageversion
type EnterpriseSearch struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

func init() {
	SchemeBuilder.Register(&EnterpriseSearch{})
}
