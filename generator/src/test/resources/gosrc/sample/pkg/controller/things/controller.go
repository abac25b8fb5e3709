package things

/* A general comment
   spanning lines. */

// +kubebuilder:rbac:groups=core,resources=pods;secrets,verbs=get;list;watch;create;update;patch;delete
// +kubebuilder:rbac:groups=apps,resources=statefulsets,verbs=get;list;watch
// +kubebuilder:rbac:groups=things.example.com,resources=things;things/status,verbs=get;update
// +kubebuilder:rbac:groups="",resources=configmaps,verbs=get;update,resourceNames=sample-operator-leader,namespace=sample-system

// +manifest-gen:rbac:when=enable-tracing
// +kubebuilder:rbac:groups=admissionregistration.k8s.io,resources=validatingwebhookconfigurations,verbs=get;list;watch;create;update;patch;delete

// Reconcile does nothing.
func Reconcile() {}
