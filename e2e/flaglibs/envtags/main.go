// Declares settings read from the environment the way envconfig and caarlos0/env operators do, and prints
// what the libraries themselves make of them, one per line: name (the variable), Go type, default (the
// value the operator runs with when the variables are unset),
// the variables tried in order (comma-separated), tab-separated. caarlos0/env's FieldParams carry no type:
// that column is empty for its settings.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/caarlos0/env/v11"
	"github.com/kelseyhightower/envconfig"
)

type ServerSpec struct {
	Port int `default:"9443"`
}

type Spec struct {
	LockName  string `envconfig:"lock_name" default:"envtags-lock"`
	SyncHours int    `split_words:"true" default:"10"`
	Debug     bool
	Ignored   string `ignored:"true"`
	Server    ServerSpec
}

type Settings struct {
	Token    string `env:"API_TOKEN,required"`
	Retries  int    `env:"RETRIES" envDefault:"3"`
	Untagged string
}

// envconfig's own usage template: Key is the variable it reads first, Alt (the envconfig tag) the second; the
// default is the value Process left in the field with none of the variables set.
const usage = `{{range .}}{{usage_key .}}	{{.Field.Type}}	{{printf "%v" .Field.Interface}}	{{usage_key .}}{{if and .Alt (ne .Alt .Key)}},{{.Alt}}{{end}}
{{end}}`

func main() {
	// read as an operator reads them (API_TOKEN is required and unset here: caarlos0/env's error is expected)
	var s Spec
	if err := envconfig.Process("op", &s); err != nil {
		panic(err)
	}
	var settings Settings
	_ = env.Parse(&settings)
	if err := envconfig.Usagef("op", &s, os.Stdout, usage); err != nil {
		panic(err)
	}
	params, err := env.GetFieldParams(&Settings{})
	if err != nil {
		panic(err)
	}
	for _, p := range params {
		fmt.Printf("%s\t\t%s\t%s\n", p.Key, p.DefaultValue, strings.Join([]string{p.Key}, ","))
	}
}
