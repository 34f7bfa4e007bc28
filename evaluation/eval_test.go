package evaluation_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph"
)

// Floors the measured figures must not fall below (see BENCHMARKS.md).
const (
	minPrecision = 0.90
	minRecall    = 0.90
)

type tally struct{ tp, fp, fn, topFP int }

func (t *tally) add(o tally) { t.tp += o.tp; t.fp += o.fp; t.fn += o.fn; t.topFP += o.topFP }

func (t tally) precision() float64 { return float64(t.tp) / float64(max(t.tp+t.fp, 1)) }
func (t tally) recall() float64    { return float64(t.tp) / float64(max(t.tp+t.fn, 1)) }

// topN is how many of the first results must hold no false positive.
const topN = 3

// TestQuestions asks every judged question of a store holding the sample
// articles and scores the answers against the hand-written judgements:
// precision and recall over all questions (micro-averaged), and the number
// of false positives among each answer's first topN.
//
//	go test -v -run TestQuestions ./evaluation/
func TestQuestions(t *testing.T) {
	s := sampleStore(t)
	ctx := context.Background()
	all, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var total tally
	for _, q := range questions {
		_, speakers, tl := judge(t, ctx, s, all.Items, q)
		total.add(tl)
		t.Logf("%-60q tp %2d fp %2d fn %2d", q.question, tl.tp, tl.fp, tl.fn)
		for _, sp := range q.speakers {
			if !slices.Contains(speakers, sp) {
				t.Errorf("%q: %s not among the speakers %v", q.question, sp, speakers)
			}
		}
		if q.exact && (tl.fp > 0 || tl.fn > 0) {
			t.Errorf("%q: %d false positives, %d misses; want exactly %d statements", q.question, tl.fp, tl.fn, tl.tp+tl.fn)
		}
	}
	p, r := total.precision(), total.recall()
	t.Logf("%d questions: tp %d fp %d fn %d; precision %.3f recall %.3f; false positives in a top %d: %d",
		len(questions), total.tp, total.fp, total.fn, p, r, topN, total.topFP)
	if total.topFP > 0 {
		t.Errorf("%d false positives among the first %d answers of a question", total.topFP, topN)
	}
	if p < minPrecision || r < minRecall {
		t.Errorf("precision %.3f recall %.3f, want at least %.2f and %.2f", p, r, minPrecision, minRecall)
	}
}

// judge asks one question and counts its answer's true and false positives
// and false negatives, logging each mistake.
func judge(t *testing.T, ctx context.Context, s quotegraph.Store, stored []quotegraph.Statement, q judged) ([]quotegraph.Statement, []string, tally) {
	t.Helper()
	want := resolve(t, q.question, stored, q.want)
	ok := resolve(t, q.question, stored, q.ok)
	_, got, err := ask(ctx, s, q.question)
	if err != nil {
		t.Errorf("%q: %v", q.question, err)
	}
	var tl tally
	var speakers []string
	seen := map[string]bool{}
	for i, st := range got {
		seen[st.ID] = true
		if !slices.Contains(speakers, st.Speaker.Name) {
			speakers = append(speakers, st.Speaker.Name)
		}
		switch {
		case want[st.ID]:
			tl.tp++
		case ok[st.ID]:
		default:
			tl.fp++
			if i < topN {
				tl.topFP++
			}
			t.Logf("%q: false positive #%d %s %q%s", q.question, i+1, st.Speaker.Name, short(st.Text), why(st.Match))
		}
	}
	for _, st := range stored {
		if want[st.ID] && !seen[st.ID] {
			tl.fn++
			t.Logf("%q: missed %s %q (topics %v)", q.question, st.Speaker.Name, short(st.Text), st.Topics)
		}
	}
	return got, speakers, tl
}

// resolve finds the stored statements each ref names; a ref that names
// none is an error in the table.
func resolve(t *testing.T, question string, stored []quotegraph.Statement, refs []ref) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, r := range refs {
		n := 0
		for _, st := range stored {
			if st.Speaker.Name == r.speaker && strings.Contains(st.Text, r.text) {
				out[st.ID] = true
				n++
			}
		}
		if n == 0 {
			t.Errorf("%q: no stored statement of %s contains %q", question, r.speaker, r.text)
		}
	}
	return out
}

func short(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}

func why(m *quotegraph.TopicMatch) string {
	if m == nil {
		return ""
	}
	return fmt.Sprintf(" [%s %s %s %.2f]", m.Topic, m.MatchedBy, m.Via, m.Score)
}
