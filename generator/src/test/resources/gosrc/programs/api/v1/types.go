package v1

import (
	v1beta1 "example.com/programs/api/v1beta1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// WidgetSpec is not a kind: no root marker.
type WidgetSpec struct {
	Size int `json:"size"`
}

// +kubebuilder:object:root=true
// +kubebuilder:subresource:status

// Widget is the stored version: the markers may stand apart from the doc comment.
// +kubebuilder:storageversion
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              WidgetSpec `json:"spec,omitempty"`
}

// +kubebuilder:object:root=true

// WidgetList lists widgets: not a kind of its own.
type WidgetList struct {
	Items []Widget `json:"items"`
}

// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster,path=gadgetries,shortName=gd

// Gadget is cluster-scoped, with a plural of its own.
type Gadget struct {
	metav1.TypeMeta `json:",inline"`
}

// +kubebuilder:object:root=true

// Policy gets controller-gen's plural: policies.
type Policy struct {
	metav1.TypeMeta `json:",inline"`
}

var _ = v1beta1.GroupVersion

// +kubebuilder:webhook:path=/validate-widgets-example-com-v1-widget,mutating=false,failurePolicy=ignore,sideEffects=none,groups=widgets.example.com,resources=widgets,verbs=create;update,versions=v1,name=vwidget.widgets.example.com,admissionReviewVersions=v1
// +kubebuilder:webhook:path=/mutate-widgets-example-com-v1-widget,mutating=true,sideEffects=NoneOnDryRun,groups=widgets.example.com,resources=widgets;widgets/status,verbs=create;update;delete,versions=v1,name=mwidget.widgets.example.com,admissionReviewVersions=v1
// +kubebuilder:webhook:path=/broken,mutating=false,groups=widgets.example.com,versions=v1,name=broken.widgets.example.com
