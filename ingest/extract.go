package ingest

import (
	"sort"
	"strings"

	"github.com/quotegraph/quotegraph"
)

// Extract finds the statements of an article: each with its canonical
// speaker, the mention and role at the cue, the cue, the kind of report and
// the reported content, whose Span points into a.Text. It is a pure
// function, safe for concurrent use.
func Extract(a quotegraph.Article) []quotegraph.Statement {
	paras := make([]paragraph, 0, len(a.Paragraphs))
	var atts []attribution
	var lead *attribution
	var labels []attribution
	toks := make([][]token, 0, len(a.Paragraphs))
	for _, sp := range a.Paragraphs {
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End {
			continue
		}
		toks = append(toks, tokenize(a.Text, sp.Start, sp.End))
	}
	singles := singleQuoteStyle(toks)
	for _, pt := range toks {
		if singles {
			promoteSingles(pt)
		}
		p := paragraph{toks: pt}
		p.quotes = pairQuotes(p.toks)
		p.sents = splitSentences(p.toks)
		pi := len(paras)
		paras = append(paras, p)
		if lead != nil && len(p.toks) > 0 { // "X continued:" ¶ "…"
			at := *lead
			at.para, at.ca, at.cb, at.cueA, at.cueB = pi, 0, len(p.toks), 0, 0
			at.m.inherit = true
			atts = append(atts, at)
		}
		n := len(atts)
		for _, s := range p.sents {
			atts = append(atts, sentenceAttributions(a.Text, &paras[pi], pi, s)...)
		}
		atts = append(atts, colonQuotes(a.Text, &paras[pi], pi, atts, n)...)
		if lab := labelAttribution(a.Text, &paras[pi], pi); lab != nil && (len(atts) == n || lab.m.label == labelQuestion) {
			labels = append(labels, *lab) // "A: …", "KRUGER: …"
		}
		lead = colonLead(a.Text, &paras[pi], pi)
	}
	atts = append(atts, transcriptTurns(labels)...)
	atts = addOrphans(a.Text, paras, atts)
	c := newCoref(a.Text, paras)
	c.resolve(atts)
	joinSplitQuotes(paras, atts)
	return statements(a, paras, atts)
}

// addOrphans gives quotations that no cue reports to the speaker nearby:
// the one attributed before it in its paragraph (or after it), or, for a
// paragraph that opens with a quotation, the last speaker of the paragraph
// before.
func addOrphans(text string, paras []paragraph, atts []attribution) []attribution {
	byPara := make([][]int, len(paras))
	for i, at := range atts {
		byPara[at.para] = append(byPara[at.para], i)
	}
	for pi := range paras {
		p := &paras[pi]
		for _, q := range p.quotes {
			qa, qb := q.open, q.close+1
			if q.close < 0 {
				qb = len(p.toks)
			}
			if covered(atts, byPara[pi], qa, qb) {
				continue
			}
			if qb = standalone(p, q, qa, qb); qb < 0 {
				continue
			}
			src := nearest(atts, byPara[pi], qa)
			if src < 0 && qa == 0 && pi > 0 && len(byPara[pi-1]) > 0 {
				src = byPara[pi-1][len(byPara[pi-1])-1]
				if alt := alternating(paras, atts, byPara, pi); alt >= 0 {
					src = alt // an exchange: "…?" asked A. ¶ "…," B replied. ¶ "…" (A again)
				}
			}
			if src < 0 && qa == 0 && pi > 0 && len(byPara[pi-1]) == 0 {
				if at, ok := introducedSpeaker(text, &paras[pi-1], pi-1); ok {
					atts = append(atts, at)
					src = len(atts) - 1 // "Kale disagreed." ¶ "…"
				}
			}
			if src < 0 {
				continue
			}
			o := atts[src]
			o.src = pos{atts[src].para, atts[src].cueA}
			o.para, o.ca, o.cb, o.orphan, o.fronted, o.dropped = pi, qa, qb, true, false, false
			o.m.inherit = true
			if o.para != atts[src].para {
				o.cueA = qa
			}
			atts = append(atts, o)
			byPara[pi] = append(byPara[pi], len(atts)-1)
		}
	}
	return atts
}

// alternating returns the attribution of two paragraphs back when the two
// paragraphs before pi are quotations of two different speakers, each
// opening with its quotation, so that a bare quotation at pi goes on with
// the exchange; or -1.
func alternating(paras []paragraph, atts []attribution, byPara [][]int, pi int) int {
	if pi < 2 || len(byPara[pi-1]) == 0 || len(byPara[pi-2]) == 0 {
		return -1
	}
	for _, q := range []int{pi - 1, pi - 2} {
		if len(paras[q].toks) == 0 || paras[q].toks[0].kind != tQuote {
			return -1
		}
	}
	a, b := &atts[byPara[pi-2][len(byPara[pi-2])-1]], &atts[byPara[pi-1][len(byPara[pi-1])-1]]
	na, nb := speakerKey(atts, a), speakerKey(atts, b)
	if na == "" || nb == "" || na == nb {
		return -1
	}
	return byPara[pi-2][len(byPara[pi-2])-1]
}

// speakerKey names the speaker an attribution's mention gives, by the last
// word of the name ("Pettibone"), following an orphan to the attribution it
// copies; "" for a pronoun or no name.
func speakerKey(atts []attribution, at *attribution) string {
	if at.orphan {
		for k := range atts {
			if !atts[k].orphan && atts[k].para == at.src.para && atts[k].cueA == at.src.tok {
				at = &atts[k]
				break
			}
		}
	}
	if at.m.pronoun != 0 || at.m.name == "" {
		return ""
	}
	return strings.ToLower(lastWord(at.m.name))
}

func covered(atts []attribution, idx []int, a, b int) bool {
	for _, i := range idx {
		if atts[i].ca < b && a < atts[i].cb {
			return true
		}
	}
	return false
}

// standalone reports whether a quotation stands as sentences of its own
// (not a phrase quoted inside a sentence) and has at least three words, and
// returns where its content ends: after the closing mark, or at the end of
// the sentence when a short tail of the writer's completes a long quotation
// (`"… just a tax increase" for the top bracket.`). It returns -1 when the
// quotation is no statement of its own.
func standalone(p *paragraph, q quotation, qa, qb int) int {
	words := countWords(p.toks, qa, qb)
	if words < 3 {
		return -1
	}
	for _, s := range p.sents {
		if qa < s.a || qa >= s.b {
			continue
		}
		if qa != s.a {
			return -1
		}
		end := sentenceEnd(p.toks, s)
		tail := 0
		for k := qb; k < s.b; k++ {
			t := &p.toks[k]
			if isTerminal(t) || isCloser(t) {
				continue
			}
			if _, isCue := cueForms[t.lower]; isCue || t.kind == tQuote || t.inQ {
				return -1
			}
			if t.kind == tWord {
				tail++
			}
		}
		switch {
		case tail == 0:
			return qb
		case words >= 8 && tail <= 6 && 2*tail <= words:
			return end
		}
		return -1
	}
	return -1
}

// nearest returns the attribution of the paragraph closest before token
// k, else the first after it, else -1.
func nearest(atts []attribution, idx []int, k int) int {
	best := -1
	for _, i := range idx {
		if atts[i].orphan {
			continue
		}
		if atts[i].cueA < k && (best < 0 || atts[i].cueA > atts[best].cueA || atts[best].cueA > k) {
			best = i
		} else if atts[i].cueA > k && best < 0 {
			best = i
		}
	}
	return best
}

// statements turns resolved attributions into Statements, dropping
// repeats of the same span.
func statements(a quotegraph.Article, paras []paragraph, atts []attribution) []quotegraph.Statement {
	sort.SliceStable(atts, func(i, j int) bool {
		return pos{atts[i].para, atts[i].ca}.before(pos{atts[j].para, atts[j].ca})
	})
	var out []quotegraph.Statement
	seen := map[quotegraph.Span]bool{}
	for _, at := range atts {
		if at.dropped {
			continue
		}
		toks := paras[at.para].toks
		span, kind := contentSpan(toks, at.ca, at.cb)
		if end := tailEnd(toks, at.tail); end > span.End {
			span.End = end
		}
		if at.m.label != 0 && kind == quotegraph.Indirect {
			kind = quotegraph.Direct // a transcript's turn is the speaker's own words
		}
		if span.End <= span.Start || seen[span] {
			continue
		}
		seen[span] = true
		st := quotegraph.Statement{
			ID:        quotegraph.StatementID(a.ID, span),
			ArticleID: a.ID,
			Speaker:   at.speaker.speaker(),
			Mention:   mentionText(at),
			Role:      roleOf(at),
			Cue:       at.cue,
			Kind:      kind,
			Text:      a.Text[span.Start:span.End],
			Span:      span,
		}
		out = append(out, st)
		for _, e := range at.co { // "A and B said": one statement each
			st.Speaker, st.Role = e.speaker(), ""
			out = append(out, st)
		}
	}
	return out
}

// contentSpan returns the byte span of a content and its kind: the inside
// of the quotation marks for a direct quotation, else the whole range.
func contentSpan(toks []token, a, b int) (quotegraph.Span, quotegraph.Kind) {
	if a >= b {
		return quotegraph.Span{}, quotegraph.Indirect
	}
	if isQuotation(toks, a, b) {
		ia, ib := a+1, b
		for ib > ia && (toks[ib-1].kind == tQuote || toks[ib-1].kind == tPunct && !isTerminal(&toks[ib-1]) && toks[ib-1].text != ")") {
			ib--
		}
		if ia < ib {
			return quotegraph.Span{Start: toks[ia].s, End: toks[ib-1].e}, quotegraph.Direct
		}
	}
	kind := quotegraph.Indirect
	for k := a; k < b; k++ {
		if toks[k].kind == tQuote {
			kind = quotegraph.Mixed
			break
		}
	}
	return quotegraph.Span{Start: toks[a].s, End: toks[b-1].e}, kind
}

func mentionText(at attribution) string {
	if at.m.inherit || at.orphan {
		return ""
	}
	return at.m.text
}

func roleOf(at attribution) string {
	if at.m.role != "" {
		return at.m.role
	}
	if len(at.speaker.roles) > 0 {
		return at.speaker.roles[0]
	}
	return ""
}

// speaker returns the entity as a canonical Speaker.
func (e *entity) speaker() quotegraph.Speaker {
	sp := quotegraph.Speaker{
		ID:           quotegraph.SpeakerID(e.name),
		Name:         e.name,
		Kind:         e.kind,
		Roles:        append([]string(nil), e.roles...),
		Affiliations: append([]string(nil), e.affils...),
	}
	for _, al := range e.aliases {
		if !strings.EqualFold(al, e.name) {
			sp.Aliases = append(sp.Aliases, al)
		}
	}
	return sp
}
