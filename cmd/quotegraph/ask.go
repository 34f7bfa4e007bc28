package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/question"
	"github.com/quotegraph/quotegraph/resolvers"
)

func runAsk(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "ask")
	store := storeFlag(fs)
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return usageErr("no question given; for example: %q", question.Examples[0])
	}
	q, err := question.Parse(strings.Join(words, " "))
	if err != nil {
		return err
	}
	s, _, err := openStore(ctx, e, *store)
	if err != nil {
		return err
	}
	defer s.Close()
	f := q.Filter()
	if q.Speaker != "" {
		sp, err := s.Speaker(ctx, q.Speaker)
		if err != nil {
			return err
		}
		f.Speaker = sp.Name
	}
	stmts, err := resolvers.Answers(ctx, s, f)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Read as: %s", q)
	if f.Speaker != "" && f.Speaker != q.Speaker {
		fmt.Fprintf(e.stdout, " (%s)", f.Speaker)
	}
	fmt.Fprintln(e.stdout)
	if q.Who {
		for _, sp := range resolvers.SpeakersOf(stmts) {
			fmt.Fprintf(e.stdout, "  %s (%d)\n", sp.Name, sp.Statements)
		}
		return nil
	}
	fmt.Fprintf(e.stdout, "%d statements\n", len(stmts))
	for i, st := range stmts {
		printStatement(e, i+1, st)
	}
	return nil
}

func printStatement(e env, n int, st quotegraph.Statement) {
	fmt.Fprintf(e.stdout, "\n%d. %s", n, st.Speaker.Name)
	if a := st.Article; a != nil {
		var where []string
		if a.Outlet != "" {
			where = append(where, a.Outlet)
		}
		if !a.Published.IsZero() {
			where = append(where, a.Published.Format("2006-01-02"))
		}
		if len(where) > 0 {
			fmt.Fprintf(e.stdout, " (%s)", strings.Join(where, ", "))
		}
	}
	fmt.Fprintf(e.stdout, ", %s:\n   %s\n", st.Cue, st.Text)
	if m := st.Match; m != nil {
		fmt.Fprintf(e.stdout, "   matched %s by %s", m.Topic, m.MatchedBy)
		if m.Via != "" {
			fmt.Fprintf(e.stdout, " via %s", m.Via)
		}
		fmt.Fprintf(e.stdout, " (%.2f)\n", m.Score)
	}
}
