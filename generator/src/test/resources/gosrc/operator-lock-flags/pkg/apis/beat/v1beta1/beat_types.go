package v1beta1

import (
	appsv1 "k8s.io/api/apps/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// BeatSpec is the desired state of a Beat.
type BeatSpec struct {
	// Type of the Beat (filebeat, metricbeat, ...): the name of its binary.
	// +kubebuilder:validation:MaxLength=20
	// +kubebuilder:validation:Pattern=[a-zA-Z0-9-]+
	Type string `json:"type"`

	// Version of the Beat.
	Version string `json:"version"`

	// ElasticsearchRef names the Elasticsearch cluster the Beat sends to.
	ElasticsearchRef commonv1.ObjectSelector `json:"elasticsearchRef,omitempty"`

	// KibanaRef names the Kibana instance the Beat sets its dashboards up in.
	KibanaRef commonv1.ObjectSelector `json:"kibanaRef,omitempty"`

	// Image is the Beat container image; the default image of the type and version when empty.
	Image string `json:"image,omitempty"`

	// Config is the Beat configuration; exclusive with ConfigRef.
	// +kubebuilder:pruning:PreserveUnknownFields
	Config *commonv1.Config `json:"config,omitempty"`

	// ConfigRef names a Secret holding the Beat configuration under beat.yml; exclusive with Config.
	ConfigRef *commonv1.ConfigSource `json:"configRef,omitempty"`

	// SecureSettings are Secrets whose entries go into the Beat keystore.
	SecureSettings []commonv1.SecretSource `json:"secureSettings,omitempty"`

	// ServiceAccountName is the ServiceAccount the Beat pods run as.
	ServiceAccountName string `json:"serviceAccountName,omitempty"`

	// DaemonSet runs the Beat as a DaemonSet: its pod template and update strategy, kept as given.
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	// +kubebuilder:pruning:PreserveUnknownFields
	DaemonSet *DaemonSetSpec `json:"daemonSet,omitempty"`

	// Deployment runs the Beat as a Deployment; exclusive with DaemonSet.
	Deployment *DeploymentSpec `json:"deployment,omitempty"`
}

// DaemonSetSpec shapes the DaemonSet running a Beat.
type DaemonSetSpec struct {
	// UpdateStrategy of the DaemonSet.
	UpdateStrategy appsv1.DaemonSetUpdateStrategy `json:"updateStrategy,omitempty"`
}

// DeploymentSpec shapes the Deployment running a Beat.
type DeploymentSpec struct {
	// Replicas is the number of Beat pods.
	Replicas *int32 `json:"replicas,omitempty"`
	// Strategy of the Deployment.
	Strategy appsv1.DeploymentStrategy `json:"strategy,omitempty"`
}

// BeatHealth is the health of a Beat: red, yellow or green.
type BeatHealth string

// BeatStatus is the observed state of a Beat.
type BeatStatus struct {
	// Version of the Beat pods; the lowest when they differ.
	Version string `json:"version,omitempty"`
	// ExpectedNodes is the number of pods wanted.
	ExpectedNodes int32 `json:"expectedNodes,omitempty"`
	// AvailableNodes is the number of pods ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Health of the Beat.
	Health BeatHealth `json:"health,omitempty"`
	// ElasticsearchAssociationStatus is the state of the association to Elasticsearch.
	ElasticsearchAssociationStatus commonv1.AssociationStatus `json:"elasticsearchAssociationStatus,omitempty"`
	// KibanaAssociationStatus is the state of the association to Kibana.
	KibanaAssociationStatus commonv1.AssociationStatus `json:"kibanaAssociationStatus,omitempty"`
}

// +kubebuilder:object:root=true

// Beat is a Beat (Filebeat, Metricbeat, ...) run as a DaemonSet or a Deployment.
// +kubebuilder:resource:categories=elastic,shortName=beat
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="available",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="expected",type="integer",JSONPath=".status.expectedNodes",description="Expected nodes"
// +kubebuilder:printcolumn:name="type",type="string",JSONPath=".spec.type",description="Beat type"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".status.version",description="Beat version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:storageversion
type Beat struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   BeatSpec   `json:"spec,omitempty"`
	Status BeatStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// BeatList is a list of Beats.
type BeatList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Beat `json:"items"`
}

func init() {
	SchemeBuilder.Register(&Beat{}, &BeatList{})
}
