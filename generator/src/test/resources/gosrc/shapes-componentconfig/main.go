// kubebuilder's ComponentConfig layout: --config names a ControllerManagerConfig file whose keys set the
// lock, the metrics address and the webhook port; the code sets none of them itself.
package main

import (
	"flag"
	"os"

	ctrl "sigs.k8s.io/controller-runtime"
)

// +kubebuilder:webhook:path=/validate-v1-widget,mutating=false,failurePolicy=fail,sideEffects=None,groups=example.com,resources=widgets,verbs=create;update,versions=v1,name=vwidget.example.com,admissionReviewVersions=v1

func main() {
	var configFile string
	flag.StringVar(&configFile, "config", "", "the controller manager's configuration file")
	flag.Parse()
	var err error
	options := ctrl.Options{}
	if configFile != "" {
		options, err = options.AndFrom(ctrl.ConfigFile().AtPath(configFile))
		if err != nil {
			os.Exit(1)
		}
	}
	mgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), options)
	if err != nil {
		os.Exit(1)
	}
	_ = mgr.Start(ctrl.SetupSignalHandler())
}
