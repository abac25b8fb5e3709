// Package scheme knows every API version the operator reads and writes.
package scheme

import (
	apmv1 "example.com/operator-lock-flags/pkg/apis/apm/v1"
	apmv1alpha1 "example.com/operator-lock-flags/pkg/apis/apm/v1alpha1"
	apmv1beta1 "example.com/operator-lock-flags/pkg/apis/apm/v1beta1"
	beatv1beta1 "example.com/operator-lock-flags/pkg/apis/beat/v1beta1"
	esv1 "example.com/operator-lock-flags/pkg/apis/elasticsearch/v1"
	esv1alpha1 "example.com/operator-lock-flags/pkg/apis/elasticsearch/v1alpha1"
	esv1beta1 "example.com/operator-lock-flags/pkg/apis/elasticsearch/v1beta1"
	entv1beta1 "example.com/operator-lock-flags/pkg/apis/enterprisesearch/v1beta1"
	kbv1 "example.com/operator-lock-flags/pkg/apis/kibana/v1"
	kbv1alpha1 "example.com/operator-lock-flags/pkg/apis/kibana/v1alpha1"
	kbv1beta1 "example.com/operator-lock-flags/pkg/apis/kibana/v1beta1"
	"k8s.io/apimachinery/pkg/runtime"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
)

// Scheme is client-go's scheme with the operator's kinds added.
func Scheme() *runtime.Scheme {
	s := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		clientgoscheme.AddToScheme,
		apmv1.AddToScheme, apmv1beta1.AddToScheme, apmv1alpha1.AddToScheme,
		beatv1beta1.AddToScheme,
		esv1.AddToScheme, esv1beta1.AddToScheme, esv1alpha1.AddToScheme,
		entv1beta1.AddToScheme,
		kbv1.AddToScheme, kbv1beta1.AddToScheme, kbv1alpha1.AddToScheme,
	} {
		if err := add(s); err != nil {
			panic(err)
		}
	}
	return s
}
