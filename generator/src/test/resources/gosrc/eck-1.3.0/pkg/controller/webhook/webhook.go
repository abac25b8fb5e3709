package webhook

import (
	"sigs.k8s.io/controller-runtime/pkg/manager"
)

// Add registers the validating webhooks (their +kubebuilder:webhook markers are on the API types).
func Add(mgr manager.Manager) {
	_ = mgr.GetWebhookServer()
}
