// Package run is the operator's run command: it starts the manager.
package run

import (
	"strings"
	"time"

	"example.com/programs/api/v1"
	v2 "example.com/programs/api/v2"
	"example.com/programs/pkg/config"
	"example.com/thirdparty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/cache"
)

const leaderLock = "programs-operator-lock"

var (
	workers         int
	webhookPort     int
	watchNamespaces []string
)

// Options are the run command's settings.
type Options struct {
	MetricsAddress string
	ProbeAddress   string
}

// AddFlags binds the options to flags.
func (o *Options) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.MetricsAddress, "metrics-bind-address", ":8080", "metrics address")
	fs.StringVar(&o.ProbeAddress, "health-probe-bind-address", ":8081", "probe address")
}

type server struct {
	flags *pflag.FlagSet
}

// NewCommand is the run command.
func NewCommand() *cobra.Command {
	opts := &Options{}
	cmd := &cobra.Command{
		Use: "run",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return start(opts)
		},
	}
	cmd.Flags().IntVar(&workers, "workers", 4, "reconciles at a time")
	cmd.Flags().StringSliceVar(&watchNamespaces, "watch-namespaces", nil, "namespaces to watch; all when empty")
	opts.AddFlags(cmd.Flags())
	s := server{flags: cmd.Flags()}
	s.flags.IntVar(&webhookPort, "webhook-port", 9443, "webhook server port")
	viper.SetEnvPrefix("OP")
	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	viper.AutomaticEnv()
	return cmd
}

func start(opts *Options) error {
	cfg := config.Load()
	for _, key := range []string{"a", "b"} {
		_ = cfg.String(key, -1)
	}
	_ = cfg.Bool("tracing", -1, nil)
	ext := thirdparty.New()
	ext.String("not-ours", "", "a call into another module: not resolved, skipped")
	_ = v1.GroupVersion
	_ = v2.GroupVersion
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		MetricsBindAddress: opts.MetricsAddress,
		Port:               webhookPort,
		LeaderElection:     true,
		LeaderElectionID:   leaderLock,
		NewCache:           cache.MultiNamespacedCacheBuilder(watchNamespaces),
		SyncPeriod:         durationPtr(time.Hour),
	})
	if err != nil {
		return err
	}
	return mgr.Start(ctrl.SetupSignalHandler())
}

func durationPtr(d time.Duration) *time.Duration {
	return &d
}
