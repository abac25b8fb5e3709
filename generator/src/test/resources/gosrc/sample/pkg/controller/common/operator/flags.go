package operator

// Flag names, shared by the command and the controllers.
const (
	EnableLeaderElectionFlag = "enable-leader-election"
	MetricsPortFlag          = "metrics-port"
	NamespacesFlag           = "namespaces"
	ConfigFlag               = "config"

	webhookPrefix    = "webhook-"
	WebhookNameFlag  = webhookPrefix + "name"
	WebhookSecretEnv string = "WEBHOOK_" + "SECRET"

	DefaultMetricsPort int = 0
	DefaultWebhookName     = "sample-webhook.example.com"
)

const DebugListenFlag = "debug-http-listen"
