package webhook

// Unlike 1.3.0, this operator asks for its permissions with +kubebuilder:rbac markers.
// +manifest-gen:rbac:when=enable-webhook
// +kubebuilder:rbac:groups=admissionregistration.k8s.io,resources=mutatingwebhookconfigurations;validatingwebhookconfigurations,verbs=get;list;watch;create;update;patch;delete

import (
	"sigs.k8s.io/controller-runtime/pkg/manager"
)

// Add registers the validating webhooks (their +kubebuilder:webhook markers are on the API types).
func Add(mgr manager.Manager) {
	_ = mgr.GetWebhookServer()
}
