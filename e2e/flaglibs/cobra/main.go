// Several programs in one binary, as operators build them with cobra: a root whose persistent flags apply to
// every subcommand, and subcommands with their own flags and shorthands. Without arguments it prints, for each
// command that runs, its subcommand path, its aliases and every flag it accepts (its own and the inherited
// ones): path, aliases, name, shorthand, pflag type and default, tab-separated. With "parse ARGS...", it finds
// the command the arguments start and parses them as cobra does, printing the command's path and each flag
// the arguments set (name=value), or the error cobra gives.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func main() {
	root := newRoot()
	if len(os.Args) > 1 && os.Args[1] == "parse" {
		parse(root, os.Args[2:])
		return
	}
	walk(root)
}

func newRoot() *cobra.Command {
	root := &cobra.Command{Use: "multi", Short: "controllers, certificates and webhooks"}
	var debug bool
	root.PersistentFlags().BoolVarP(&debug, "debug", "g", false, "debug logging")
	root.PersistentFlags().StringP("watch-namespace", "n", "", "namespace to watch")
	root.AddCommand(controllerCommand(), certsCommand(), webhookCommand())
	return root
}

func controllerCommand() *cobra.Command {
	var elect bool
	var workers int
	cmd := &cobra.Command{
		Use:  "controller",
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	cmd.Flags().BoolVarP(&elect, "leader-elect", "l", false, "elect a leader")
	cmd.Flags().IntVarP(&workers, "workers", "w", 1, "workers")
	cmd.Flags().Duration("sync-period", 10*time.Hour, "resync")
	cmd.Flags().StringSliceP("tags", "t", []string{"a", "b"}, "tags")
	return cmd
}

func certsCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "cert-manager",
		Aliases: []string{"certs"},
		RunE:    func(*cobra.Command, []string) error { return nil },
	}
	fs := cmd.Flags()
	fs.String("lock-name", "multi-certs", "lock")
	fs.BoolP("rotate", "r", true, "rotate")
	return cmd
}

func webhookCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:  "webhook",
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	cmd.Flags().IntP("port", "p", 9443, "port")
	cmd.Flags().StringP("cert-dir", "d", "/certs", "certificates")
	cmd.Flags().BoolP("verify", "v", false, "verify clients")
	return cmd
}

// unusedFlags is called by nothing: its flag is no program's.
func unusedFlags(cmd *cobra.Command) {
	cmd.Flags().Bool("old-leader-elect", false, "gone")
}

func path(c *cobra.Command) string {
	var words []string
	for ; c.HasParent(); c = c.Parent() {
		words = append([]string{c.Name()}, words...)
	}
	return strings.Join(words, " ")
}

func walk(c *cobra.Command) {
	if c.Runnable() {
		var flags []*pflag.Flag
		c.LocalFlags().VisitAll(func(f *pflag.Flag) { flags = append(flags, f) })
		c.InheritedFlags().VisitAll(func(f *pflag.Flag) { flags = append(flags, f) })
		sort.Slice(flags, func(i, j int) bool { return flags[i].Name < flags[j].Name })
		for _, f := range flags {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\n", path(c), strings.Join(c.Aliases, ","), f.Name, f.Shorthand, f.Value.Type(), f.DefValue)
		}
	}
	for _, child := range c.Commands() {
		walk(child)
	}
}

func parse(root *cobra.Command, args []string) {
	cmd, rest, err := root.Find(args)
	if err == nil && !cmd.Runnable() {
		err = fmt.Errorf("%s does not run", cmd.Name())
	}
	if err == nil {
		err = cmd.ParseFlags(rest)
	}
	if err != nil {
		fmt.Printf("error\t%s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		return
	}
	fmt.Printf("program\t%s\n", path(cmd))
	cmd.Flags().Visit(func(f *pflag.Flag) { fmt.Printf("set\t%s=%s\n", f.Name, f.Value.String()) })
}
