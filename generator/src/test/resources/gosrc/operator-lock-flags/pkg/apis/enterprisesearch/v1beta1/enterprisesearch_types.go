package v1beta1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// EnterpriseSearchSpec is the desired state of an Enterprise Search deployment.
type EnterpriseSearchSpec struct {
	// Version of Enterprise Search.
	Version string `json:"version,omitempty"`

	// Image is the Enterprise Search container image; the default image of the version when empty.
	Image string `json:"image,omitempty"`

	// Count is the number of Enterprise Search pods.
	Count int32 `json:"count,omitempty"`

	// Config is the Enterprise Search configuration.
	// +kubebuilder:pruning:PreserveUnknownFields
	Config *commonv1.Config `json:"config,omitempty"`

	// ConfigRef names a Secret holding more configuration under enterprise-search.yml.
	ConfigRef *commonv1.ConfigSource `json:"configRef,omitempty"`

	// HTTP configures the HTTP endpoint of Enterprise Search.
	HTTP commonv1.HTTPConfig `json:"http,omitempty"`

	// ElasticsearchRef names the Elasticsearch cluster Enterprise Search connects to.
	ElasticsearchRef commonv1.ObjectSelector `json:"elasticsearchRef,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`

	// ServiceAccountName is the ServiceAccount the Enterprise Search pods run as.
	ServiceAccountName string `json:"serviceAccountName,omitempty"`
}

// EnterpriseSearchHealth is the health of Enterprise Search: red or green.
type EnterpriseSearchHealth string

// EnterpriseSearchStatus is the observed state of an Enterprise Search deployment.
type EnterpriseSearchStatus struct {
	// AvailableNodes is the number of pods ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Version of the Enterprise Search pods; the lowest when they differ.
	Version string `json:"version,omitempty"`
	// Health of Enterprise Search.
	Health EnterpriseSearchHealth `json:"health,omitempty"`
	// ExternalService is the name of the Service of the HTTP endpoint.
	ExternalService string `json:"service,omitempty"`
	// Association is the state of the association to Elasticsearch.
	Association commonv1.AssociationStatus `json:"associationStatus,omitempty"`
}

// +kubebuilder:object:root=true

// EnterpriseSearch is an Enterprise Search deployment.
// +kubebuilder:resource:categories=elastic,shortName=ent
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".status.version",description="Enterprise Search version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:storageversion
type EnterpriseSearch struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   EnterpriseSearchSpec   `json:"spec,omitempty"`
	Status EnterpriseSearchStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// EnterpriseSearchList is a list of Enterprise Search deployments.
type EnterpriseSearchList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []EnterpriseSearch `json:"items"`
}

func init() {
	SchemeBuilder.Register(&EnterpriseSearch{}, &EnterpriseSearchList{})
}
