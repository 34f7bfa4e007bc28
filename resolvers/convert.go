package resolvers

import (
	"context"
	"sort"
	"strings"

	"github.com/quotegraph/quotegraph"
)

// MaxPage is the most items one connection returns.
const MaxPage = 100

// DefaultPage is the page size when neither first nor last is given.
const DefaultPage = 20

func page(first *int, after *string, last *int, before *string) (quotegraph.Page, error) {
	p := quotegraph.Page{After: deref(after), Before: deref(before)}
	for _, n := range []struct {
		name string
		v    *int
	}{{"first", first}, {"last", last}} {
		if n.v != nil && (*n.v < 0 || *n.v > MaxPage) {
			return p, quotegraph.Errorf(quotegraph.EINVALID, "%s must be between 0 and %d, not %d", n.name, MaxPage, *n.v)
		}
	}
	switch {
	case first != nil && last != nil:
		return p, quotegraph.Errorf(quotegraph.EINVALID, "give first or last, not both")
	case last != nil:
		p.Last = *last
		if p.Last == 0 {
			p.First = -1 // no items: a count alone
		}
	case first != nil:
		p.First = *first
		if p.First == 0 {
			p.First = -1
		}
	default:
		p.First = DefaultPage
	}
	return p, nil
}

func domainSort(s *StatementSort) quotegraph.Sort {
	if s != nil && *s == StatementSortDate {
		return quotegraph.SortDate
	}
	return quotegraph.SortRelevance
}

// sentenceAround widens a span of text to the sentences it stands in.
func sentenceAround(text string, sp quotegraph.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return ""
	}
	start := sp.Start
	for start > 0 {
		c := text[start-1]
		if c == '\n' || (start >= 2 && (text[start-2] == '.' || text[start-2] == '?' || text[start-2] == '!') && c == ' ') {
			break
		}
		start--
	}
	end := sp.End
	for end < len(text) && text[end] != '\n' {
		c := text[end]
		end++
		if (c == '.' || c == '?' || c == '!') && (end == len(text) || text[end] == ' ' || text[end] == '\n') {
			// A closing quotation mark belongs to the sentence it ends.
			for end < len(text) && (text[end] == '"' || text[end] == '\'') {
				end++
			}
			break
		}
	}
	return strings.TrimSpace(text[start:end])
}

// edges makes a connection's edges, one per item with its cursor.
func edges[T, E any](c quotegraph.Connection[T], edge func(cursor string, node *T) E) []E {
	out := make([]E, len(c.Items))
	for i := range c.Items {
		out[i] = edge(c.Cursors[i], &c.Items[i])
	}
	return out
}

// orNull reads a nullable field: not found is null, not an error.
func orNull[T any](v T, err error) (*T, error) {
	if quotegraph.ErrorCode(err) == quotegraph.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func pageInfo[T any](c quotegraph.Connection[T]) *PageInfo {
	pi := &PageInfo{HasNextPage: c.HasNext, HasPreviousPage: c.HasPrevious}
	if len(c.Cursors) > 0 {
		start, end := c.Cursors[0], c.EndCursor()
		pi.StartCursor, pi.EndCursor = &start, &end
	}
	return pi
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func apiKind(k quotegraph.Kind) StatementKind {
	switch k {
	case quotegraph.Direct:
		return StatementKindDirect
	case quotegraph.Mixed:
		return StatementKindMixed
	}
	return StatementKindIndirect
}

func domainKind(k StatementKind) quotegraph.Kind {
	switch k {
	case StatementKindDirect:
		return quotegraph.Direct
	case StatementKindMixed:
		return quotegraph.Mixed
	}
	return quotegraph.Indirect
}

// Answers reads every statement that passes f, page by page.
func Answers(ctx context.Context, s quotegraph.Store, f quotegraph.StatementFilter) ([]quotegraph.Statement, error) {
	var all []quotegraph.Statement
	p := quotegraph.Page{First: 1000}
	for {
		c, err := s.Statements(ctx, f, p)
		if err != nil {
			return nil, err
		}
		all = append(all, c.Items...)
		if !c.HasNext {
			return all, nil
		}
		p.After = c.EndCursor()
	}
}

// SpeakersOf counts the statements of each speaker, the most first; ties
// go to the speaker with the closest match.
func SpeakersOf(stmts []quotegraph.Statement) []quotegraph.SpeakerSummary {
	byName := map[string]*quotegraph.SpeakerSummary{}
	var order []string
	for _, st := range stmts {
		s, ok := byName[st.Speaker.Name]
		if !ok {
			s = &quotegraph.SpeakerSummary{Speaker: st.Speaker}
			byName[st.Speaker.Name] = s
			order = append(order, st.Speaker.Name)
		}
		s.Statements++
	}
	out := make([]quotegraph.SpeakerSummary, len(order))
	for i, n := range order {
		out[i] = *byName[n]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Statements > out[j].Statements })
	return out
}
