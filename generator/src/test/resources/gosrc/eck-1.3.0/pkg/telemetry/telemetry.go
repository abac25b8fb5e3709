// Package telemetry reports, now and then, which Elastic Stack resources the operator manages.
package telemetry

import (
	"time"

	"github.com/elastic/cloud-on-k8s/pkg/controller/common/operator"
	"github.com/elastic/cloud-on-k8s/pkg/utils/settings"
	"github.com/spf13/pflag"
)

const (
	defaultInterval = 1 * time.Hour
	reportKey       = "eck.telemetry.report"
)

// BindFlags adds the telemetry flags to the operator's flag set.
func BindFlags(fs *pflag.FlagSet) {
	fs.Bool(operator.DisableTelemetryFlag, false, "do not report telemetry")
	fs.Duration(operator.TelemetryIntervalFlag, defaultInterval, "how often telemetry is reported")
	_ = fs.MarkHidden(operator.TelemetryIntervalFlag)
}

// Reporter writes the report into a ConfigMap of the operator's namespace.
type Reporter struct {
	namespace string
	cfg       *settings.Settings
}

// NewReporter makes a reporter for the operator's namespace.
func NewReporter(namespace string) *Reporter {
	return &Reporter{namespace: namespace, cfg: settings.New(nil)}
}

// Start reports every interval.
func (r *Reporter) Start(interval time.Duration) {
	for range time.Tick(interval) {
		r.report()
	}
}

func (r *Reporter) report() {
	if enabled, _ := r.cfg.Bool("enabled", -1, settings.WithDefault("true")); !enabled {
		return
	}
	_ = r.value(reportKey, settings.WithDefault("{}"))
	local := settings.New(map[string][]string{"interval": {"1h"}})
	_, _ = local.Duration("interval", 0, settings.WithDefault("1h"))
}

func (r *Reporter) value(key string, opts ...settings.Option) string {
	cfg := r.cfg
	v, _ := cfg.String(key, -1, opts...)
	return v
}
