package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// Put stores an article and its statements in one transaction. An article
// already stored is skipped and nothing is written.
func (s *Store) Put(ctx context.Context, a quotegraph.Article, stmts []quotegraph.Statement) (quotegraph.Ingested, error) {
	if a.ID == "" {
		a.ID = quotegraph.ArticleID(a.URL, a.Text)
	}
	res := quotegraph.Ingested{ArticleID: a.ID}
	err := s.write(ctx, func() error {
		if s.has(node(a.ID), cArticle) {
			res.Skipped = true
			return nil
		}
		qs, err := articleQuads(a, s.canonical(stmts))
		if err != nil {
			return err
		}
		tx := graph.NewTransactionN(len(qs))
		for _, q := range qs {
			tx.AddQuad(q)
		}
		return s.applyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true})
	})
	if err != nil {
		return res, fmt.Errorf("store article %s: %w", a.ID, err)
	}
	if !res.Skipped {
		res.Statements = len(stmts)
		speakers := map[string]bool{}
		for _, st := range stmts {
			speakers[st.Speaker.Name] = true
		}
		res.Speakers = len(speakers)
	}
	return res, nil
}

// HasArticle reports whether the article is stored.
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.read(ctx, func() error {
		ok = s.has(node(id), cArticle)
		return nil
	})
	return ok, err
}

// has reports whether n is stored with the type t.
func (s *Store) has(n quad.Value, t quad.IRI) bool {
	for _, v := range s.out(n, pType) {
		if v == t {
			return true
		}
	}
	return false
}

// articleQuads is the whole of what an article adds to the graph, each quad
// labelled with the article's IRI.
func articleQuads(a quotegraph.Article, stmts []quotegraph.Statement) ([]quad.Quad, error) {
	an := node(a.ID)
	b := quadBuilder{label: an}
	b.add(an, pType, cArticle)
	b.str(an, pHeadline, a.Title)
	b.str(an, pURL, a.URL)
	b.str(an, pSource, a.Source)
	b.str(an, pDateline, a.Dateline)
	b.add(an, pBody, quad.String(a.Text))
	b.str(an, pParas, formatSpans(a.Paragraphs))
	if !a.Published.IsZero() {
		b.add(an, pPublished, quad.Time(a.Published.UTC()))
	}
	for _, au := range a.Authors {
		b.str(an, pAuthor, au)
	}
	if a.Outlet != "" {
		on := node(quotegraph.OutletID(a.Outlet))
		b.add(on, pType, cOrg)
		b.str(on, pName, a.Outlet)
		b.str(on, pKey, key(a.Outlet))
		b.add(an, pPublisher, on)
	}
	for _, st := range stmts {
		if err := validStatement(a, st); err != nil {
			return nil, err
		}
		b.statement(an, a.ID, st)
	}
	return b.quads, nil
}

func validStatement(a quotegraph.Article, st quotegraph.Statement) error {
	sp := st.Span
	if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
		return quotegraph.Errorf(quotegraph.EINVALID, "statement span %d-%d outside the article (%d bytes)", sp.Start, sp.End, len(a.Text))
	}
	if st.Speaker.Name == "" {
		return quotegraph.Errorf(quotegraph.EINVALID, "statement at %d-%d has no speaker", sp.Start, sp.End)
	}
	return nil
}

type quadBuilder struct {
	label quad.Value
	quads []quad.Quad
}

func (b *quadBuilder) add(s quad.Value, p quad.IRI, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label})
}

// str adds a string literal, nothing when it is empty.
func (b *quadBuilder) str(s quad.Value, p quad.IRI, o string) {
	if o = strings.TrimSpace(o); o != "" {
		b.add(s, p, quad.String(o))
	}
}

func (b *quadBuilder) statement(an quad.IRI, articleID string, st quotegraph.Statement) {
	id := quotegraph.StatementID(articleID, st.Span)
	sn := node(id)
	b.add(sn, pType, cQuotation)
	b.add(sn, pIsPartOf, an)
	b.add(sn, pText, quad.String(st.Text))
	b.str(sn, pKind, string(st.Kind))
	b.str(sn, pCue, st.Cue)
	b.str(sn, pMention, st.Mention)
	b.str(sn, pRole, st.Role)
	b.add(sn, pStart, quad.Int(st.Span.Start))
	b.add(sn, pEnd, quad.Int(st.Span.End))

	sp := st.Speaker
	pn := node(quotegraph.SpeakerID(sp.Name))
	b.add(pn, pSaid, sn)
	b.add(pn, pType, speakerClass(sp.Kind))
	b.str(pn, pName, sp.Name)
	b.str(pn, pKey, key(sp.Name))
	if sp.Kind == quotegraph.Person || sp.Kind == "" {
		if toks := strings.Fields(key(sp.Name)); len(toks) > 1 {
			for _, tok := range toks {
				b.str(pn, pNameToken, tok)
			}
		}
	}
	for _, al := range append(append([]string(nil), sp.Aliases...), st.Mention) {
		if isAlias(al, sp.Name) {
			b.str(pn, pAltName, al)
			b.str(pn, pKey, key(al))
		}
	}
	for _, r := range append(append([]string(nil), sp.Roles...), st.Role) {
		b.str(pn, pJobTitle, r)
	}
	for _, af := range sp.Affiliations {
		b.str(pn, pAffiliation, af)
	}
	if len(st.Topics) > 0 {
		b.str(sn, pWeights, formatWeights(st.Topics))
	}
	for _, t := range st.Topics {
		tn := node(quotegraph.TopicID(t.Name))
		b.add(sn, pAbout, tn)
		b.add(tn, pType, cTopic)
		b.str(tn, pName, t.Name)
		b.str(tn, pKey, key(t.Name))
	}
}

// canonical credits a person to the stored person they are, across
// articles one node a person: a person named by one word only ("Obama",
// where the article never gave a full name) goes to the stored person whose
// full name has that word, and a full name that differs only by middle
// initials ("Barack H. Obama") to the stored "Barack Obama" — each when
// exactly one stored person fits.
func (s *Store) canonical(stmts []quotegraph.Statement) []quotegraph.Statement {
	out := make([]quotegraph.Statement, len(stmts))
	known := map[string]string{}
	for i, st := range stmts {
		st = s.corrected(st)
		out[i] = st
		sp := st.Speaker
		if sp.Kind != quotegraph.Person && sp.Kind != "" {
			continue
		}
		k := key(sp.Name)
		name, ok := known[k]
		if !ok {
			name = s.storedPerson(sp.Name)
			known[k] = name
		}
		if name != "" && name != sp.Name {
			sp.Aliases = append(append([]string(nil), sp.Aliases...), sp.Name)
			sp.Name = name
			out[i].Speaker = sp
		}
	}
	return out
}

// storedPerson is the one stored full name that name stands for, or "".
func (s *Store) storedPerson(name string) string {
	toks := withoutInitials(strings.Fields(key(name)))
	if len(toks) == 0 {
		return ""
	}
	var found []string
	for _, pn := range s.in(quad.String(toks[len(toks)-1]), pNameToken) {
		stored := propMap(s.props(pn)).str(pName)
		st := withoutInitials(strings.Fields(key(stored)))
		switch {
		case len(toks) == 1 && len(st) > 1, // "Obama" for "Barack Obama"
			len(toks) > 1 && slices.Equal(toks, st): // "Barack H. Obama" for "Barack Obama"
			found = append(found, stored)
		}
	}
	if len(toks) == 1 && len(found) == 0 {
		// A one-word name may be a family name written first ("Xi").
		for _, pn := range s.in(quad.String(toks[0]), pNameToken) {
			if stored := propMap(s.props(pn)).str(pName); strings.HasPrefix(key(stored), toks[0]+" ") {
				found = append(found, stored)
			}
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return ""
}

// withoutInitials drops one-letter words: middle initials.
func withoutInitials(toks []string) []string {
	out := toks[:0:0]
	for _, t := range toks {
		if len([]rune(t)) > 1 {
			out = append(out, t)
		}
	}
	return out
}

func speakerClass(k quotegraph.SpeakerKind) quad.IRI {
	switch k {
	case quotegraph.Organization:
		return cOrg
	case quotegraph.Anonymous:
		return cAnonymous
	}
	return cPerson
}

func speakerKind(types []quad.Value) quotegraph.SpeakerKind {
	for _, t := range types {
		switch t {
		case cOrg:
			return quotegraph.Organization
		case cAnonymous:
			return quotegraph.Anonymous
		}
	}
	return quotegraph.Person
}

// isAlias tells the mentions that are another name of the speaker ("Zheng",
// "Mr. Zheng", "President Obama", "The White House") from those that are
// descriptions ("a senior Chinese official") or the full name with a title
// in front ("Assistant Foreign Minister Zheng Zeguang", kept as a role
// instead): an alias is capitalised throughout and shares a word with the
// name, but is not the name itself nor ends with it.
func isAlias(mention, name string) bool {
	m, n := key(mention), key(name)
	if m == "" || m == n || isPronoun(mention) {
		return false
	}
	if strings.TrimPrefix(m, "the ") == n {
		return true // "The White House"
	}
	if strings.HasSuffix(m, " "+n) {
		return false
	}
	shared := false
	nameWords := strings.Fields(n)
	for _, w := range strings.Fields(mention) {
		r := []rune(w)
		if len(r) > 0 && !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
		shared = shared || slices.Contains(nameWords, key(w))
	}
	return shared
}

func isPronoun(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "he", "she", "they", "it", "we", "i", "you", "him", "her", "them":
		return true
	}
	return false
}

func formatWeights(ts []quotegraph.Topic) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Name + "=" + strconv.FormatFloat(t.Weight, 'f', 3, 64)
	}
	return strings.Join(parts, ";")
}

func parseWeights(s string) []quotegraph.Topic {
	var out []quotegraph.Topic
	for _, part := range strings.Split(s, ";") {
		name, w, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		f, _ := strconv.ParseFloat(w, 64)
		out = append(out, quotegraph.Topic{Name: name, Weight: f})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Weight > out[j].Weight })
	return out
}

func formatSpans(ss []quotegraph.Span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
	}
	return strings.Join(parts, ",")
}

func parseSpans(s string) []quotegraph.Span {
	var out []quotegraph.Span
	for _, part := range strings.Split(s, ",") {
		a, b, ok := strings.Cut(part, "-")
		if !ok {
			continue
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil {
			out = append(out, quotegraph.Span{Start: x, End: y})
		}
	}
	return out
}
