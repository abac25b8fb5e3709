package v1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// KibanaSpec is the desired state of a Kibana instance.
type KibanaSpec struct {
	// Version of Kibana.
	Version string `json:"version"`

	// Image is the Kibana container image; the default image of the version when empty.
	Image string `json:"image,omitempty"`

	// Count is the number of Kibana pods.
	// +kubebuilder:validation:Minimum=0
	Count int32 `json:"count,omitempty"`

	// ElasticsearchRef names the Elasticsearch cluster Kibana connects to.
	ElasticsearchRef commonv1.ObjectSelector `json:"elasticsearchRef,omitempty"`

	// Config is the Kibana configuration.
	// +kubebuilder:pruning:PreserveUnknownFields
	Config *commonv1.Config `json:"config,omitempty"`

	// HTTP configures the HTTP endpoint of Kibana.
	HTTP commonv1.HTTPConfig `json:"http,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`

	// SecureSettings are Secrets whose entries go into the Kibana keystore.
	SecureSettings []commonv1.SecretSource `json:"secureSettings,omitempty"`

	// ServiceAccountName is the ServiceAccount the Kibana pods run as.
	ServiceAccountName string `json:"serviceAccountName,omitempty"`
}

// KibanaHealth is the health of Kibana: green or red.
type KibanaHealth string

// KibanaStatus is the observed state of a Kibana instance.
type KibanaStatus struct {
	// AvailableNodes is the number of pods ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Version of the Kibana pods; the lowest when they differ.
	Version string `json:"version,omitempty"`
	// Health of Kibana.
	Health KibanaHealth `json:"health,omitempty"`
	// AssociationStatus is the state of the association to Elasticsearch.
	AssociationStatus commonv1.AssociationStatus `json:"associationStatus,omitempty"`
}

// +kubebuilder:object:root=true

// Kibana is a Kibana instance.
// +kubebuilder:resource:categories=elastic,shortName=kb
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".status.version",description="Kibana version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:storageversion
type Kibana struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   KibanaSpec   `json:"spec,omitempty"`
	Status KibanaStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// KibanaList is a list of Kibana instances.
type KibanaList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Kibana `json:"items"`
}

func init() {
	SchemeBuilder.Register(&Kibana{}, &KibanaList{})
}
