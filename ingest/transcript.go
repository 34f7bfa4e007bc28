package ingest

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// Transcripts: interviews printed as questions and answers ("Q: … A: …")
// and exchanges printed with speaker labels ("KRUGER: …"). An answer is the
// interviewee's, the person the introduction names most; a label is the
// person the article names with that name. A label that names no one the
// article introduces ("UPDATE:", a dateline "NEW DELHI:") is no speaker.

// labelKind tells the two kinds of transcript label.
const (
	labelAnswer   = 'a' // "A:"
	labelName     = 'n' // "KRUGER:", "Pieter Kruger:"
	labelQuestion = 'q' // "Q:", reports nothing
)

// transcriptTurns keeps the labelled turns of a transcript: answers when
// the article asks questions, named turns when there are at least two (a
// headline "Sanders: Clinton must …" or a lone "Correction:" is none).
func transcriptTurns(labels []attribution) []attribution {
	n := map[byte]int{}
	for _, at := range labels {
		n[at.m.label]++
	}
	var out []attribution
	for _, at := range labels {
		if at.m.label == labelAnswer && n[labelQuestion] > 0 || at.m.label == labelName && n[labelName] >= 2 {
			out = append(out, at)
		}
	}
	return out
}

// labelAttribution returns the attribution of a paragraph that opens with a
// speaker label and a colon, or nil.
func labelAttribution(text string, p *paragraph, pi int) *attribution {
	toks := p.toks
	colon := -1
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].text == ":" {
			colon = k
			break
		}
		if toks[k].kind != tWord {
			return nil
		}
	}
	if colon < 0 || colon+3 > len(toks) || toks[0].kind != tWord || toks[0].inQ {
		return nil
	}
	at := attribution{para: pi, cueA: 0, cueB: colon + 1, ca: colon + 1, cb: len(toks), cue: ":"}
	switch {
	case colon == 1 && toks[0].text == "A":
		at.m = mention{a: 0, b: 1, text: "A", label: labelAnswer}
		return &at
	case colon == 1 && toks[0].text == "Q":
		at.m.label = labelQuestion
		return &at
	}
	for k := 0; k < colon; k++ {
		if !toks[k].cap() || titleWords[toks[k].lower] && k == colon-1 {
			return nil
		}
	}
	name := joinText(text, toks, 0, colon)
	at.m = mention{a: 0, b: colon, text: name, name: titleCase(name), kind: quotegraph.Person, label: labelName}
	return &at
}

// titleCase writes an upper-case label as a name: "MTHEMBU" is "Mthembu".
func titleCase(s string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// labelSpeaker resolves a transcript label: the interviewee for an answer,
// the person the article names for a name, or nil.
func (c *coref) labelSpeaker(m *mention, here pos) *entity {
	if m.label == labelAnswer {
		return c.interviewee(here)
	}
	name := c.canonicalPerson(m.name, 0)
	if _, ok := c.full[strings.ToLower(name)]; !ok {
		return nil
	}
	return c.personEntity(strings.Fields(name))
}

// interviewee is the person named most often before here (the earliest of
// equals).
func (c *coref) interviewee(here pos) *entity {
	counts := map[string]int{}
	best := ""
	for _, occ := range c.names {
		if !occ.at.before(here) {
			break
		}
		k := c.canonicalPerson(strings.Join(occ.words, " "), 0)
		counts[k]++
		if best == "" || counts[k] > counts[best] {
			best = k
		}
	}
	if _, ok := c.full[strings.ToLower(best)]; !ok {
		return nil
	}
	return c.personEntity(strings.Fields(best))
}
