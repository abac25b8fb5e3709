package manager

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/example/sample-operator/pkg/certs"
	op "github.com/example/sample-operator/pkg/controller/common/operator"
	"github.com/example/sample-operator/pkg/controller/things"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	ctrl "sigs.k8s.io/controller-runtime"
)

const (
	LockName      = "sample-operator-" + "leader"
	AutoPortFlag  = "auto-port-forward"
	imageEnvName  = "OPERATOR_IMAGE"
	tracingFlag   = `enable-tracing`
)

var (
	verbosity int
	Cmd       = &cobra.Command{
		Use:   "manager",
		Short: "Start the manager",
		Long: `manager starts the controllers.
It never calls cmd.Flags().Bool("not-a-flag", true, "in a raw string").`,
		Run: func(cmd *cobra.Command, args []string) {
			execute()
		},
	}
)

func init() {
	flag.IntVar(&verbosity, "log-verbosity", 0, "Verbosity level of logs (-2=Error, -1=Warn, 0=Info, >0=Debug)")

	// cmd.Flags().String("commented-out", "", "not a flag")
	Cmd.Flags().Duration(
		"cert-validity",
		certs.DefaultValidity,
		"how long a certificate is valid",
	)
	Cmd.Flags().Duration("cert-rotate-before", certs.DefaultRotateBefore, "rotate before expiry")
	Cmd.Flags().Duration("poll-interval", certs.ShortInterval, "poll interval")
	Cmd.Flags().Duration("client-timeout", certs.DefaultTimeout, "client timeout")
	Cmd.Flags().Duration("retry-period", 2*time.Second, "retry period")
	Cmd.Flags().Duration("grace", 0, "grace period")
	Cmd.Flags().Int(op.MetricsPortFlag, op.DefaultMetricsPort, "metrics port, 0 disables")
	Cmd.Flags().Int32("max-concurrent-reconciles", 3, "reconciles in parallel")
	Cmd.Flags().Float64("ratio", 0.5, "a ratio")
	Cmd.Flags().StringSlice(
		op.NamespacesFlag,
		nil,
		"namespaces to manage, comma-separated",
	)
	Cmd.Flags().StringSliceP("exposed-labels", "l", []string{"a", "b"}, "node labels")
	Cmd.Flags().StringToString("extra-labels", map[string]string{}, "labels")
	Cmd.Flags().Bool(
		op.EnableLeaderElectionFlag,
		true,
		"Enable leader election. "+
			"Only one operator reconciles at a time.",
	)
	Cmd.Flags().Bool(tracingFlag, false, fmt.Sprintf("enable %s", "tracing"))
	Cmd.Flags().Bool(AutoPortFlag, false, "forward ports (development only)")
	Cmd.Flags().String(op.WebhookNameFlag, op.DefaultWebhookName, "webhook configuration name")
	Cmd.Flags().String(op.ConfigFlag, "", "path to the config file")
	Cmd.Flags().String("webhook-cert-dir", os.TempDir(), "webhook certificates directory")
	Cmd.Flags().String(op.DebugListenFlag, "localhost:6060", "debug listen address")
	_ = Cmd.Flags().MarkHidden(AutoPortFlag)
	if err := Cmd.Flags().MarkHidden(op.DebugListenFlag); err != nil {
		panic(err)
	}

	viper.SetEnvPrefix("")
	viper.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	viper.AutomaticEnv()
}

func execute() {
	configFile := viper.GetString(op.ConfigFlag)
	if configFile != "" {
		viper.SetConfigFile(configFile)
		if err := viper.ReadInConfig(); err != nil {
			os.Exit(1)
		}
	}
	image := os.Getenv(imageEnvName)
	if _, ok := os.LookupEnv(op.WebhookSecretEnv); ok {
		fmt.Println(image, 'x', "// not a comment", time.Duration(3).String())
	}
	opts := ctrl.Options{
		LeaderElection:   viper.GetBool(op.EnableLeaderElectionFlag),
		LeaderElectionID: LockName,
		Namespace:        "",
	}
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), opts)
	_, _ = mgr, err
	things.Reconcile()
}
