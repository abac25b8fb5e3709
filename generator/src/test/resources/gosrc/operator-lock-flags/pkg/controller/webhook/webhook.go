package webhook

// The operator manages the webhook configurations only when it serves the webhook (manifest-gen's
// marker extension says so; controller-gen ignores it).
// +manifest-gen:rbac:when=enable-webhook
// +kubebuilder:rbac:groups=admissionregistration.k8s.io,resources=mutatingwebhookconfigurations;validatingwebhookconfigurations,verbs=get;list;watch;create;update;patch;delete

// Add registers the webhook.
func Add() error {
	return nil
}
