package ingest

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// Organisation anaphora: "The company said", "the union said", "It said"
// and "her office said" refer back to a speaker the article has named.

// businessHeads are the nouns a definite description uses for a business
// named before: "Acme Robotics … The company said".
var businessHeads = setOf("company", "firm", "maker", "business", "retailer", "lender", "insurer", "carrier",
	"airline", "startup", "start-up", "manufacturer", "developer", "producer", "supplier", "operator", "chain",
	"conglomerate", "provider", "automaker", "carmaker", "publisher", "broadcaster", "miner", "group", "bank",
	"giant", "utility", "supermarket", "grocer", "brand", "platform", "outfit", "exporter", "distributor",
	"multinational", "consortium", "cooperative", "co-operative", "fund")

// bodyHeads are the nouns a definite description uses for a public or
// member body; the name it refers to holds the same noun ("the union" …
// "the Transport Workers Union") unless the noun is generic ("the
// regulator", "the watchdog", "the body").
var bodyHeads = setOf("union", "ministry", "agency", "department", "council", "board", "commission",
	"authority", "court", "committee", "association", "federation", "alliance", "institute", "university",
	"hospital", "charity", "club", "league", "regulator", "watchdog", "body", "organisation", "organization")

var genericBodies = setOf("regulator", "watchdog", "body", "organisation", "organization")

// agencyHeads end the names of the bodies "the agency" may refer to.
var agencyHeads = setOf("agency", "commission", "administration", "service", "bureau", "authority", "board",
	"office", "centers", "center", "centre", "institute", "inspectorate", "directorate")

// publicHeads end the names of public bodies, which a business anaphor
// ("the company") never refers to.
var publicHeads = setOf("ministry", "department", "agency", "commission", "court", "council", "parliament",
	"congress", "senate", "police", "government", "administration", "embassy", "consulate", "office", "bureau",
	"authority", "committee", "house", "pentagon", "kremlin", "army", "navy", "forces", "party", "assembly",
	"cabinet", "tribunal", "union", "university", "hospital", "institute", "un", "eu", "nato", "regulator")

// corpSuffixes close a company's legal name; the canonical name leaves them
// out ("Acme Foods Inc" is "Acme Foods").
var corpSuffixes = setOf("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "co.", "ag", "sa", "nv",
	"gmbh", "bhd", "pty", "limited", "incorporated")

// orgOcc is an organisation named in the article.
type orgOcc struct {
	at      pos
	name    string
	subject bool // opens its sentence: "It said" may refer to it
}

// scanOrg records toks[i:j] when it names an organisation: a run that ends
// in an organisation head or a company's legal suffix.
func (c *coref) scanOrg(toks []token, i, j int, at pos, subject bool) {
	extended := false
	for j+1 < len(toks) && toks[j].is("of", "for") && toks[j+1].cap() && toks[j+1].kind == tWord && orgHeads[toks[j-1].lower] && !timeWords[toks[j+1].lower] {
		j++ // "the Department | of Education"
		extended = true
		for j < len(toks) && toks[j].kind == tWord && (toks[j].cap() || toks[j].is("and") && j+1 < len(toks) && toks[j+1].cap()) {
			j++
		}
	}
	ws := words(toks, i, j)
	for len(ws) > 0 && (determiners[ws[0].lower] || sentenceOpeners[ws[0].lower] || clauseWords[ws[0].lower]) {
		ws = ws[1:]
	}
	if len(ws) == 0 || isPossessive(ws[len(ws)-1].lower) {
		return
	}
	corp := len(ws) > 1 && corpSuffixes[ws[len(ws)-1].lower] || extended
	described := i > 0 && toks[i-1].kind == tWord && !toks[i-1].cap() && businessHeads[toks[i-1].lower] && len(ws) <= 4
	if !corp && !described && !isOrgRun(ws, 0) {
		return // "Supermarket chain Hollins": a business its description names
	}
	name := strings.Join(orgName(ws, 0), " ")
	if places[strings.ToLower(name)] {
		return
	}
	c.orgs = append(c.orgs, orgOcc{at: at, name: name, subject: subject})
}

// trimCorp drops a legal suffix from an organisation's name.
func trimCorp(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && corpSuffixes[strings.ToLower(strings.TrimSuffix(f[len(f)-1], ","))] {
		f = f[:len(f)-1]
	}
	return strings.TrimSuffix(strings.Join(f, " "), ",")
}

// orgAnaphor resolves "the company", "the union" to the organisation the
// article last named that fits the noun, and "his office", "her office" to
// the person the possessive refers to (an office speaks for its holder).
// "The companies" resolves to the last two that fit. It returns nil when the
// mention is none of these or nothing fits.
func (c *coref) orgAnaphor(m *mention, here pos) []*entity {
	f := strings.Fields(strings.ToLower(m.text))
	if m.kind != quotegraph.Anonymous && !(m.kind == quotegraph.Organization && f[0] == "the") || len(f) < 2 || len(f) > 3 {
		return nil
	}
	for _, w := range strings.Fields(m.text)[1:] {
		parts := strings.Split(w, "-")
		if upperInitial(w) && upperInitial(parts[len(parts)-1]) {
			return nil // "The Housebuilders' Alliance" names itself; "the Leeds-based grocer" does not
		}
	}
	head := f[len(f)-1]
	if len(f) == 2 && head == "office" && (f[0] == "his" || f[0] == "her") {
		if e := c.pronoun(map[string]byte{"his": 'm', "her": 'f'}[f[0]], here); e != nil {
			return []*entity{e}
		}
		return nil
	}
	want := 1
	if sg := singular(head); sg != head && len(f) == 2 && (businessHeads[sg] || bodyHeads[sg]) {
		head, want = sg, 2 // "the companies said": the two named before
	}
	if f[0] != "the" || !businessHeads[head] && !bodyHeads[head] {
		return nil
	}
	// Subjects and speakers first: "the company" is the one the story is
	// about, not the data firm it quoted or the analyst's employer.
	found := c.fittingOrgs(here, head, want, true)
	for _, e := range c.fittingOrgs(here, head, want, false) {
		if len(found) < want && (len(found) == 0 || found[0] != e) {
			found = append(found, e)
		}
	}
	return found
}

// fittingOrgs walks back over speakers and named organisations for up to
// want organisations that fit head; salient keeps only sentence subjects
// and speakers not named after "according to".
func (c *coref) fittingOrgs(here pos, head string, want int, salient bool) []*entity {
	var found []*entity
	weak := map[*entity]bool{}
	for _, h := range c.history {
		if h.weak {
			weak[h.e] = true
		}
	}
	c.walkBack(here, len(c.orgs), func(i int) pos { return c.orgs[i].at }, func(i int) *entity {
		if salient && !c.orgs[i].subject {
			return nil
		}
		return c.orgEntity(c.orgs[i].name)
	}, func(e *entity, at pos) bool {
		if here.para-at.para > 8 && !salient || here.para-at.para > 40 {
			return true // the subject of the story stays salient through it
		}
		if salient && weak[e] {
			return false
		}
		if fitsAnaphor(head, e) && (len(found) == 0 || found[0] != e) {
			found = append(found, e)
		}
		return len(found) == want
	})
	return found
}

// spokesFor returns the organisation "a spokeswoman for the service" speaks
// for: the one the article named that "the service" refers to, or an
// organisation the phrase names ("a spokesman for the Russian embassy in
// Astana": the Russian embassy). It returns nil when the mention is no such
// phrase.
func (c *coref) spokesFor(m *mention, here pos) *entity {
	f := strings.Fields(m.text)
	if len(f) < 4 || !(strings.EqualFold(f[0], "a") || strings.EqualFold(f[0], "an")) || !spokesNouns[strings.ToLower(f[1])] || f[2] != "for" {
		return nil
	}
	rest := f[3:]
	for i, w := range rest {
		if i > 0 && (w == "in" || w == "at" || w == "on") {
			rest = rest[:i] // "… embassy in Astana"
			break
		}
	}
	if len(rest) == 2 && strings.EqualFold(rest[0], "the") {
		if es := c.orgAnaphor(&mention{text: "the " + rest[1], kind: quotegraph.Anonymous}, here); len(es) > 0 {
			return es[0]
		}
		return c.namedBody(strings.ToLower(rest[1]), here) // "the service": Yorkshire Ambulance Service
	}
	if strings.EqualFold(rest[0], "the") {
		rest = rest[1:]
	}
	if len(rest) < 2 || !upperInitial(rest[0]) {
		return nil
	}
	last := strings.ToLower(rest[len(rest)-1])
	if !orgHeads[last] && !bodyHeads[last] {
		return nil
	}
	return c.orgEntity(strings.Join(rest, " "))
}

// namedBody returns the organisation named before here, within eight
// paragraphs, whose name holds the head noun: "the service" for Yorkshire
// Ambulance Service.
func (c *coref) namedBody(head string, here pos) *entity {
	var found *entity
	c.walkBack(here, len(c.orgs), func(i int) pos { return c.orgs[i].at }, func(i int) *entity {
		return c.orgEntity(c.orgs[i].name)
	}, func(e *entity, at pos) bool {
		if here.para-at.para > 8 {
			return true
		}
		if e != nil && orgLike(e) {
			for _, w := range strings.Fields(strings.ToLower(e.name)) {
				if w == head {
					found = e
					return true
				}
			}
		}
		return false
	})
	return found
}

// documentIssuer returns who issued "the statement" or "the letter" that
// speaks in a mention: the speaker just before, in this paragraph or the two
// before; nil when the mention is no such document.
func (c *coref) documentIssuer(m *mention, here pos) *entity {
	f := strings.Fields(strings.ToLower(m.text))
	if len(f) < 2 || len(f) > 3 || f[0] != "the" || !issuedDocs[f[len(f)-1]] {
		return nil
	}
	for k := len(c.history) - 1; k >= 0; k-- {
		h := c.history[k]
		if here.para-h.at.para > 2 {
			break
		}
		if h.e != nil && h.e.kind != quotegraph.Anonymous && h.at.before(here) {
			return h.e
		}
	}
	return nil
}

var issuedDocs = setOf("statement", "letter", "release", "memo", "memorandum", "communique", "communiqué")

// spokesBody returns the organisation an unnamed spokesperson speaks for
// when the sentence opens with where they speak from ("At the Pentagon, a
// spokesman said"), or nil.
func (c *coref) spokesBody(m *mention, para int) *entity {
	f := strings.Fields(strings.ToLower(m.text))
	if len(f) != 2 || !(f[0] == "a" || f[0] == "an") || !spokesNouns[f[1]] {
		return nil
	}
	p := &c.paras[para]
	for _, s := range p.sents {
		if m.a < s.a || m.a >= s.b {
			continue
		}
		k := s.a
		if k+2 >= m.a || !p.toks[k].is("at", "from", "in", "inside") {
			// "The Department of Education declined to comment. … a spokesman said"
			return c.subjectOrg(pos{para, -1}, pos{para, m.a})
		}
		k++
		if p.toks[k].is("the") {
			k++
		}
		e := k
		for e < m.a && p.toks[e].kind == tWord && p.toks[e].cap() {
			e++
		}
		if e == k || e >= m.a || p.toks[e].text != "," {
			return nil
		}
		ws := words(p.toks, k, e)
		if !isOrgRun(ws, 0) && !places[strings.ToLower(tokensText(ws))] {
			return nil
		}
		return c.orgEntity(tokensText(ws))
	}
	return nil
}

// singular returns the singular of a plural noun of the kinds businesses
// and bodies are called: "companies" -> "company", "unions" -> "union".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// orgEntity returns the entity of an organisation named in the text,
// creating it without counting a mention.
func (c *coref) orgEntity(name string) *entity {
	name = trimCorp(name)
	k := strings.ToLower(name)
	if e := c.entities[k]; e != nil {
		return e
	}
	e := &entity{name: name, kind: quotegraph.Organization}
	c.entities[k] = e
	return e
}

// fitsAnaphor reports whether e may be the organisation a description with
// the given head noun refers to.
func fitsAnaphor(head string, e *entity) bool {
	if e == nil || !orgLike(e) || places[strings.ToLower(e.name)] {
		return false
	}
	f := strings.Fields(strings.ToLower(e.name))
	last := f[len(f)-1]
	if businessHeads[head] {
		return !publicHeads[last] && !outletHeads[last] && !wireServices[strings.ToLower(e.name)]
	}
	if genericBodies[head] {
		return publicHeads[last] || bodyHeads[last]
	}
	if head == "agency" && agencyHeads[last] {
		return true // "the U.S. Consumer Product Safety Commission … the agency said"
	}
	for _, w := range f {
		if w == head {
			return true
		}
	}
	return false
}

// orgLike reports whether e is an organisation, or a name the article
// refers back to with "it" ("Acme Robotics said it had …") and that no
// given name, honorific or pronoun marks as a person.
func orgLike(e *entity) bool {
	if e.kind == quotegraph.Organization {
		return true
	}
	if e.kind != quotegraph.Person || !e.itRef || e.gender != 0 {
		return false
	}
	f := strings.Fields(e.name)
	return len(f) > 1 && givenGender(strings.ToLower(f[0])) == 0
}

// noteItRef marks a speaker whose reported words refer to it as "it" or
// "its" ("Acme said it would …"): the mark of an organisation named like a
// person.
func (c *coref) noteItRef(at *attribution) {
	e := at.speaker
	if e == nil || e.kind != quotegraph.Person || at.orphan || at.m.pronoun != 0 {
		return
	}
	toks := c.paras[at.para].toks
	for k := at.ca; k < at.cb && k < at.ca+2; k++ {
		if toks[k].is("it", "its") {
			e.itRef = true
			return
		}
		if !toks[k].is("that") {
			return
		}
	}
}

// subjectOrg returns the organisation that most recently opened a sentence
// before here and after the position from, within this paragraph or the one
// before: "Acme said … The Harbour Union then walked out. It said …"
func (c *coref) subjectOrg(from, here pos) *entity {
	for oi := len(c.orgs) - 1; oi >= 0; oi-- {
		o := c.orgs[oi]
		if !o.at.before(here) {
			continue
		}
		if !from.before(o.at) || here.para-o.at.para > 1 {
			return nil
		}
		if o.subject && !places[strings.ToLower(o.name)] {
			return c.orgEntity(o.name)
		}
	}
	return nil
}
