package v1beta1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// ApmServerSpec is the desired state of an APM Server.
type ApmServerSpec struct {
	// Version of the APM Server.
	Version string `json:"version,omitempty"`

	// Image is the APM Server container image; the default image of the version when empty.
	Image string `json:"image,omitempty"`

	// Count is the number of APM Server pods.
	Count int32 `json:"count,omitempty"`

	// Config is the APM Server configuration.
	// +kubebuilder:pruning:PreserveUnknownFields
	Config *commonv1.Config `json:"config,omitempty"`

	// HTTP configures the HTTP endpoint of the APM Server.
	HTTP commonv1.HTTPConfig `json:"http,omitempty"`

	// ElasticsearchRef names the Elasticsearch cluster the APM Server sends to.
	ElasticsearchRef commonv1.ObjectSelector `json:"elasticsearchRef,omitempty"`

	// KibanaRef names the Kibana instance whose APM integration the server sets up.
	KibanaRef commonv1.ObjectSelector `json:"kibanaRef,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`

	// SecureSettings are Secrets whose entries go into the APM Server keystore.
	SecureSettings []commonv1.SecretSource `json:"secureSettings,omitempty"`
}

// ApmServerHealth is the health of the APM Server: green or red.
type ApmServerHealth string

// ApmServerStatus is the observed state of an APM Server.
type ApmServerStatus struct {
	// AvailableNodes is the number of pods ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Version of the APM Server pods; the lowest when they differ.
	Version string `json:"version,omitempty"`
	// Health of the APM Server.
	Health ApmServerHealth `json:"health,omitempty"`
	// ExternalService is the name of the Service of the HTTP endpoint.
	ExternalService string `json:"service,omitempty"`
	// SecretTokenSecretName is the Secret holding the token agents authenticate with.
	SecretTokenSecretName string `json:"secretTokenSecret,omitempty"`
	// ElasticsearchAssociationStatus is the state of the association to Elasticsearch.
	ElasticsearchAssociationStatus commonv1.AssociationStatus `json:"elasticsearchAssociationStatus,omitempty"`
	// KibanaAssociationStatus is the state of the association to Kibana.
	KibanaAssociationStatus commonv1.AssociationStatus `json:"kibanaAssociationStatus,omitempty"`
}

// +kubebuilder:object:root=true

// ApmServer is an APM Server.
// +kubebuilder:resource:categories=elastic,shortName=apm
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".status.version",description="APM version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
type ApmServer struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   ApmServerSpec   `json:"spec,omitempty"`
	Status ApmServerStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// ApmServerList is a list of APM Servers.
type ApmServerList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []ApmServer `json:"items"`
}

func init() {
	SchemeBuilder.Register(&ApmServer{}, &ApmServerList{})
}
