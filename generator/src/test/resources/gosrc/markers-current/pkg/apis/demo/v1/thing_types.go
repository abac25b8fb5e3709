package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
)

// Inner is a struct.
// +kubebuilder:title=Inner title
// +kubebuilder:validation:XPreserveUnknownFields
type Inner struct {
	X string `json:"x,omitempty"`
}

// Items is a list-map by type.
// +listType=map
// +listMapKey=x
type Items []Inner

// Stamp is a formatted string.
// +kubebuilder:validation:Format=date-time
// +kubebuilder:validation:Type=string
type Stamp struct {
	V string `json:"v,omitempty"`
}

// Spec is the spec of a Thing.
type Spec struct {
	// +kubebuilder:validation:XEmbeddedResource
	// +kubebuilder:pruning:PreserveUnknownFields
	Raw runtime.RawExtension `json:"raw,omitempty"`
	// +kubebuilder:validation:Schemaless
	// +kubebuilder:validation:Type=object
	Loose runtime.RawExtension `json:"loose,omitempty"`
	// +kubebuilder:validation:items:XEmbeddedResource
	// +kubebuilder:validation:items:XPreserveUnknownFields
	Raws []runtime.RawExtension `json:"raws,omitempty"`
	// +nullable
	Maybe []string `json:"maybe,omitempty"`
	// +kubebuilder:default={}
	Obj Inner `json:"obj,omitempty"`
	// +kubebuilder:example={a:1}
	Ex map[string]int32 `json:"ex,omitempty"`
	Items Items `json:"items,omitempty"`
	// +k8s:required
	ReqStruct Inner `json:"reqStruct,omitempty"`
	// +k8s:required
	ReqList []string `json:"reqList,omitempty"`
	// +k8s:required
	ReqMap map[string]string `json:"reqMap,omitempty"`
	// +k8s:required
	ReqInt int32 `json:"reqInt,omitempty"`
	Stamp Stamp `json:"stamp,omitempty"`
	// +kubebuilder:validation:ExclusiveMinimum=false
	// +kubebuilder:validation:Minimum=-1
	// +kubebuilder:validation:MultipleOf=2
	Num int64 `json:"num,omitempty"`
	// +kubebuilder:validation:Enum=1;2;"3";true
	Mixed string `json:"mixed,omitempty"`
	// +kubebuilder:default=-7
	Neg int32 `json:"neg,omitempty"`
	// +kubebuilder:default={"a b",c}
	Strs []string `json:"strs,omitempty"`
}

// Thing is a kind with embedded resources, type-level list maps and k8s:required bounds.
// +kubebuilder:object:root=true
type Thing struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec Spec `json:"spec,omitempty"`
}
