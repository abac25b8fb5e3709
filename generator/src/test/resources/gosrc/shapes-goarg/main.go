package main

import (
	"github.com/alexflint/go-arg"
	"github.com/caarlos0/env/v11"
	"github.com/kelseyhightower/envconfig"
	ctrl "sigs.k8s.io/controller-runtime"
)

type Common struct {
	Verbose bool `arg:"-v,--verbose,env:VERBOSE"`
}

type args struct {
	Common
	LeaderElect bool     `arg:"--leader-elect,env:ENABLE_LEADER_ELECTION" default:"false"`
	MaxJobs     int      `arg:"env" default:"4"`
	Namespaces  []string `arg:"--namespace"`
	Input       string   `arg:"positional"`
	Skip        string   `arg:"-"`
}

type Spec struct {
	LockName  string `envconfig:"lock_name" default:"goarg-lock"`
	SyncHours int    `split_words:"true" default:"10"`
	Ignored   string `ignored:"true"`
	Server    ServerSpec
}

type ServerSpec struct {
	Port int `default:"9443"`
}

type Settings struct {
	Token   string `env:"API_TOKEN,required"`
	Retries int    `env:"RETRIES" envDefault:"3"`
	Untagged string
}

func main() {
	var a args
	arg.MustParse(&a)
	var s Spec
	envconfig.MustProcess("op", &s)
	cfg := Settings{}
	_ = env.Parse(&cfg)
	_, _ = ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		LeaderElection:   a.LeaderElect,
		LeaderElectionID: "goarg-operator-lock",
	})
}
