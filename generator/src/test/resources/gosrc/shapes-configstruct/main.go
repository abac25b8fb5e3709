// The operator's own typed config file: --config-file names a YAML file decoded into Config, whose
// fields give the lock, whether to elect, the webhook port and the metrics address.
package main

import (
	"flag"
	"os"

	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/webhook"
	"sigs.k8s.io/yaml"
)

// Election is the leaderElection section.
type Election struct {
	Enabled bool   `json:"enabled"`
	Lock    string `json:"lockName,omitempty"`
}

// Serving holds the ports.
type Serving struct {
	WebhookPort int    `json:"webhookPort"`
	Metrics     string `json:"metricsAddress"`
}

// Config is the file's shape.
type Config struct {
	Serving  `json:",inline"`
	Election *Election `json:"leaderElection"`
}

func main() {
	var path string
	flag.StringVar(&path, "config-file", "/etc/op/config.yaml", "configuration file")
	flag.Parse()
	run(path)
}

func run(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		os.Exit(1)
	}
	var cfg Config
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		os.Exit(1)
	}
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElection:     cfg.Election.Enabled,
		LeaderElectionID:   cfg.Election.Lock,
		MetricsBindAddress: cfg.Metrics,
		WebhookServer:      webhook.NewServer(webhook.Options{Port: cfg.WebhookPort}),
	})
	if err != nil {
		os.Exit(1)
	}
	_ = mgr.Start(ctrl.SetupSignalHandler())
}
