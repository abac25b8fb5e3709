// Package v1beta1 holds the v1beta1 API of the elasticsearch.k8s.elastic.co group.
// +kubebuilder:object:generate=true
// +groupName=elasticsearch.k8s.elastic.co
package v1beta1

import (
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	// GroupVersion is this package's group and version.
	GroupVersion = schema.GroupVersion{Group: "elasticsearch.k8s.elastic.co", Version: "v1beta1"}

	// SchemeBuilder adds this package's kinds to a scheme.
	SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}

	// AddToScheme adds this package's kinds to a scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)
