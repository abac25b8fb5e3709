// Package v1 holds the v1 API of the elasticsearch.k8s.elastic.co group.
// +kubebuilder:object:generate=true
// +groupName=elasticsearch.k8s.elastic.co
package v1

import (
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	// GroupVersion is this package's group and version.
	GroupVersion = schema.GroupVersion{Group: "elasticsearch.k8s.elastic.co", Version: "v1"}

	// SchemeBuilder adds this package's kinds to a scheme.
	SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}

	// AddToScheme adds this package's kinds to a scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)
