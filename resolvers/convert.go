package resolvers

import (
	"context"
	"sort"

	"github.com/quotegraph/quotegraph"
)

// MaxPage is the most items one connection returns.
const MaxPage = 100

func page(first *int, after *string) (quotegraph.Page, error) {
	p := quotegraph.Page{First: 20, After: deref(after)}
	if first != nil {
		p.First = *first
	}
	if p.First < 0 || p.First > MaxPage {
		return p, quotegraph.Errorf(quotegraph.EINVALID, "first must be between 0 and %d, not %d", MaxPage, p.First)
	}
	if p.First == 0 {
		p.First = -1 // no items: a count alone
	}
	return p, nil
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
