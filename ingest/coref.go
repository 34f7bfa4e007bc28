package ingest

import (
	"sort"
	"strings"

	"github.com/quotegraph/quotegraph"
)

// Coreference: every mention of a speaker is resolved to one entity of the
// article, named by the fullest form of its name that the article uses.
// Pronouns go to the most salient earlier subject that agrees in gender and
// number; surnames and honorifics go to the full name that contains them.

type entity struct {
	name    string
	kind    quotegraph.SpeakerKind
	aliases []string
	roles   []string
	affils  []string
	gender  byte // 'm', 'f' or 0
	plural  bool
	count   int
	first   pos  // first mention in the article
	itRef   bool // its words call it "it": an organisation named like a person
}

type pos struct{ para, tok int }

func (p pos) before(q pos) bool { return p.para < q.para || p.para == q.para && p.tok < q.tok }

// nameOcc is a person's name written in the article.
type nameOcc struct {
	at      pos
	words   []string
	subject bool   // first words of a sentence: a likely subject
	role    string // the title written before it: "President" (Obama)
}

type coref struct {
	text     string
	paras    []paragraph
	names    []nameOcc          // person names in order
	orgs     []orgOcc           // organisation names in order
	full     map[string]*entity // by lower-case full name
	entities map[string]*entity // by canonical name
	genders  map[string][2]int  // surname -> he, she counts after its mentions
	history  []salient
	ages     map[string]string // lower-case full name -> age written after it ("Reyes, 67,")
	groups   []orgOcc          // unnamed groups that open sentences: "Residents of the estate were angry."
}

// salient is a subject an entity had at a place in the article.
type salient struct {
	at   pos
	e    *entity
	weak bool // a source named after "according to": less salient than a speaker
}

func newCoref(text string, paras []paragraph) *coref {
	c := &coref{text: text, paras: paras, full: map[string]*entity{}, entities: map[string]*entity{}, ages: map[string]string{}, genders: map[string][2]int{}}
	for pi := range paras {
		c.scanNames(pi)
	}
	return c
}

// scanNames records the person names of paragraph pi and counts the
// pronouns that follow each.
func (c *coref) scanNames(pi int) {
	p := &c.paras[pi]
	sentStart := map[int]bool{}
	leadApp := map[int]bool{}    // "His daughter, Clara Reyes, …": the name heads the subject
	leadRole := map[int]string{} // and its description is the person's role
	for _, s := range p.sents {
		sentStart[s.a] = true
		if g := groupAtStart(c.text, p.toks, s); g != "" {
			c.groups = append(c.groups, orgOcc{at: pos{pi, s.a}, name: g, subject: true})
		}
		for k := s.a + 1; k < s.b && k-s.a <= 4; k++ {
			if p.toks[k].text == "," {
				if determiners[p.toks[s.a].lower] && k+1 < s.b && p.toks[k-1].kind == tWord && !p.toks[k-1].cap() {
					leadApp[k+1] = true
					if personHead(&p.toks[k-1]) {
						leadRole[k+1] = c.text[p.toks[s.a+1].s:p.toks[k-1].e] // "The Liberal Democrat leader, Fiona Castleton,"
					}
				}
				break
			}
		}
	}
	var last *nameOcc
	for i := 0; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.kind == tWord && (!t.cap() || t.is("he", "she")) && last != nil && !t.inQ { // "He said …" opens a sentence
			switch t.lower {
			case "he", "his", "him", "himself":
				c.countGender(last.words, 0)
			case "she", "her", "hers", "herself":
				c.countGender(last.words, 1)
			}
		}
		if t.kind != tWord || !t.cap() {
			continue
		}
		j := i
		for j < len(p.toks) && p.toks[j].kind == tWord && (p.toks[j].cap() || nameParticles[p.toks[j].lower] && j+1 < len(p.toks) && p.toks[j+1].cap()) {
			j++
			if isPossessive(p.toks[j-1].lower) {
				break
			}
		}
		j = skipNickname(p.toks, j) // `Michael "Big Mick" Okafor`
		orgSubject := sentStart[i] && !(i+1 < len(p.toks) && p.toks[i+1].text == "(") || i > 0 && sentStart[i-1] && determiners[p.toks[i-1].lower] ||
			describedFrom(p.toks, sentStart, i) || i > 0 && isDash(p.toks[i-1].text) // "July 24 (Meridian Wire) - Kestrel Foods Inc cut …"
		if i > 0 && p.toks[i-1].text == "(" {
			orgSubject = false
		}
		c.scanOrg(p.toks, i, j, pos{pi, i}, orgSubject)
		if occ, ok := c.personName(p.toks, i, j, pos{pi, i}); ok {
			occ.at = pos{pi, i}
			if r := appositiveRole(c.text, p.toks, j); r != "" {
				if f := c.full[strings.ToLower(strings.Join(c.canonicalWords(occ.words), " "))]; f != nil {
					addUnique(&f.roles, r) // "Castellano, the lieutenant governor, at 43%"
				}
			}
			if d := partyTagAfter(p.toks, j); d != "" {
				if f := c.full[strings.ToLower(strings.Join(occ.words, " "))]; f != nil {
					addUnique(&f.roles, d) // "Rep. Kent Mabry (R-Ohio)": a Republican of Ohio
				}
			}
			if j+2 < len(p.toks) && p.toks[j].text == "," && isNumber(p.toks[j+1].lower) && p.toks[j+2].text == "," && len(occ.words) >= 2 {
				c.ages[strings.ToLower(strings.Join(occ.words, " "))] = p.toks[j+1].lower // "Lim Wei, 34, …"
			}
			if r := leadRole[i]; r != "" && occ.role == "" && len(occ.words) >= 2 {
				occ.role = r
				if f := c.full[strings.ToLower(strings.Join(occ.words, " "))]; f != nil {
					addUnique(&f.roles, r)
				}
			}
			if occ.role == "" && describedFrom(p.toks, sentStart, i) && personHead(&p.toks[i-1]) {
				occ.role = c.descriptionBefore(p.toks, sentStart, i) // "Morecambe manager Gary Dunmore"
				if f := c.full[strings.ToLower(strings.Join(occ.words, " "))]; f != nil {
					addUnique(&f.roles, occ.role)
				}
			}
			v := skipJoined(p.toks, skipAside(p.toks, j)) // "…, however, put", "Anderson and other fishermen have"
			occ.subject = !t.inQ && (sentStart[i] || i > 0 && sentStart[i-1] || leadApp[i] || (i > 0 && p.toks[i-1].text == "," || describedFrom(p.toks, sentStart, i)) && v < len(p.toks) && verbAfter(&p.toks[v])) &&
				!isPossessive(p.toks[j-1].lower)
			c.names = append(c.names, occ)
			last = &c.names[len(c.names)-1]
		}
		i = j - 1
	}
}

// describedFrom reports whether the name at toks[i] follows a short
// description that opens its sentence: "Rovers boss Paul Devereux",
// "Maharashtra Congress chief Sunanda Kale".
func describedFrom(toks []token, sentStart map[int]bool, i int) bool {
	for k := i - 1; k >= 0 && k >= i-9; k-- {
		t := &toks[k]
		if t.text == ")" || t.text == "(" {
			continue // "Janata Front (United) State president K.B. Narayan"
		}
		if t.kind != tWord || !t.cap() && !isNounish(t) && !t.is("and", "&", "for", "of") {
			return false // "Author and historian Dr Priya Raman"
		}
		if sentStart[k] || k > 0 && toks[k-1].text == "," {
			return !toks[i-1].cap() // a lower-case head before the name: "boss", "chief"
		}
	}
	return false
}

// skipAside returns where the words after a name go on past a one-word
// aside set off by commas ("Kale, however, put"), or j.
func skipAside(toks []token, j int) int {
	if j+2 < len(toks) && toks[j].text == "," && toks[j+2].text == "," && toks[j+1].kind == tWord && (sentenceOpeners[toks[j+1].lower] || isLyAdverb(toks[j+1].lower) || toks[j+1].is("too", "though")) {
		return j + 3
	}
	if j+1 < len(toks) && toks[j].text == "," && verbAfter(&toks[j+1]) {
		return j + 1 // "Mr Lachlan's mother, Fiona Lachlan, read": the name set off heads the subject
	}
	if j+1 < len(toks) && toks[j].text == "," {
		e := j + 1
		for e < len(toks) && e-j <= 8 && toks[e].text != "," && toks[e].kind == tWord {
			e++
		}
		if e < len(toks) && toks[e].text == "," && (isAside(toks, j+1, e) || participleAside(toks, j+1, e) || isAppositive(toks, j+1, e)) {
			return e + 1 // "K.B. Narayan, in a statement, demanded", "Denise Fairholm, Democrat of Maine, was"
		}
	}
	return j
}

// personHead reports whether t is a lower-case noun that may end a
// description of a person: a title or a WordNet noun for a person.
func personHead(t *token) bool {
	if t.kind != tWord || t.cap() {
		return false
	}
	if isTitle(t.lower) && !t.is("the", "of") || headSynonyms[t.lower] != nil {
		return true
	}
	db := lexicon()
	return db != nil && personNoun(db, t.lower)
}

// descriptionBefore returns the words from the start of the sentence or
// the comma before them up to the name at toks[i]: "Morecambe manager".
func (c *coref) descriptionBefore(toks []token, sentStart map[int]bool, i int) string {
	k := i - 1
	for k > 0 && !sentStart[k] && toks[k-1].text != "," {
		k--
	}
	if k >= i {
		return ""
	}
	return c.text[toks[k].s:toks[i-1].e]
}

// appositiveRole returns the description set off after a name at toks[j]
// ("…, the lieutenant governor,"): a determiner and a noun for a person,
// then a comma; or "".
func appositiveRole(text string, toks []token, j int) string {
	if j+3 >= len(toks) || toks[j].text != "," || !toks[j+1].is("the", "a", "an") {
		return ""
	}
	e := j + 2
	for e < len(toks) && e-j <= 8 && toks[e].kind == tWord && !toks[e].inQ {
		e++
	}
	if e >= len(toks) || toks[e].text != "," || !personHead(&toks[e-1]) {
		return ""
	}
	return text[toks[j+2].s:toks[e-1].e]
}

// canonicalWords returns the words of the fullest name the article gives
// for the written one.
func (c *coref) canonicalWords(words []string) []string {
	return strings.Fields(c.canonicalPerson(strings.Join(words, " "), 0))
}

// groupAtStart returns the unnamed group that opens a sentence
// ("Residents of the estate were angry"), written as the article has it up
// to its verb, or "".
func groupAtStart(text string, toks []token, s sentence) string {
	a := s.a
	for a < s.b && (determiners[toks[a].lower] || sentenceOpeners[toks[a].lower]) && !toks[a].is("those") {
		a++
	}
	if a >= s.b || !peopleNoun(&toks[a]) || toks[a].inQ || parties[singular(toks[a].lower)] {
		return ""
	}
	for k := a + 1; k < s.b && k < a+8; k++ {
		if verbAfter(&toks[k]) || toks[k].is("were", "are") {
			return text[toks[s.a].s:toks[k-1].e]
		}
		if toks[k].kind != tWord {
			return ""
		}
	}
	return ""
}

// skipJoined returns where the words after a name go on past a second
// subject joined by "and" ("Anderson | and other fishermen | have
// started"), or j.
func skipJoined(toks []token, j int) int {
	if j >= len(toks) || !toks[j].is("and") {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if toks[k].kind != tWord {
			return j
		}
		if verbAfter(&toks[k]) {
			return k // "have" is an auxiliary; "started" the verb
		}
	}
	return j
}

// verbAfter reports whether t, right after a name, reads as its verb:
// "…, Reyes laughed".
func verbAfter(t *token) bool {
	w := t.lower
	if t.kind == tWord && !t.cap() && t.is("was", "is", "were", "are", "has", "had", "have") {
		return true // "Fairholm, Democrat of Maine, was less charitable"
	}
	return t.kind == tWord && !t.cap() && !clauseWords[w] && !determiners[w] && (strings.HasSuffix(w, "ed") || verbAux[w] || irregularPast[w])
}

func isPossessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

func (c *coref) countGender(words []string, g int) {
	k := strings.ToLower(words[len(words)-1])
	v := c.genders[k]
	v[g]++
	c.genders[k] = v
	if len(words) > 1 {
		full := strings.ToLower(strings.Join(words, " "))
		v := c.genders[full]
		v[g]++
		c.genders[full] = v
	}
}

// personName reads toks[i:j] as a person's name when it is one: at least
// one word after titles, not an organisation or a place.
func (c *coref) personName(toks []token, i, j int, at pos) (nameOcc, bool) {
	ws := nameWords(toks, i, j)
	for len(ws) > 0 && (clauseWords[ws[0].lower] || determiners[ws[0].lower] || sentenceOpeners[ws[0].lower] || personPronouns[ws[0].lower] != 0) {
		ws = ws[1:]
	}
	if len(ws) == 0 || isOrgRun(ws, 0) {
		return nameOcc{}, false
	}
	var office []*token
	if officeBefore(toks, i) {
		k := nameStart(ws)
		office, ws = ws[:k], ws[k:]
	}
	name, lead := stripLead(ws, office == nil)
	lead = append(office, lead...)
	if len(name) == 0 || places[strings.ToLower(strings.Join(name, " "))] || placeHeads[strings.ToLower(name[len(name)-1])] ||
		honorifics[strings.ToLower(name[len(name)-1])] || strings.EqualFold(name[len(name)-1], "sir") || strings.EqualFold(name[len(name)-1], "madam") {
		return nameOcc{}, false // "the South Lawn", "Esselen Street": places
	}
	for _, w := range name {
		if nationalities[strings.ToLower(w)] || strings.ToUpper(w) == w && len(w) > 2 && !strings.Contains(w, ".") {
			return nameOcc{}, false
		}
	}
	if len(name) == 1 && len(lead) == 0 && !c.knownSurname(strings.ToLower(name[0])) {
		return nameOcc{}, false // a lone capitalised word may be anything
	}
	if len(name) >= 2 {
		k := strings.ToLower(strings.Join(name, " "))
		if c.full[k] == nil {
			c.full[k] = &entity{name: strings.Join(name, " "), kind: quotegraph.Person, first: at}
		}
		c.full[k].count++
		if role := roleText(lead); role != "" {
			addUnique(&c.full[k].roles, role) // "Mayor Lena Park opened …"
		}
	}
	for _, w := range lead {
		if g, ok := honorificGender[w.lower]; ok {
			c.countGender(name, map[byte]int{'m': 0, 'f': 1}[g])
			c.countGender(name, map[byte]int{'m': 0, 'f': 1}[g])
		}
	}
	return nameOcc{words: name, role: roleText(lead)}, true
}

// placeHeads end the names of places, never of people (not "Park", "Hill",
// "Lane": surnames too).
var placeHeads = setOf("lawn", "street", "avenue", "road", "square", "station", "airport", "plaza", "boulevard",
	"stadium", "arena", "county", "district", "province", "highway", "motorway", "canal", "peninsula")

// knownSurname reports whether w is the last word of a full name the
// article has given before.
func (c *coref) knownSurname(w string) bool {
	for k := range c.full {
		if strings.HasSuffix(k, " "+w) {
			return true
		}
	}
	return false
}

// roleText is the title before a name, without honorifics and articles.
func roleText(lead []*token) string {
	var ws []*token
	for _, w := range lead {
		if _, hon := honorificGender[w.lower]; hon && strings.HasSuffix(w.lower, ".") || determiners[w.lower] || isPossessive(w.lower) {
			continue
		}
		ws = append(ws, w)
	}
	if len(ws) > 0 && onlyPlaces(ws) {
		return "" // "… to the US | Cui Tiankai": the end of an office, no role
	}
	return tokensText(ws)
}

func onlyPlaces(ws []*token) bool {
	for _, w := range ws {
		if !places[w.lower] && !nationalities[w.lower] {
			return false
		}
	}
	return true
}

// genderOf is the gender the article's pronouns give a surname.
func (c *coref) genderOf(name string) byte {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return 0
	}
	if len(f) > 1 {
		if g := givenGender(f[0]); g != 0 {
			return g // "Clara Reyes" is "she" even where Tomas Reyes is "he"
		}
		if v := c.genders[strings.Join(f, " ")]; v[0] != v[1] {
			if v[0] > v[1] {
				return 'm'
			}
			return 'f' // Fiona Lachlan is "she" where her son, Mr Lachlan, is "he"
		}
	}
	v := c.genders[f[len(f)-1]]
	switch {
	case v[0] > v[1]:
		return 'm'
	case v[1] > v[0]:
		return 'f'
	}
	return 0
}

// canonicalPerson returns the fullest name in the article that the written
// name stands for: "Obama" -> "Barack Obama", "Xi" -> "Xi Jinping".
func (c *coref) canonicalPerson(name string, gender byte) string {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return name
	}
	best, bestScore, bestFirst := "", -1, pos{}
	for k, e := range c.full {
		fs := strings.Fields(k)
		if !nameMatches(ws, fs) {
			continue
		}
		if gender != 0 {
			if g := c.genderOf(e.name); g != 0 && g != gender {
				continue
			}
		}
		score := e.count*4 + len(fs)
		if score > bestScore || score == bestScore && e.first.before(bestFirst) {
			best, bestScore, bestFirst = e.name, score, e.first
		}
	}
	if best == "" && len(ws) == 1 {
		return c.familyFirst(ws[0], name)
	}
	if best == "" {
		return name
	}
	return best
}

// nameMatches reports whether the written name ws may stand for the full
// name fs: a surname or given name of it, or the same first and last words.
func nameMatches(ws, fs []string) bool {
	if len(ws) == 1 {
		return fs[len(fs)-1] == ws[0] || fs[0] == ws[0] && (len(fs) == 2 || patronymics[fs[1]])
	}
	if len(ws) > len(fs) {
		return false
	}
	if ws[0] == fs[0] && ws[len(ws)-1] == fs[len(fs)-1] {
		return true
	}
	if len(fs) > len(ws) && strings.Join(fs[:len(ws)], " ") == strings.Join(ws, " ") {
		return true // "Mohd Hafiz" for Mohd Hafiz Rahmat
	}
	return strings.HasSuffix(" "+strings.Join(fs, " "), " "+strings.Join(ws, " "))
}

// entityFor returns the article's entity for a named mention.
func (c *coref) entityFor(m *mention) *entity {
	name := m.name
	if m.kind == quotegraph.Person {
		name = c.canonicalPerson(name, m.gender)
	}
	k := strings.ToLower(name)
	e := c.entities[k]
	if e == nil {
		e = &entity{name: name, kind: m.kind, plural: m.plural}
		if m.kind == quotegraph.Person {
			e.gender = c.genderOf(name)
		}
		c.entities[k] = e
	}
	if f := c.full[k]; f != nil && e.count == 0 {
		for _, r := range f.roles {
			addUnique(&e.roles, r)
		}
	}
	if m.gender != 0 && (e.gender == 0 || e.kind == quotegraph.Organization) {
		e.gender = m.gender // an organisation takes the gender of the spokesperson who last spoke for it
	}
	e.count++
	addUnique(&e.aliases, m.name)
	if m.honorific != "" {
		addUnique(&e.aliases, m.honorific+" "+lastWord(m.name))
	}
	if m.role != "" {
		addUnique(&e.roles, m.role)
	}
	if m.affil != "" {
		addUnique(&e.affils, m.affil)
	}
	return e
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

func addUnique(list *[]string, s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, x := range *list {
		if strings.EqualFold(x, s) {
			return
		}
	}
	*list = append(*list, s)
}

// resolve gives every attribution its speaker entity, in article order.
func (c *coref) resolve(atts []attribution) {
	sort.SliceStable(atts, func(i, j int) bool {
		return pos{atts[i].para, atts[i].cueA}.before(pos{atts[j].para, atts[j].cueA})
	})
	for i := range atts {
		at := &atts[i]
		here := pos{at.para, at.cueA}
		var extra []*entity
		if src := c.sameCue(atts[:i], at); src != nil {
			// `"…," the economist says. "…"`: one cue, one speaker
			at.speaker, at.co = src.speaker, append(at.co[:0], src.co...)
			c.history = append(c.history, salient{at: here, e: at.speaker})
			continue
		}
		if at.m.label != 0 {
			if at.speaker = c.labelSpeaker(&at.m, here); at.speaker == nil {
				at.dropped = true // "UPDATE:", "NEW DELHI:": no one the article names
				continue
			}
		} else if at.m.pronoun != 0 {
			at.speaker = c.pronoun(at.m.pronoun, here)
		} else if e := c.documentIssuer(&at.m, here); e != nil {
			at.speaker = e // `"…," the statement said`: whoever issued it, who spoke just before
		} else if e := c.spokesFor(&at.m, here); e != nil {
			at.speaker = e // "A spokeswoman for the service said": the service named before
			at.m.role = strings.Fields(at.m.text)[1]
		} else if e := c.spokesBody(&at.m, at.para); e != nil {
			at.speaker = e // "At the Pentagon, a spokesman said": the Pentagon
			at.m.role = lastWord(at.m.text)
		} else if es := c.orgAnaphor(&at.m, here); len(es) > 0 {
			at.speaker = es[0] // "The company said": the business named before
			extra = es[1:]     // "the companies said"
		} else if e := c.description(&at.m, here); e != nil {
			at.speaker = e // "the president" named before as "President Barack Obama"
			if at.m.role == "" && (len(e.roles) == 0 || worldStyles[strings.ToLower(e.roles[0])]) {
				at.m.role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(at.m.text, "the "), "The ")) // "grandmother of seven"
			}
		} else if at.m.verbish && strings.EqualFold(c.canonicalPerson(at.m.name, 0), at.m.name) {
			at.dropped = true // "Speaking" is no one the article names
			continue
		} else if c.junkName(&at.m) {
			at.dropped = true // "KARACHI:", "Fee said" where the article has "the fee"
			continue
		} else if at.m.name != "" {
			at.speaker = c.entityFor(&at.m)
		}
		if at.speaker == nil {
			at.speaker = c.entityFor(&mention{name: pronounName(at.m.pronoun), kind: quotegraph.Anonymous})
		}
		c.noteItRef(at)
		c.history = append(c.history, salient{at: here, e: at.speaker, weak: at.accord})
		at.co = append(at.co[:0], extra...)
		for k := range at.others {
			if at.others[k].name != "" {
				at.co = append(at.co, c.entityFor(&at.others[k]))
			}
		}
	}
	c.delayedIdentification(atts)
}

// sameCue returns the attribution resolved before at whose cue at shares —
// the first part of a split quotation, or the one an orphan quotation goes
// with — or nil.
func (c *coref) sameCue(done []attribution, at *attribution) *attribution {
	if !at.m.inherit {
		return nil
	}
	want := pos{at.para, at.cueA}
	if at.orphan {
		want = at.src
	}
	for k := len(done) - 1; k >= 0; k-- {
		d := &done[k]
		if !d.orphan && d.speaker != nil && d.para == want.para && d.cueA == want.tok {
			return d
		}
	}
	return nil
}

func pronounName(p byte) string {
	switch p {
	case 'm':
		return "he"
	case 'f':
		return "she"
	case 'p':
		return "they"
	}
	return "unnamed source"
}
