package operator

// Names of the operator's flags; also the keys of its configuration file.
const (
	AutoPortForwardFlag           = "auto-port-forward"
	CACertRotateBeforeFlag        = "ca-cert-rotate-before"
	CACertValidityFlag            = "ca-cert-validity"
	CertRotateBeforeFlag          = "cert-rotate-before"
	CertValidityFlag              = "cert-validity"
	ConfigFlag                    = "config"
	ContainerRegistryFlag         = "container-registry"
	ContainerSuffixFlag           = "container-suffix"
	DebugHTTPListenFlag           = "debug-http-listen"
	DisableConfigWatch            = "disable-config-watch"
	EnableLeaderElection          = "enable-leader-election"
	EnableTracingFlag             = "enable-tracing"
	EnableWebhookFlag             = "enable-webhook"
	EnforceRBACOnRefsFlag         = "enforce-rbac-on-refs"
	ManageWebhookCertsFlag        = "manage-webhook-certs"
	MaxConcurrentReconcilesFlag   = "max-concurrent-reconciles"
	MetricsPortFlag               = "metrics-port"
	NamespacesFlag                = "namespaces"
	OperatorNamespaceFlag         = "operator-namespace"
	SetDefaultSecurityContextFlag = "set-default-security-context"
	WebhookCertDirFlag            = "webhook-cert-dir"
	WebhookNameFlag               = "webhook-name"
	WebhookSecretFlag             = "webhook-secret"
)
