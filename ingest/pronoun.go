package ingest

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// pronoun resolves a pronoun speaker at here: the most recent subject in
// this paragraph or the two before that agrees with it, speakers and
// sentence subjects alike; failing that the last speaker who agrees.
func (c *coref) pronoun(p byte, here pos) *entity {
	if p == 'x' || p == 'r' {
		return nil
	}
	if p == 'p' {
		if g := c.recentGroup(here); g != nil {
			return g // "Residents of the estate were angry. They said …"
		}
	}
	var found *entity
	var foundAt pos
	c.walkSubjects(here, func(e *entity, at pos) bool {
		if here.para-at.para > 2 {
			return true
		}
		if agrees(p, e) {
			found, foundAt = e, at
			return true
		}
		return false
	})
	if found != nil {
		return c.laterOrg(p, found, foundAt, here)
	}
	if o := c.laterOrg(p, nil, pos{para: -1}, here); o != nil {
		return o
	}
	for k := len(c.history) - 1; k >= 0; k-- {
		if agrees(p, c.history[k].e) {
			return c.history[k].e
		}
	}
	if p == 'm' || p == 'f' {
		return c.nearestPerson(p, here)
	}
	return nil
}

// recentGroup returns an unnamed group that opened a sentence in this
// paragraph or the one before, when no speaker has spoken since; or nil.
func (c *coref) recentGroup(here pos) *entity {
	for i := len(c.groups) - 1; i >= 0; i-- {
		g := c.groups[i]
		if !g.at.before(here) {
			continue
		}
		if here.para-g.at.para > 1 {
			return nil
		}
		if n := len(c.history); n > 0 && g.at.before(c.history[n-1].at) {
			return nil // someone spoke after the group was named
		}
		return c.entityFor(&mention{name: strings.ToLower(g.name[:1]) + g.name[1:], kind: quotegraph.Anonymous, plural: true})
	}
	return nil
}

// walkSubjects visits, most recent first, the speakers and the named
// subjects of sentences before here.
func (c *coref) walkSubjects(here pos, visit func(*entity, pos) bool) {
	c.walkBack(here, len(c.names), func(i int) pos { return c.names[i].at }, func(i int) *entity {
		if !c.names[i].subject {
			return nil
		}
		return c.personEntity(c.names[i].words)
	}, visit)
}

// walkBack visits, most recent first, the speakers before here merged with
// another list of n mentions (names, organisations) ordered by position:
// at(i) is where the i-th stands, ent(i) its entity or nil to pass it over.
// It stops when visit returns true.
func (c *coref) walkBack(here pos, n int, at func(int) pos, ent func(int) *entity, visit func(*entity, pos) bool) {
	hi, oi := len(c.history)-1, n-1
	for oi >= 0 && !at(oi).before(here) {
		oi--
	}
	for hi >= 0 || oi >= 0 {
		var e *entity
		var p pos
		if oi < 0 || hi >= 0 && !c.history[hi].at.before(at(oi)) {
			e, p = c.history[hi].e, c.history[hi].at
			hi--
		} else {
			e, p = ent(oi), at(oi)
			oi--
			if e == nil {
				continue
			}
		}
		if visit(e, p) {
			return
		}
	}
}

// laterOrg prefers, for "it", an organisation that opened a sentence after
// the agreeing candidate e at at.
func (c *coref) laterOrg(p byte, e *entity, at, here pos) *entity {
	if p != 'n' {
		return e
	}
	if o := c.subjectOrg(at, here); o != nil {
		return o
	}
	return e
}

// clashes reports whether gender g contradicts pronoun p ('m', 'f', or 0
// for any).
func clashes(p, g byte) bool { return p != 0 && g != 0 && g != p }

// nearestPerson is the fallback for a "he" or "she" no one agrees with: the
// most recent person of a compatible gender who spoke, or failing that was
// named, in this paragraph or the one before. A pronoun is never a speaker of its own.
func (c *coref) nearestPerson(p byte, here pos) *entity {
	for k := len(c.history) - 1; k >= 0; k-- {
		h := c.history[k]
		if here.para-h.at.para > 1 {
			break
		}
		if h.e != nil && h.e.kind == quotegraph.Person && !clashes(p, h.e.gender) && h.at.before(here) {
			return h.e
		}
	}
	for k := len(c.names) - 1; k >= 0; k-- {
		occ := c.names[k]
		if here.para-occ.at.para > 1 {
			break
		}
		if e := c.personEntity(occ.words); occ.at.before(here) && !clashes(p, e.gender) {
			return e
		}
	}
	return nil
}

// personEntity returns the entity of a person named in the text, creating
// it without counting a mention.
func (c *coref) personEntity(words []string) *entity {
	name := c.canonicalPerson(strings.Join(words, " "), 0)
	k := strings.ToLower(name)
	if e := c.entities[k]; e != nil {
		return e
	}
	e := &entity{name: name, kind: quotegraph.Person, gender: c.genderOf(name)}
	if f := c.full[k]; f != nil {
		e.roles = append(e.roles, f.roles...)
	}
	c.entities[k] = e
	return e
}

// agrees reports whether pronoun p may refer to e.
func agrees(p byte, e *entity) bool {
	if e == nil {
		return false
	}
	switch p {
	case 'm', 'f':
		return e.kind == quotegraph.Person && (e.gender == 0 || e.gender == p) || e.kind == quotegraph.Organization && e.gender == p
	case 'p':
		return e.plural || e.kind == quotegraph.Organization
	case 'n':
		return orgLike(e) || e.kind == quotegraph.Anonymous && !e.plural
	}
	return false
}

// identHeads are the descriptions a lede uses for a source it names later:
// "a senior Chinese official said …" … "Assistant Foreign Minister Zheng
// Zeguang said".
var identHeads = setOf("official", "diplomat", "minister", "spokesman", "spokeswoman", "spokesperson",
	"officer", "executive", "envoy", "negotiator", "commander", "lawmaker", "legislator", "judge", "prosecutor",
	"senator", "governor", "mayor", "ambassador", "chairman", "chairwoman", "chair")

// namedOffices are lede heads that name an office the person named later
// must hold: "a federal judge" is the one the article calls Judge.
var namedOffices = setOf("judge", "prosecutor", "senator", "governor", "mayor", "ambassador", "minister")

// sameOffice reports whether a lede's office, when it names one, is among
// the person's roles.
func sameOffice(desc string, e *entity) bool {
	f := strings.Fields(strings.ToLower(desc))
	head := f[len(f)-1]
	if !namedOffices[head] {
		return true
	}
	for _, r := range e.roles {
		if strings.Contains(strings.ToLower(r), head) {
			return true
		}
	}
	return false
}

// delayedIdentification resolves an unnamed official in the first two
// paragraphs to the first person introduced by name and title as a speaker
// within the next five paragraphs, when their nationalities do not clash.
func (c *coref) delayedIdentification(atts []attribution) {
	for i := range atts {
		at := &atts[i]
		if at.para > 1 || at.speaker == nil || at.speaker.kind != quotegraph.Anonymous || !isDelayedLede(at.m.text) {
			continue
		}
		for j := i + 1; j < len(atts); j++ {
			bt := &atts[j]
			e := bt.speaker
			if bt.para <= at.para || bt.para > at.para+5 {
				continue
			}
			if e == nil || e.kind != quotegraph.Person || len(e.roles) == 0 || !c.introducedAt(e, bt) || !sameNation(at.m.text, e.roles) || !sameBody(at.m.text, e) || !sameOffice(at.m.text, e) {
				continue
			}
			at.speaker = e
			break
		}
	}
}

func isDelayedLede(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	return len(f) >= 2 && (f[0] == "a" || f[0] == "an") && identHeads[f[len(f)-1]]
}

// introducedAt reports whether the article first names e at bt's mention.
func (c *coref) introducedAt(e *entity, bt *attribution) bool {
	for _, occ := range c.names {
		if !strings.EqualFold(c.canonicalPerson(strings.Join(occ.words, " "), 0), e.name) {
			continue
		}
		return occ.at.para == bt.para && occ.at.tok >= bt.m.a && occ.at.tok < bt.m.b
	}
	return false
}

// sameBody reports whether the body a description names ("a White House
// official") is named in the person's roles or affiliations too: the
// Kremlin's spokesman is not the White House official of the lede.
func sameBody(desc string, e *entity) bool {
	have := e.described()
	for i, w := range strings.Fields(desc) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if i == 0 || !upperInitial(w) || nationalities[lw] && !genericNation[lw] {
			continue
		}
		if !strings.Contains(have, lw[:min(len(lw), 6)]) { // "Ministry" in "Foreign Minister"
			return false
		}
	}
	return true
}

// described returns the entity's roles and affiliations as one lower-case
// text, for looking words up in.
func (e *entity) described() string {
	return strings.ToLower(strings.Join(append(append([]string{}, e.roles...), e.affils...), " "))
}

// sameNation reports whether a description and a person's roles name no
// different nations.
func sameNation(desc string, roles []string) bool {
	want := nationsIn(desc)
	if len(want) == 0 {
		return true
	}
	have := nationsIn(strings.Join(roles, " "))
	if len(have) == 0 {
		return true
	}
	for n := range have {
		if want[n] {
			return true
		}
	}
	return false
}

func nationsIn(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.")
		if w == "us" || w == "u.s" || w == "american" {
			w = "u.s."
		}
		if nationalities[w] && !genericNation[w] {
			out[w] = true
		}
	}
	return out
}

var genericNation = setOf("state", "federal", "local", "white", "north", "south", "western", "eastern")

// description resolves a definite description of an office ("the
// president", "the senator", "the Republican nominee") to the person the
// article last named with that title, or returns nil.
func (c *coref) description(m *mention, here pos) *entity {
	f := strings.Fields(strings.ToLower(m.text))
	if m.kind != quotegraph.Anonymous && !m.described || len(f) < 2 || len(f) > 9 || !styleOpeners[f[0]] {
		return nil
	}
	head := f[len(f)-1]
	for i := 2; i < len(f); i++ {
		if f[i] == "of" && !isTitle(f[i-1]) {
			head = f[i-1] // "the grandmother of five"; not "the secretary of state"
			break
		}
	}
	if determiners[head] || head == "of" || anonHeads[head] && !officeHeads[head] && (f[0] != "the" || strings.HasSuffix(head, "s")) || !isTitle(head) && f[0] != "the" {
		return nil // "the daughter" may name a person described so; "his office" is no one
	}
	for i := len(c.names) - 1; i >= 0; i-- {
		occ := c.names[i]
		if !occ.at.before(here) {
			continue
		}
		if here.para-occ.at.para > 12 {
			break
		}
		e := c.personEntity(occ.words)
		if !holdsAffiliations(f, e) {
			continue // "the Republican senator" is not the Democrat
		}
		for _, r := range append([]string{occ.role}, e.roles...) {
			for _, w := range strings.Fields(strings.ToLower(r)) {
				if w == head || titleAbbrevs[strings.TrimSuffix(w, ".")] == head || headSynonyms[head][w] {
					return e
				}
			}
			if portfolioMatch(m.text, r) && isTitle(head) {
				return e // "the Agriculture chief" is the Agriculture Secretary
			}
		}
	}
	return c.epithet(f, here)
}

// epithet resolves a definite description of a person that names no office
// the article gave anyone ("the grandmother", "the 34-year-old", "the former
// factory worker") to the latest person who spoke in this paragraph or the
// two before, when gender and age do not clash. A description with a party,
// a nation or a place ("the Ohio Republican") resolves only to someone whose
// roles hold it.
func (c *coref) epithet(f []string, here pos) *entity {
	if f[0] != "the" {
		return nil
	}
	head := f[len(f)-1]
	for i := 2; i < len(f); i++ {
		if f[i] == "of" {
			head = f[i-1] // "the grandmother of seven"
			break
		}
	}
	age := ""
	for _, w := range f[1:] {
		if strings.HasSuffix(w, "-year-old") && isNumber(w) {
			age = strings.TrimSuffix(w, "-year-old")
		}
	}
	db := lexicon()
	if isTitle(head) && !honorifics[head] {
		return c.officeEpithet(f, here)
	}
	if age == "" && (db == nil || !firstSensePerson(db, head) || orgHeads[head] || bodyHeads[head] || businessHeads[head] || strings.HasSuffix(head, "s")) {
		return nil
	}
	g := worldGender[head]
	if strings.HasSuffix(head, "woman") {
		g = 'f' // "the Frenchwoman"
	} else if strings.HasSuffix(head, "man") {
		g = 'm'
	}
	var found *entity
	c.walkSubjects(here, func(e *entity, at pos) bool {
		if here.para-at.para > 2 {
			return true
		}
		if e == nil || e.kind != quotegraph.Person || clashes(g, e.gender) || !holdsAffiliations(f, e) {
			return false
		}
		if a, ok := c.ages[strings.ToLower(e.name)]; ok && age != "" && a != age {
			return false
		}
		found = e
		return true
	})
	return found
}

// officeEpithet resolves a description of an office no one in the article
// was given ("The state transport committee chairman said") to the speaker
// just before it, in this paragraph or the one before, when that speaker
// holds no office the article named and the description's party, nation or
// place is in their roles.
func (c *coref) officeEpithet(f []string, here pos) *entity {
	if len(c.history) == 0 {
		return nil
	}
	h := c.history[len(c.history)-1]
	e := h.e
	if e == nil || e.kind != quotegraph.Person || here.para-h.at.para > 1 || !h.at.before(here) || !holdsAffiliations(f, e) {
		return nil
	}
	for _, r := range e.roles {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if isTitle(w) && !honorifics[w] && !worldStyles[w] && !officeModifiers[w] {
				return nil // "the senator" is not the governor who spoke last
			}
		}
	}
	return e
}

// officeModifiers are title words that only qualify an office: "a senior
// fellow" holds no office "the economist" could clash with.
var officeModifiers = setOf("senior", "junior", "deputy", "assistant", "acting", "former", "vice", "associate",
	"special", "interim", "first", "general", "national", "state", "foreign", "the", "of", "under", "executive")

// worldStyles are titles of honour that name no office.
var worldStyles = setOf("datuk", "dato", "dato'", "datin", "seri", "tan", "sri", "tun", "tunku", "tengku",
	"alhaji", "alhaja", "haji", "hajjah", "chief", "sheikh", "sheikha", "sir", "dame", "lord", "lady", "dr", "dr.",
	"prof", "prof.", "professor", "hon", "hon.", "honourable", "honorable", "excellency", "madam", "engr", "eng")

// holdsAffiliations reports whether every party, nation or place in a
// description's words is in the roles or affiliations of e.
func holdsAffiliations(f []string, e *entity) bool {
	have := e.described()
	for i, w := range f[1:] {
		if w == "from" || w == "of" || w == "in" {
			break // "the 21-year-old from Atlanta": a home town, not an allegiance
		}
		stem := strings.TrimSuffix(w, "ic") // "Democratic" is a Democrat
		if parties[w] && !strings.Contains(have, stem) && partyOf(have) != "" {
			return false // of another party; a person whose party the article never gave may be of this one
		}
		if (nationalities[w] && !genericNation[w] || places[w]) && !strings.Contains(have, stem) {
			return false
		}
		if i+2 < len(f) && places[w+" "+f[i+2]] && !strings.Contains(have, w+" "+f[i+2]) {
			return false // "the New York businessman"
		}
	}
	return true
}

// partyOf returns the first party named in a person's roles, or "".
func partyOf(roles string) string {
	for _, w := range strings.Fields(roles) {
		w = strings.Trim(w, ",.;()")
		if parties[w] || parties[strings.TrimSuffix(w, "ic")] {
			return strings.TrimSuffix(w, "ic")
		}
	}
	return ""
}

var parties = setOf("republican", "democratic", "democrat", "gop", "labour", "tory", "conservative", "liberal",
	"green", "independent", "socialist", "unionist", "nationalist")

// portfolioMatch reports whether a description and a role share a
// capitalised portfolio word: "the Agriculture chief", "Agriculture
// Secretary Leonardo Buenaventura".
func portfolioMatch(desc, role string) bool {
	r := strings.ToLower(role)
	for i, w := range strings.Fields(desc) {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if i > 0 && upperInitial(w) && portfolioWords[lw] && strings.Contains(r, lw) {
			return true
		}
	}
	return false
}

// headSynonyms are the offices an informal head noun stands for: "the
// Shrimps boss" is the manager named before.
var headSynonyms = map[string]map[string]bool{
	"boss":    setOf("manager", "coach", "chief", "head", "chairman", "chairwoman", "director", "executive", "leader"),
	"chief":   setOf("executive", "ceo", "head", "director", "commissioner"),
	"skipper": setOf("captain"),
	"gaffer":  setOf("manager", "coach"),
	"supremo": setOf("chief", "head", "director", "executive"),
}

// styleOpeners open a definite description or a style that stands for a
// person named before: "the CS", "Her Royal Highness", "His Excellency".
var styleOpeners = setOf("the", "his", "her")

var titleAbbrevs = map[string]string{"sen": "senator", "gov": "governor", "rep": "representative",
	"pres": "president", "gen": "general", "adm": "admiral", "supt": "superintendent", "atty": "attorney"}

// officeHeads are offices that one person holds at a time, so that "the
// spokesman" may name the one the article introduced.
var officeHeads = setOf("spokesman", "spokeswoman", "spokesperson", "candidate", "nominee", "leader")
