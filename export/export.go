// Package export writes statements as tables for notebooks and spreadsheets:
// CSV and NDJSON, one row (or object) per statement, streamed page by page
// from a quotegraph.Store so that memory stays bounded however many
// statements pass the filter.
//
// Handler serves them over HTTP (GET /export/statements.csv and .ndjson) with
// the filters of the GraphQL statements field as query parameters, so that
// pandas.read_csv(url) just works; the quotegraph export command writes the
// same tables offline.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/quotegraph/quotegraph"
)

// PageSize is how many statements are read from the store at a time.
const PageSize = 500

// Formats are the table formats Write knows.
const (
	CSV    = "csv"
	NDJSON = "ndjson"
)

// Columns are the columns of a table, in order. With a topic filter four more
// follow: MatchColumns.
var Columns = []string{
	"id", "speaker", "speaker_kind", "text", "kind", "cue", "outlet",
	"article_id", "article_title", "published_at", "start", "end", "topics",
}

// MatchColumns say why a statement matched the topic asked for: the closeness
// in (0, 1], how (exact, synonym, broader, narrower, related), the statement's
// topic that met the query and the concept that linked them.
var MatchColumns = []string{"match_score", "matched_by", "match_topic", "match_via"}

// Row is one statement as exported. In NDJSON the match fields are left out
// when no topic was asked for.
type Row struct {
	ID           string   `json:"id"`
	Speaker      string   `json:"speaker"`
	SpeakerKind  string   `json:"speaker_kind"`
	Text         string   `json:"text"`
	Kind         string   `json:"kind"`
	Cue          string   `json:"cue"`
	Outlet       string   `json:"outlet"`
	ArticleID    string   `json:"article_id"`
	ArticleTitle string   `json:"article_title"`
	PublishedAt  string   `json:"published_at"` // RFC 3339, "" when unknown
	Start        int      `json:"start"`        // byte offsets into the article's source
	End          int      `json:"end"`
	Topics       string   `json:"topics"` // names joined by ";"
	MatchScore   *float64 `json:"match_score,omitempty"`
	MatchedBy    *string  `json:"matched_by,omitempty"`
	MatchTopic   *string  `json:"match_topic,omitempty"`
	MatchVia     *string  `json:"match_via,omitempty"`
}

// NewRow converts a statement; withMatch fills the match fields (empty when
// the statement carries no match).
func NewRow(st quotegraph.Statement, withMatch bool) Row {
	r := Row{
		ID: st.ID, Speaker: st.Speaker.Name, SpeakerKind: string(st.Speaker.Kind),
		Text: st.Text, Kind: string(st.Kind), Cue: st.Cue, ArticleID: st.ArticleID,
		Start: st.Span.Start, End: st.Span.End,
	}
	if a := st.Article; a != nil {
		r.Outlet, r.ArticleTitle = a.Outlet, a.Title
		if !a.Published.IsZero() {
			r.PublishedAt = a.Published.UTC().Format(time.RFC3339)
		}
	}
	names := make([]string, len(st.Topics))
	for i, t := range st.Topics {
		names[i] = t.Name
	}
	r.Topics = strings.Join(names, ";")
	if withMatch {
		var m quotegraph.TopicMatch
		if st.Match != nil {
			m = *st.Match
		}
		by := string(m.MatchedBy)
		r.MatchScore, r.MatchedBy, r.MatchTopic, r.MatchVia = &m.Score, &by, &m.Topic, &m.Via
	}
	return r
}

func (r Row) record(withMatch bool) []string {
	rec := []string{r.ID, r.Speaker, r.SpeakerKind, r.Text, r.Kind, r.Cue, r.Outlet,
		r.ArticleID, r.ArticleTitle, r.PublishedAt, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Topics}
	if withMatch {
		rec = append(rec, strconv.FormatFloat(deref(r.MatchScore), 'f', 4, 64),
			deref(r.MatchedBy), deref(r.MatchTopic), deref(r.MatchVia))
	}
	return rec
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// Options tune Write.
type Options struct {
	// First, when not nil, is the first page, already read from the store
	// with Page{First: PageSize}: Handler reads it before answering so that
	// a bad filter is still a 400.
	First *quotegraph.Connection[quotegraph.Statement]
	// Flush is called after each page is written (an HTTP flush).
	Flush func() error
	// BeforePage is called before each page after the first is read (to
	// extend an HTTP write deadline).
	BeforePage func()
}

// Write writes every statement that passes f to w in format (CSV or NDJSON),
// reading PageSize statements from the store at a time, and returns how many
// it wrote. A CSV table always has its header row, even when empty.
func Write(ctx context.Context, w io.Writer, store quotegraph.Store, f quotegraph.StatementFilter, format string, opt Options) (int, error) {
	if format != CSV && format != NDJSON {
		return 0, quotegraph.Errorf(quotegraph.EINVALID, "unknown table format %q (want csv or ndjson)", format)
	}
	withMatch := f.Topic != ""
	var emit func(Row) error
	var flush func() error
	switch format {
	case CSV:
		cw := csv.NewWriter(w)
		header := append(append([]string{}, Columns...), MatchColumns...)
		if !withMatch {
			header = Columns
		}
		if err := cw.Write(header); err != nil {
			return 0, err
		}
		emit = func(r Row) error { return cw.Write(r.record(withMatch)) }
		flush = func() error { cw.Flush(); return cw.Error() }
	case NDJSON:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		emit = func(r Row) error { return enc.Encode(r) }
		flush = func() error { return nil }
	}

	n := 0
	page := opt.First
	after := ""
	for {
		if page == nil {
			if opt.BeforePage != nil {
				opt.BeforePage()
			}
			c, err := store.Statements(ctx, f, quotegraph.Page{First: PageSize, After: after})
			if err != nil {
				return n, fmt.Errorf("export statements after %d: %w", n, err)
			}
			page = &c
		}
		for _, st := range page.Items {
			if err := emit(NewRow(st, withMatch)); err != nil {
				return n, err
			}
			n++
		}
		if err := flush(); err != nil {
			return n, err
		}
		if opt.Flush != nil {
			if err := opt.Flush(); err != nil {
				return n, err
			}
		}
		if !page.HasNext {
			return n, nil
		}
		next := page.EndCursor()
		if next == "" || next == after {
			return n, fmt.Errorf("export statements after %d: the store reports more but gave no new cursor", n)
		}
		after, page = next, nil
		if err := ctx.Err(); err != nil {
			return n, err
		}
	}
}
