package manager

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/elastic/cloud-on-k8s/pkg/controller/apmserver"
	"github.com/elastic/cloud-on-k8s/pkg/controller/beat"
	"github.com/elastic/cloud-on-k8s/pkg/controller/common/certificates"
	"github.com/elastic/cloud-on-k8s/pkg/controller/common/container"
	"github.com/elastic/cloud-on-k8s/pkg/controller/common/operator"
	controllerscheme "github.com/elastic/cloud-on-k8s/pkg/controller/common/scheme"
	"github.com/elastic/cloud-on-k8s/pkg/controller/elasticsearch"
	"github.com/elastic/cloud-on-k8s/pkg/controller/enterprisesearch"
	"github.com/elastic/cloud-on-k8s/pkg/controller/kibana"
	"github.com/elastic/cloud-on-k8s/pkg/controller/webhook"
	"github.com/elastic/cloud-on-k8s/pkg/telemetry"
	logconf "github.com/elastic/cloud-on-k8s/pkg/utils/log"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

const (
	DefaultMetricPort  = 0
	DefaultWebhookName = "elastic-webhook.k8s.elastic.co"
	WebhookPort        = 9443

	// LeaderElectionConfigMapName names the ConfigMap the replicas elect their leader through.
	LeaderElectionConfigMapName = "elastic-operator-leader"

	DefaultElasticsearchClientTimeout = 3 * time.Minute
	DefaultKubeClientTimeout          = 60 * time.Second
)

var configFile string

// Command is the manager subcommand: it runs the controllers.
func Command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "manager",
		Short: "Run the operator's controllers",
		PreRunE: func(cmd *cobra.Command, _ []string) error {
			viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
			if err := viper.BindPFlags(cmd.Flags()); err != nil {
				return err
			}
			viper.AutomaticEnv()
			if configFile != "" {
				viper.SetConfigFile(configFile)
				return viper.ReadInConfig()
			}
			return nil
		},
		RunE: run,
	}

	flags := cmd.Flags()
	flags.Bool(operator.AutoPortForwardFlag, false, "forward ports to the local machine (development only)")
	flags.Duration(operator.CACertRotateBeforeFlag, certificates.DefaultRotateBefore,
		"how long before expiry CA certificates are replaced")
	flags.Duration(operator.CACertValidityFlag, certificates.DefaultCertValidity, "how long CA certificates are valid")
	flags.Duration(operator.CertRotateBeforeFlag, certificates.DefaultRotateBefore,
		"how long before expiry TLS certificates are replaced")
	flags.Duration(operator.CertValidityFlag, certificates.DefaultCertValidity, "how long TLS certificates are valid")
	flags.StringVar(&configFile, operator.ConfigFlag, "", "the operator's configuration file")
	flags.String(
		operator.ContainerRegistryFlag,
		container.DefaultContainerRegistry,
		"registry of the Elastic Stack images",
	)
	flags.String(operator.DebugHTTPListenFlag, "localhost:6060", "debug HTTP server address (development only)")
	flags.Bool(operator.DisableConfigWatch, false, "do not restart when the configuration file changes")
	flags.String(operator.DistributionChannelFlag, "", "how the operator was installed (set by its manifests)")
	flags.Duration(operator.ElasticsearchClientTimeout, DefaultElasticsearchClientTimeout,
		"timeout of requests to Elasticsearch")
	flags.Bool(
		operator.EnableLeaderElection,
		true,
		"elect a leader among the operator's replicas, "+
			"so that only one reconciles",
	)
	flags.Bool(operator.EnableTracingFlag, false, "send APM traces of the operator")
	flags.Bool(operator.EnableWebhookFlag, false, "serve the validating webhook")
	flags.Bool(operator.EnforceRBACOnRefsFlag, false, "check RBAC on cross-namespace references")
	flags.String(operator.IPFamilyFlag, "", "IP family of the Pods: IPv4 or IPv6 (default: the operator's own)")
	flags.Duration(operator.KubeClientTimeout, DefaultKubeClientTimeout, "timeout of requests to the API server")
	flags.Bool(operator.ManageWebhookCertsFlag, true, "create and rotate the webhook's certificates")
	flags.Int(operator.MaxConcurrentReconcilesFlag, 3, "reconciles per controller at a time")
	flags.Int(operator.MetricsPortFlag, DefaultMetricPort, "Prometheus metrics port; 0 disables")
	flags.StringSlice(operator.NamespacesFlag, nil, "namespaces to manage; all when empty")
	flags.String(operator.OperatorNamespaceFlag, "", "namespace the operator runs in")
	flags.Bool(operator.SetDefaultSecurityContextFlag, true, "give Elasticsearch Pods a default security context")
	flags.Bool(operator.UBIOnlyFlag, false, "use only UBI-based container images")
	flags.Bool(operator.ValidateStorageClassFlag, true, "check that volume claims can be expanded before resizing them")
	flags.String(
		operator.WebhookCertDirFlag,
		filepath.Join(os.TempDir(), "k8s-webhook-server", "serving-certs"),
		"directory of the webhook's certificate and key",
	)
	flags.String(operator.WebhookNameFlag, DefaultWebhookName, "name of the ValidatingWebhookConfiguration")
	flags.String(operator.WebhookSecretFlag, "", fmt.Sprintf("Secret mounted at --%s", operator.WebhookCertDirFlag))
	telemetry.BindFlags(flags)

	_ = flags.MarkHidden(operator.AutoPortForwardFlag)
	_ = flags.MarkHidden(operator.DebugHTTPListenFlag)
	_ = flags.MarkHidden(operator.DistributionChannelFlag)
	return cmd
}

func run(_ *cobra.Command, _ []string) error {
	logconf.ChangeVerbosity(logconf.Verbosity())
	operatorNamespace := viper.GetString(operator.OperatorNamespaceFlag)
	if operatorNamespace == "" {
		return fmt.Errorf("%s is required", operator.OperatorNamespaceFlag)
	}
	container.SetContainerRegistry(viper.GetString(operator.ContainerRegistryFlag))
	opts := ctrl.Options{
		Scheme:                  controllerscheme.Scheme(),
		CertDir:                 viper.GetString(operator.WebhookCertDirFlag),
		LeaderElection:          viper.GetBool(operator.EnableLeaderElection),
		LeaderElectionID:        LeaderElectionConfigMapName,
		LeaderElectionNamespace: operatorNamespace,
		Port:                    WebhookPort,
	}
	managedNamespaces := viper.GetStringSlice(operator.NamespacesFlag)
	switch len(managedNamespaces) {
	case 0:
	case 1:
		opts.Namespace = managedNamespaces[0]
	default:
		opts.NewCache = cache.MultiNamespacedCacheBuilder(managedNamespaces)
	}
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), opts)
	if err != nil {
		return err
	}
	for _, add := range []func() error{apmserver.Add, beat.Add, elasticsearch.Add, enterprisesearch.Add, kibana.Add} {
		if err := add(); err != nil {
			return err
		}
	}
	if viper.GetBool(operator.EnableWebhookFlag) {
		webhook.Add(mgr)
	}
	go telemetry.NewReporter(operatorNamespace).Start(viper.GetDuration(operator.TelemetryIntervalFlag))
	return mgr.Start(ctrl.SetupSignalHandler())
}
