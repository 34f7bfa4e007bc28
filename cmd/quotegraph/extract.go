package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/topic"
)

// extracted is one line of `extract --format jsonl`.
type extracted struct {
	Doc          string   `json:"doc"`
	Speaker      string   `json:"speaker"`
	SpeakerKind  string   `json:"speaker_kind"`
	Mention      string   `json:"mention,omitempty"`
	Role         string   `json:"role,omitempty"`
	Affiliations []string `json:"affiliations,omitempty"`
	Text         string   `json:"text"`
	Kind         string   `json:"kind"`
	Cue          string   `json:"cue"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Topics       []string `json:"topics"`
}

func runExtract(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "extract")
	format := fs.String("format", "table", "output format: jsonl or table")
	maxBytes := fs.Int64("max-bytes", loader.DefaultMaxBytes, "largest file to read, in bytes")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *format != "jsonl" && *format != "table" {
		return usageErr("unknown format %q (want jsonl or table)", *format)
	}
	if len(paths) == 0 {
		return usageErr("no files or folders given")
	}
	concepts, err := topic.New()
	if err != nil {
		return err
	}
	p := pipeline(concepts)
	files, fails := loader.Files(paths)
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	if *format == "table" {
		fmt.Fprintln(tw, "DOC\tSPEAKER\tKIND\tCUE\tTEXT")
	}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, err := loader.ReadFile(path, *maxBytes)
		if err == nil {
			var stmts []quotegraph.Statement
			_, stmts, err = p.Process(path, data)
			for _, st := range stmts {
				x := toExtracted(filepath.Base(path), st)
				if *format == "jsonl" {
					if err := enc.Encode(x); err != nil {
						return err
					}
				} else {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", x.Doc, x.Speaker, x.Kind, x.Cue, clip(x.Text, 90))
				}
			}
		}
		if err != nil {
			fails = append(fails, loader.Failure{Path: path, Err: err})
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, f := range fails {
		fmt.Fprintf(e.stderr, "failed: %s: %s\n", f.Path, message(f.Err))
	}
	if len(fails) > 0 {
		return errReported
	}
	return nil
}

func toExtracted(doc string, st quotegraph.Statement) extracted {
	x := extracted{
		Doc: doc, Speaker: st.Speaker.Name, SpeakerKind: string(st.Speaker.Kind), Mention: st.Mention,
		Role: st.Role, Affiliations: st.Speaker.Affiliations, Text: st.Text, Kind: string(st.Kind),
		Cue: st.Cue, Start: st.Span.Start, End: st.Span.End, Topics: []string{},
	}
	for _, t := range st.Topics {
		x.Topics = append(x.Topics, t.Name)
	}
	return x
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
