package topic

import (
	"math"
	"sort"

	"github.com/quotegraph/quotegraph"
)

// Weights of the parts of a noun phrase relative to the phrase.
const (
	modifierWeight = 0.6 // "internet" in "internet standard"
	properWeight   = 0.5 // "China": usually who acts, not what is talked about
	personWeight   = 0.7 // "official", "leader"
	subClauseW     = 0.75
)

var particles = map[string]bool{"out": true, "up": true, "down": true, "off": true, "away": true, "back": true}

// np is a noun phrase being read: its tokens and weight.
type np struct {
	toks  []token
	w     float64
	light bool // the head is a light noun
}

// Extract returns the concepts a statement is about, weighted by centrality
// and sorted by weight (then name). Topics are lemmatised nouns: the head
// of each noun phrase, the noun compound it ends (its noun modifiers and
// head: "internet standard"), and the modifiers themselves. A compound of a
// bound prefix WordNet lacks gives its head too ("cyberattack" and
// "attack"). Names of people, light nouns ("way", "issue", "type") and
// pronouns are never topics.
//
// Weight reflects the syntactic position of the phrase, read without a
// parser: phrases of the main clause (subject, objects, complements) weigh
// 1; an argument-like prepositional phrase ("on cybersecurity", "against
// hacking", "of X" after a noun) takes a share of the phrase it attaches to;
// an adjunct ("under the principle of …", "during the meeting") takes half
// of its clause; subordinate clauses weigh less; names of places and
// organisations and nouns for people are discounted. Weights are scaled so
// the most central topic has weight 1.
func (x *Index) Extract(text string) []quotegraph.Topic {
	toks := x.tag(tokenize(text))
	best := map[string]float64{}
	emit := func(name string, w float64) {
		if name == "" || w <= 0 {
			return
		}
		if w > best[name] {
			best[name] = w
		}
	}

	clauseW := 1.0
	nextW := clauseW
	var cur, prevNP *np
	lastWasNP := false
	closeNP := func() {
		if cur == nil {
			return
		}
		x.emitNP(cur, emit)
		prevNP, cur = cur, nil
		lastWasNP = true
	}
	for i := range toks {
		t := toks[i]
		if t.isNP() {
			if t.cls == cNum && cur != nil {
				// A numeral starts a new phrase: "attacks last year".
				w := cur.w
				closeNP()
				lastWasNP = false
				nextW = w
			}
			if cur == nil {
				cur = &np{w: nextW}
			}
			cur.toks = append(cur.toks, t)
			continue
		}
		closeNP()
		switch t.cls {
		case cPrep:
			f, arg := argumentPreps[t.low]
			switch {
			case t.low == "of" && lastWasNP && prevNP.light:
				nextW = prevNP.w
			case arg && lastWasNP:
				nextW = prevNP.w * f
			case arg:
				nextW = clauseW * f
			default:
				nextW = clauseW * adjunctWeight
			}
			if t.low == "to" && i+1 < len(toks) && toks[i+1].cls == cVerb {
				nextW = clauseW
			}
			// A particle after a verb: "work out a new set of rules".
			if particles[t.low] && i > 0 && toks[i-1].cls == cVerb {
				nextW = clauseW
			}
		case cConj:
			if lastWasNP {
				nextW = prevNP.w
			} else {
				nextW = clauseW
			}
		case cSub:
			if t.low == "that" && !lastWasNP {
				nextW = clauseW // complement clause: "said that …"
				break
			}
			clauseW = subClauseW
			nextW = clauseW
		case cVerb, cAux, cModal:
			nextW = clauseW
		case cPunct:
			switch t.low {
			case ",", "\"", "(", ")", "-":
				if t.low == "," {
					clauseW = 1
				}
				nextW = clauseW
			default:
				clauseW = 1
				nextW = clauseW
			}
		case cDet, cNum, cPoss, cAdv, cNeg:
			// Keep the weight for the phrase they introduce.
			if t.cls == cPoss || t.cls == cDet {
				continue // "China's interests": the possessor does not end the phrase's role
			}
		}
		lastWasNP = false
	}
	closeNP()

	max := 0.0
	for _, w := range best {
		max = math.Max(max, w)
	}
	out := make([]quotegraph.Topic, 0, len(best))
	for name, w := range best {
		out = append(out, quotegraph.Topic{Name: name, Weight: math.Round(w/max*1000) / 1000})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// emitNP emits the topics of one noun phrase.
func (x *Index) emitNP(p *np, emit func(string, float64)) {
	ts := p.toks
	// The head is the last noun; nothing follows it in the phrase but
	// adjectives left dangling ("public and private").
	h := -1
	for k := len(ts) - 1; k >= 0; k-- {
		if c := ts[k].cls; c == cNoun || c == cMod || c == cProper || c == cName {
			h = k
			break
		}
	}
	if h < 0 {
		return
	}
	head := ts[h]
	p.light = head.light || head.cls == cName
	w := p.w
	// Proper nouns anywhere in the phrase.
	for _, t := range ts[:h+1] {
		if t.cls == cProper {
			emit(t.lemma, w*properWeight)
		}
	}
	if head.cls != cNoun && head.cls != cMod {
		return
	}
	// The noun compound ending at the head.
	s := h
	for s > 0 && (ts[s-1].cls == cNoun || ts[s-1].cls == cMod) {
		s--
	}
	hw := w
	if head.person {
		hw *= personWeight
	}
	if !head.light {
		emit(head.lemma, hw)
		if head.head != "" && !lightNouns[head.head] {
			emit(head.head, hw)
		}
	}
	if s < h {
		name := ""
		for _, t := range ts[s : h+1] {
			if name != "" {
				name += " "
			}
			name += t.lemma
		}
		emit(name, hw)
		mw := w * modifierWeight
		if head.light {
			mw = w // "security issues": the modifier carries the meaning
		}
		for _, t := range ts[s:h] {
			if !t.light {
				emit(t.lemma, mw)
				if t.head != "" && !lightNouns[t.head] {
					emit(t.head, mw)
				}
			}
		}
	}
}
