package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Target is a named port of the selected pods.
type Target struct {
	Name string `json:"name"`
	Port int32  `json:"port"`
}

// PickerSpec selects pods.
type PickerSpec struct {
	// Selector of the pods.
	Selector metav1.LabelSelector `json:"selector"`

	// Optional selector of their nodes.
	// +optional
	NodeSelector *metav1.LabelSelector `json:"nodeSelector,omitempty"`

	// +listType=map
	// +listMapKey=name
	Targets []Target `json:"targets,omitempty"`
}

// Picker selects pods.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="Targets",type=integer,JSONPath=`.status.targets`
type Picker struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   PickerSpec   `json:"spec,omitempty"`
	Status PickerStatus `json:"status,omitempty"`
}

// PickerStatus counts targets.
type PickerStatus struct {
	Targets int32 `json:"targets,omitempty"`
}
