package manager

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"example.com/operator-lock-flags/pkg/controller/apmserver"
	"example.com/operator-lock-flags/pkg/controller/beat"
	"example.com/operator-lock-flags/pkg/controller/common/certificates"
	"example.com/operator-lock-flags/pkg/controller/common/container"
	"example.com/operator-lock-flags/pkg/controller/common/operator"
	controllerscheme "example.com/operator-lock-flags/pkg/controller/common/scheme"
	"example.com/operator-lock-flags/pkg/controller/elasticsearch"
	"example.com/operator-lock-flags/pkg/controller/enterprisesearch"
	"example.com/operator-lock-flags/pkg/controller/kibana"
	"example.com/operator-lock-flags/pkg/controller/webhook"
	logconf "example.com/operator-lock-flags/pkg/utils/log"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

const (
	DefaultMetricPort  = 0
	DefaultWebhookName = "elastic-webhook.k8s.elastic.co"
	DefaultWebhookPort = 9443

	// DefaultLeaderElectionID names the lock the replicas elect their leader through.
	DefaultLeaderElectionID = "elastic-operator-leader"
	// DefaultLeaderElectionLock is the kind of lock: a ConfigMap until every installation has moved to Leases.
	DefaultLeaderElectionLock = "configmaps"
	DefaultLeaseDuration      = 15 * time.Second
	DefaultRenewDeadline      = 10 * time.Second
	DefaultRetryPeriod        = 2 * time.Second

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
	flags.String(operator.ContainerSuffixFlag, "", "suffix appended to Elastic Stack image names")
	flags.String(operator.DebugHTTPListenFlag, "localhost:6060", "debug HTTP server address (development only)")
	flags.Bool(operator.DisableConfigWatch, false, "do not restart when the configuration file changes")
	flags.Bool(operator.DisableTelemetryFlag, false, "do not report telemetry")
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
	flags.String(operator.LeaderElectionIDFlag, DefaultLeaderElectionID, "name of the leader-election lock")
	flags.String(operator.LeaderElectionLockFlag, DefaultLeaderElectionLock,
		"kind of leader-election lock: configmaps, leases or configmapsleases")
	flags.Duration(operator.LeaseDurationFlag, DefaultLeaseDuration, "how long a leader's claim is valid")
	flags.Duration(operator.RenewDeadlineFlag, DefaultRenewDeadline, "how long the leader tries to renew")
	flags.Duration(operator.RetryPeriodFlag, DefaultRetryPeriod, "how long candidates wait between attempts")
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
	flags.Int(operator.WebhookPortFlag, DefaultWebhookPort, "port the webhook server listens on")
	flags.String(operator.WebhookSecretFlag, "", fmt.Sprintf("Secret mounted at --%s", operator.WebhookCertDirFlag))

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
	leaseDuration := viper.GetDuration(operator.LeaseDurationFlag)
	renewDeadline := viper.GetDuration(operator.RenewDeadlineFlag)
	retryPeriod := viper.GetDuration(operator.RetryPeriodFlag)
	opts := ctrl.Options{
		Scheme:                     controllerscheme.Scheme(),
		CertDir:                    viper.GetString(operator.WebhookCertDirFlag),
		LeaderElection:             viper.GetBool(operator.EnableLeaderElection),
		LeaderElectionID:           viper.GetString(operator.LeaderElectionIDFlag),
		LeaderElectionNamespace:    operatorNamespace,
		LeaderElectionResourceLock: viper.GetString(operator.LeaderElectionLockFlag),
		LeaseDuration:              &leaseDuration,
		RenewDeadline:              &renewDeadline,
		RetryPeriod:                &retryPeriod,
		Port:                       viper.GetInt(operator.WebhookPortFlag),
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
	return mgr.Start(ctrl.SetupSignalHandler())
}
