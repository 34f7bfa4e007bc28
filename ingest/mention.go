package ingest

import (
	"strings"

	"github.com/quotegraph/quotegraph"
)

// readMention reads the noun phrase toks[a:b] (and an appositive
// toks[appA:appB]) into a mention: name, role, affiliation and kind.
func readMention(text string, toks []token, a, b, appA, appB int) mention {
	if appA >= 0 && describedName(toks, a, b, appA, appB) {
		a, b, appA, appB = appA, appB, a, b // "said the Senate majority leader, Carol Whitfield"
	} else if m, ok := nameInAside(text, toks, a, b, appA, appB); ok {
		return m
	}
	m := mention{a: a, b: b, text: joinText(text, toks, a, b)}
	if appA >= 0 && appA < appB {
		readAppositive(text, toks, appA, appB, &m)
		if setOffOrg(text, toks, a, b, appA, appB, &m) {
			return m
		}
	}
	for a < b && (determiners[toks[a].lower] || toks[a].kind != tWord) && !(toks[a].cap() && b-a == 1) {
		a++
	}
	if a >= b {
		return m
	}
	if nb := sourceOwner(toks, a, b); nb < b {
		b = nb // "a recent Reuters survey": Reuters
	}
	if p := personPronouns[toks[a].lower]; b-a == 1 && p != 0 {
		m.pronoun, m.plural = p, p == 'p'
		return m
	}
	ws := trimTime(words(toks, a, b))
	if org := staffOf(ws); org != "" {
		m.name, m.kind = org, quotegraph.Organization // "Analysts at Castlegate Capital"
		if m.role == "" {
			m.role = strings.ToLower(ws[0].text)
		}
		return m
	}
	if len(ws) > 3 && ws[0].is("office") && ws[1].is("of") && ws[len(ws)-1].cap() {
		ws = ws[2:] // "The office of Texas Gov. Rhonda Keel said": the office speaks for her
	}
	ws = withoutPostModifier(ws)
	run, start := lastCapRun(ws)
	if bodyMention(ws, run, start, &m) {
		return m
	}
	// "the Shrimps boss": resolved to the manager the article named, if any
	m.described = len(run) > 0 && a > m.a && styleOpeners[toks[m.a].lower] && describedHead(ws, start+len(run))
	if len(run) > 0 && a > m.a && toks[m.a].is("a", "an") && describedHead(ws, start+len(run)) && !isOrgRun(ws, start) {
		if head := ws[len(ws)-1]; len(ws) == start+len(run)+1 && spokesNouns[head.lower] {
			// "A CalMac spokeswoman said": the operator speaks through her
			m.name, m.kind, m.role, m.gender = tokensText(run), quotegraph.Organization, head.text, honorificGender[head.lower]
			return m
		}
		run = nil // "A Harbor University professor said": an unnamed professor, not a person called Harbor University
	}
	if len(ws) == len(run) && len(run) >= 1 && len(run) <= 3 && a > m.a && toks[m.a].is("the") && (demonym(run[len(run)-1]) || parties[run[len(run)-1].lower]) {
		run = nil // "the Dutchman said", "the Ohio Republican said": a description, resolved like "the 34-year-old"
	}
	if m.described && m.role == "" {
		m.role = joinText(text, toks, a, b) // "state transport committee chairman"
	}
	if len(run) == 1 && start == 0 && a == m.a && anonHeads[run[0].lower] && (len(ws) > 1 || strings.HasSuffix(run[0].lower, "s")) &&
		!parties[strings.TrimSuffix(run[0].lower, "s")] {
		run = nil // "People familiar with the matter said": capitalised only by its place
	}
	if n := len(ws); len(run) > 0 && start+len(run) == n-1 && isPossessive(run[len(run)-1].lower) && ws[n-1].is("office") {
		ws = ws[:n-1] // "Ms. Quist's office said": the office speaks for her
	}
	switch {
	case possessedPerson(ws, run, start):
		// "Pagliano's lawyer", "Scott's family": someone of theirs, unnamed
	case len(run) > 0 && (isOrgRun(ws, start) || orgOfPlace(ws, run, start) || officeLead(ws, start) && allPortfolio(run)):
		// "the Arizona Department of Water Resources": the object of an office, no name after it
		m.name, m.kind = strings.Join(orgName(ws, start), " "), quotegraph.Organization
	case len(run) > 0:
		readPerson(ws, run, start, &m)
	}
	if !checkName(toks, a, b, &m) {
		return mention{a: m.a, b: m.b, text: m.text}
	}
	if m.name == "" {
		m.kind = quotegraph.Anonymous
		m.name = strings.TrimSpace(anonName(text, toks, a, b))
		if f := strings.Fields(m.name); len(f) > 0 && anonHeads[strings.ToLower(f[0])] && toks[a].cap() && !parties[singular(strings.ToLower(f[0]))] {
			m.name = strings.ToLower(m.name[:1]) + m.name[1:] // "People familiar …" are people
		}
		if toks[m.a].is("a", "an", "one", "another") && onlyTitles(m.name) && !strings.HasSuffix(m.name, "s") {
			m.name = "unnamed " + strings.ToLower(m.name) // "a minister said": an unnamed minister, not a person called Minister
		}
		last := toks[b-1].lower
		for k := a + 1; k < b; k++ {
			if toks[k].is("of", "in", "at", "from", "with", "on", "for") {
				last = toks[k-1].lower // "officials in Ohio": the head is officials
				break
			}
		}
		m.plural = strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || last == "people" || last == "police"
		if db := lexicon(); toks[m.a].is("the") && (orgHeads[last] || bodyHeads[last]) && !toks[b-1].cap() && !m.plural && !isTitle(last) && db != nil && !firstSensePerson(db, last) {
			m.kind = quotegraph.Organization // "the port authority said": a body named by what it is
		}
		if g, ok := honorificGender[last]; ok {
			m.gender = g
		}
	}
	return m
}

// possessedPerson reports whether a mention names a person or group by
// their relation to a named one ("Pagliano's lawyer", "Scott's family",
// "Obama's former strategist"): a possessive name and a lower-case noun for
// people after it. A spokesperson speaks for the one named, and is not one.
func possessedPerson(ws, run []*token, start int) bool {
	end := start + len(run)
	if len(run) == 0 || end >= len(ws) || !isPossessive(run[len(run)-1].lower) {
		return false
	}
	last := ws[len(ws)-1]
	if last.cap() {
		return false
	}
	if relationNouns[strings.TrimSuffix(last.lower, "s")] || relationNouns[last.lower] {
		return true
	}
	for _, w := range ws[end:] {
		if w.is("former", "ex") && personHead(last) {
			return true // "Obama's former campaign strategist" no longer speaks for him
		}
	}
	return false
}

// relationNouns name people by their tie to someone, not by an office they
// hold for them: "X's lawyer" speaks as the lawyer, "X's spokesman" for X.
var relationNouns = setOf("lawyer", "attorney", "family", "families", "relatives", "parents", "children", "wife",
	"husband", "son", "daughter", "mother", "father", "brother", "sister", "friend", "neighbour", "neighbor",
	"doctor", "physician", "biographer", "widow", "widower", "partner", "spouse", "fiancée", "fiance", "fiancé",
	"cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather")

// onlyTitles reports whether every word of a name is a title: "minister",
// "spokesman", "senator".
func onlyTitles(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	for _, w := range f {
		if !isTitle(w) || w == "the" || w == "of" {
			return false
		}
	}
	return len(f) > 0
}

// allPortfolio reports whether every word of a run names what an office is
// in charge of ("Water Resources"): the run completes an organisation's
// name and holds no person's.
func allPortfolio(run []*token) bool {
	for _, w := range run {
		if !portfolioWords[w.lower] && !(isTitle(w.lower) && !honorifics[w.lower]) {
			return false
		}
	}
	return portfolioWords[run[len(run)-1].lower]
}

// demonym reports whether a capitalised word names a kind of person by
// nation, place or party ("Dutchman", "Australian", "Texan", "Democrat"):
// WordNet's first sense of it is a person, and it is no given name.
func demonym(t *token) bool {
	db := lexicon()
	return db != nil && firstSensePerson(db, t.lower) && !isTitle(t.lower)
}

// nameInAside reads a mention whose aside gives the name ("A stallholder,
// who asked to be identified only as Ms Goh, said"): the name, with the
// description as its role.
func nameInAside(text string, toks []token, a, b, appA, appB int) (mention, bool) {
	na, nb := nameGivenIn(toks, appA, appB)
	if na >= nb {
		return mention{}, false
	}
	m := readMention(text, toks, na, nb, -1, -1)
	if m.kind != quotegraph.Person || m.name == "" {
		return mention{}, false
	}
	m.role = strings.TrimSpace(anonName(text, toks, a+boolInt(determiners[toks[a].lower]), b))
	return m, true
}

// setOffOrg reads an organisation's name set off after its description
// ("The main farmers' union, the Fédération des Exploitants Ruraux (FER),
// said") into m and reports whether it did.
func setOffOrg(text string, toks []token, a, b, appA, appB int, m *mention) bool {
	if !orgDescription(toks, appA, appB) {
		return false
	}
	n := a
	for n < b && determiners[toks[n].lower] {
		n++
	}
	e := orgRunEnd(toks, n, b)
	if e <= n {
		return false
	}
	m.name, m.kind, m.affil = trimCorp(joinText(text, toks, n, e)), quotegraph.Organization, ""
	return true
}

// withoutPostModifier drops a phrase after the head that is no part of the
// name ("Representative Charles Rangel | of New York"), keeping one that an
// office before it needs ("Minister of | Natural Resources … Le Van Minh").
func withoutPostModifier(ws []*token) []*token {
	if i := postStart(ws); i > 0 && i+2 < len(ws) && ws[i].is("of") && (isNumber(ws[i+1].lower) || smallNumbers[ws[i+1].lower]) && ws[i+2].cap() {
		return ws // "mother of three Kiri Henare-Barnes": a description, then the name
	}
	if i := postStart(ws); i > 0 && namedBefore(ws[:i]) {
		return ws[:i] // "Nadia Rahman | of the University of Dhaka": no office the run completes
	}
	if _, st := lastCapRun(ws); officeLead(ws, st) {
		return ws // "… under the Ministry of Natural Resources and Environment Le Van Minh"
	}
	if i := postStart(ws); i > 0 && !allTitles(ws[:i]) && !titlePhrase(ws[:i]) && !titledTail(ws, i) {
		return ws[:i]
	}
	return ws
}

// bodyMention reads an unnamed spokesperson or official of a named body
// ("A Department for Transport spokesperson said", "a senior State
// Department official said") as the body, which speaks through them.
func bodyMention(ws, run []*token, start int, m *mention) bool {
	org, head := bodySource(ws, run, start)
	if org == "" {
		return false
	}
	m.name, m.kind, m.role = trimCorp(org), quotegraph.Organization, head.text
	m.gender = honorificGender[head.lower] // "a ministry spokeswoman … She said"
	if head.is("official", "officials") {
		m.role = strings.TrimSpace(tokensText(ws[:start]) + " " + head.text)
	}
	return true
}

// readPerson reads a person's name from a run of capitalised words, with
// the office and description before it as the role and an honorific's
// gender.
func readPerson(ws, run []*token, start int, m *mention) {
	var office []*token
	if officeLead(ws, start) {
		k := nameStart(run)
		office, run = run[:k], run[k:]
	}
	name, lead := stripLead(run, office == nil)
	lead = append(office, lead...)
	if len(name) == 0 {
		return
	}
	m.name = strings.Join(name, " ")
	m.kind = quotegraph.Person
	if places[strings.ToLower(m.name)] || describedAsBusiness(ws[:start]) {
		m.kind = quotegraph.Organization // "Grid operator Tepco", "cloud storage startup Nimbus"
	}
	roleWords := append(append([]*token{}, ws[:start]...), lead...)
	if r := tokensText(withoutHonorifics(roleWords)); r != "" && m.role == "" && titled(roleWords) {
		m.role = r
	}
	namedRole(ws[:start], m)
	for _, t := range roleWords {
		if g, ok := honorificGender[t.lower]; ok {
			m.gender = g
			if strings.HasSuffix(t.lower, ".") || t.is("miss") {
				m.honorific = t.text
			}
		}
	}
}

// nameGivenIn returns the range of a name an aside gives its subject
// ("who asked to be identified only as Ms Goh", "who gave his name as
// Tomas"), or an empty range.
func nameGivenIn(toks []token, a, b int) (int, int) {
	for k := a + 1; a >= 0 && k+1 < b; k++ {
		if !toks[k].is("as") {
			continue
		}
		p := k - 1
		if toks[p].is("only") && p > a {
			p--
		}
		if !toks[p].is("identified", "named", "name", "known") {
			continue
		}
		e := k + 1
		for e < b && toks[e].kind == tWord && (toks[e].cap() || nameParticles[toks[e].lower]) {
			e++
		}
		if e > k+1 {
			return k + 1, e
		}
	}
	return 0, 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// orgDescription reports whether toks[a:b] is a description of an
// organisation: a determiner and a lower-case head noun for a business or
// a body ("the retailer", "the main farmers' union").
func orgDescription(toks []token, a, b int) bool {
	if b-a < 2 || !determiners[toks[a].lower] {
		return false
	}
	for k := a + 1; k < b; k++ {
		if toks[k].is("of", "at", "for", "in", "on", "with", "from", "to", "by") {
			return false // "an engineer at the port authority" is a person
		}
	}
	last := &toks[b-1]
	return last.kind == tWord && !last.cap() && (businessHeads[last.lower] || bodyHeads[last.lower])
}

// describedName reports whether a mention is a description of an office
// with the holder's name set off after it ("the Senate majority leader,
// Carol Whitfield", "the national chairman of the association, Alhaji Musa
// Dantata"): the description opens with a determiner or a possessive and
// holds a title, and the appositive is a name and no organisation.
func describedName(toks []token, a, b, appA, appB int) bool {
	if !isNameRun(toks, appA, appB) {
		return false
	}
	ws := words(toks, appA, appB)
	if run, st := lastCapRun(ws); len(run) == 0 || isOrgRun(ws, st) || places[strings.ToLower(tokensText(ws))] {
		return false
	}
	return officeDescription(toks, a, b)
}

// officeDescription reports whether toks[a:b] opens with a determiner or a
// possessive and holds a title: "the national secretary of the Guild".
func officeDescription(toks []token, a, b int) bool {
	if b-a < 2 {
		return false
	}
	if toks[a].cap() && isTitle(toks[a].lower) && !toks[a].is("the") && b-a > 2 && toks[a+1].is("of", "for") {
		return true // "Member of Parliament (MP) for Amenfi Central"
	}
	if !(determiners[toks[a].lower] || isPossessive(toks[a].lower)) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if toks[k].kind == tWord && (isTitle(toks[k].lower) && !toks[k].is("the", "of") || anonHeads[toks[k].lower]) {
			return true
		}
	}
	db, last := lexicon(), &toks[b-1]
	return db != nil && last.kind == tWord && !last.cap() && personNoun(db, last.lower) // "his daughter"
}
