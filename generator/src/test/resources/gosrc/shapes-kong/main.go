package main

import (
	"time"

	"github.com/alecthomas/kong"
	ctrl "sigs.k8s.io/controller-runtime"
)

type (
	debugFlag bool
	levels    string
)

// Logging is embedded without a tag: kong flattens it.
type Logging struct {
	LogLevel string `default:"info" enum:"debug,info,error" env:"LOG_LEVEL"`
}

// WebhookFlags is embedded with a prefix.
type WebhookFlags struct {
	Port    int    `default:"9443" env:"PORT"`
	CertDir string `name:"cert-dir" default:"/tmp/certs"`
}

type CLI struct {
	Logging
	LeaderElect        bool          `name:"leader-elect" default:"false" env:"ENABLE_LEADER_ELECTION"`
	Debug              debugFlag     `short:"d"`
	Levels             []levels      `default:"a,b"`
	MetricsBindAddress string        `default:":8080" env:"METRICS_ADDR,METRICS_BIND_ADDRESS"`
	HTTPProbePort      int           `default:"8081"`
	SyncPeriod         time.Duration `default:"10m" hidden:""`
	WatchNamespaces    []string      `env:"WATCH_NAMESPACES"`
	Registry           string        `default:"${default_registry}" env:"REGISTRY"`
	Webhook            WebhookFlags  `embed:"" prefix:"webhook-" envprefix:"WEBHOOK_"`
	Kubeconfig         string        `arg:"" optional:""`
	internal           int
	Ignored            string `kong:"-"`
}

func main() {
	var cli CLI
	kong.Parse(&cli, kong.Name("kong-operator"))
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElection:   cli.LeaderElect,
		LeaderElectionID: "kong-operator-lock",
	})
}
