package v1

import (
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"

	"example.com/widgets/api/shared"
)

// WidgetSpec is what a widget should be.
//
// A second paragraph stays a paragraph.
type WidgetSpec struct {
	// Size is required: no omitempty, no optional marker.
	// +kubebuilder:validation:Minimum=1
	// +kubebuilder:validation:Maximum=10
	// +kubebuilder:validation:MultipleOf=1
	Size int32 `json:"size"`

	// Ratio is a bounded number, the minimum excluded.
	// +kubebuilder:validation:Minimum=0
	// +kubebuilder:validation:ExclusiveMinimum=true
	Ratio float64 `json:"ratio,omitempty"`

	// Name follows a pattern.
	// +kubebuilder:validation:Pattern=`^[a-z]([-a-z0-9]*[a-z0-9])?$`
	// +kubebuilder:validation:MinLength=1
	// +kubebuilder:validation:MaxLength=63
	Name string `json:"name,omitempty"`

	// Mode is one of two, with a default.
	// +kubebuilder:validation:Enum=Fast;Slow
	// +kubebuilder:default=Fast
	Mode string `json:"mode,omitempty"`

	// Colour takes its enum from its type.
	Colour shared.Colour `json:"colour,omitempty"`

	// Tags must be unique, one to five of them.
	// +kubebuilder:validation:MinItems=1
	// +kubebuilder:validation:MaxItems=5
	// +kubebuilder:validation:UniqueItems=true
	// +listType=set
	Tags []string `json:"tags,omitempty"`

	// Ports are keyed by name.
	// +listType=map
	// +listMapKey=name
	Ports []Port `json:"ports,omitempty"`

	// Labels is a map.
	// +kubebuilder:validation:MinProperties=1
	Labels map[string]string `json:"labels,omitempty"`

	// Owner is required although it has omitempty.
	// +kubebuilder:validation:Required
	Owner *shared.Reference `json:"owner,omitempty"`

	// Backup is optional although it has no omitempty.
	// +kubebuilder:validation:Optional
	Backup shared.Reference `json:"backup"`

	// Settings keeps whatever it is given.
	// +kubebuilder:pruning:PreserveUnknownFields
	Settings *Settings `json:"settings,omitempty"`

	// Raw is not introspected.
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	// +kubebuilder:pruning:PreserveUnknownFields
	Raw *RawSettings `json:"raw,omitempty"`

	// Data is base64 bytes.
	Data []byte `json:"data,omitempty"`

	// Started is a timestamp.
	// +kubebuilder:validation:Format=date-time
	// +nullable
	Started *metav1.Time `json:"started,omitempty"`

	// Memory is a quantity.
	Memory resource.Quantity `json:"memory,omitempty"`

	// MaxUnavailable is an int or a string.
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty"`

	// Port is an int or a string by marker.
	// +kubebuilder:validation:XIntOrString
	Port string `json:"port,omitempty"`

	// Template is a Kubernetes type kept as given.
	Template corev1.PodTemplateSpec `json:"template,omitempty"`

	// Service has an embedded ObjectMeta.
	Service ServiceTemplate `json:"service,omitempty"`

	// Secret names a Secret; its field is inlined.
	Secret SecretRef `json:"secret,omitempty"`

	// Internal is not serialized.
	Internal string `json:"-"`

	// Replicas is for the scale subresource.
	Replicas *int32 `json:"replicas,omitempty"`

	Matrix [][]int64 `json:"matrix,omitempty"`

	Counts map[string][]int `json:"counts,omitempty"`
}

// Port is a named port.
type Port struct {
	Name string `json:"name"`
	// +kubebuilder:validation:Maximum=65535
	Number int32 `json:"number"`
}

// Settings is free-form.
// +kubebuilder:validation:Type=object
type Settings struct {
	Values map[string]interface{} `json:"-"`
}

// RawSettings is never introspected: its interface field would have no schema.
type RawSettings struct {
	Anything interface{} `json:"anything"`
}

// ServiceTemplate shapes a Service.
type ServiceTemplate struct {
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              corev1.ServiceSpec `json:"spec,omitempty"`
}

// SecretRef names a Secret.
type SecretRef struct {
	Ref `json:",inline"`
	// Key in the Secret.
	Key string `json:"key,omitempty"`
}

// Ref is embedded without a tag: its fields are the parent's.
type Ref struct {
	SecretName string `json:"secretName"`
}

// WidgetStatus is what a widget is.
type WidgetStatus struct {
	// Phase of the widget.
	Phase string `json:"phase,omitempty"`
	// Replicas seen.
	Replicas int32 `json:"replicas,omitempty"`
	// Selector of its pods.
	Selector string `json:"selector,omitempty"`
}

// +kubebuilder:object:root=true

// Widget is a thing with a size.
// +kubebuilder:resource:path=widgets,singular=widget,shortName=wd;wdg,categories={all,examples}
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas,selectorpath=.status.selector
// +kubebuilder:printcolumn:name="Size",type="integer",JSONPath=".spec.size",description="Desired size"
// +kubebuilder:printcolumn:name="Phase",type="string",JSONPath=".status.phase",priority=1
// +kubebuilder:printcolumn:name="Age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:storageversion
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// WidgetList is a list of widgets: not a kind of its own.
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}
