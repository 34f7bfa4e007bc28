package ingest

import "strings"

// sourceOwner returns where the name of the owner of a document ends in a
// mention such as "the IMF report" or "a new Washington Post-ABC News
// national poll", or b when the mention is not one.
func sourceOwner(toks []token, a, b int) int {
	if b-a < 2 || !toks[b-1].is("report", "reports", "survey", "poll", "study", "analysis", "memo", "data", "figures", "review", "audit") {
		return b
	}
	k := b - 1
	for k > a && toks[k-1].kind == tWord && !toks[k-1].cap() && !determiners[toks[k-1].lower] && k > b-4 {
		k-- // "national poll", "annual report"
	}
	if k > a && toks[k-1].cap() && !isPossessive(toks[k-1].lower) {
		return k
	}
	return b
}

// checkName drops a one-word name that is no name ("During", "Shipping
// agents" keeps its description) and marks one that may be a verb form
// ("Husted"). It reports false when the mention names no one at all.
func checkName(toks []token, a, b int, m *mention) bool {
	switch {
	case m.name == "":
	case verbForm(m.name) && toks[b-1].cap() && b-a == 1:
		m.verbish = true // "Husted said": a name when the article names Jon Husted
	case notAName(m.name):
		if w := strings.ToLower(m.name); toks[b-1].cap() || nonNames[w] || clauseWords[w] || sentenceOpeners[w] || determiners[w] || subordinators[w] {
			return false
		}
		m.name, m.role = "", "" // "Shipping agents": a description
	}
	return true
}

// notAName reports whether a one-word "name" is a capitalised word that
// opens sentences rather than names anyone: "During", "Friday", "Having".
func notAName(name string) bool {
	if strings.ContainsAny(name, " ") {
		return false
	}
	w := strings.ToLower(name)
	return clauseWords[w] || sentenceOpeners[w] || timeWords[w] || subordinators[w] || determiners[w] ||
		verbAux[w] || nonNames[w] || verbForm(name)
}

// verbForm reports whether one capitalised word may be a participle or a
// past tense opening a sentence ("Speaking", "Pressed") rather than a name.
func verbForm(name string) bool {
	w := strings.ToLower(name)
	return !strings.Contains(w, " ") && !nonNames[w] && !clauseWords[w] && !sentenceOpeners[w] && !subordinators[w] &&
		len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

var nonNames = setOf("only", "contrary", "beyond", "say", "says", "said", "did", "would", "could", "should",
	"like", "unlike", "among", "despite", "amid", "asked", "here", "there", "recently", "according", "given")

// withoutHonorifics drops "Mr.", "Ms", "Mrs." from the words of a role:
// an honorific tells gender, not office.
func withoutHonorifics(ws []*token) []*token {
	var out []*token
	for _, w := range ws {
		if !honorifics[w.lower] {
			out = append(out, w)
		}
	}
	return out
}

var honorifics = setOf("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx.", "mx", "m.", "mme.", "mme")

// titled reports whether words before a name hold a title, an office or a
// proper noun ("Board chairman", "U.S. President"), not a common noun
// phrase that only happens to stand there ("a decision").
func titled(ws []*token) bool {
	for _, w := range ws {
		if w.cap() || titleWords[w.lower] && !determiners[w.lower] && w.lower != "of" || anonHeads[w.lower] {
			return true
		}
	}
	return false
}

func words(toks []token, a, b int) []*token {
	out := make([]*token, 0, b-a)
	for k := a; k < b; k++ {
		if toks[k].kind == tWord && k+1 < b && toks[k+1].kind == tSQuote && toks[k+1].s == toks[k].e && strings.HasSuffix(toks[k].lower, "s") && toks[k].cap() {
			t := toks[k] // "Workers' Union": the apostrophe belongs to the name
			t.text, t.lower, t.e = t.text+toks[k+1].text, t.lower+toks[k+1].text, toks[k+1].e
			out = append(out, &t)
			k++
		} else if toks[k].kind == tWord {
			out = append(out, &toks[k])
		} else if toks[k].text == "(" {
			for k < b && toks[k].text != ")" {
				k++
			}
		}
	}
	return out
}

// postStart returns the index of the first preposition that opens a
// post-modifier of the head ("of New York"), or -1.
func postStart(ws []*token) int {
	for i, w := range ws {
		if i > 0 && w.is("of", "from", "at", "for", "to", "with", "in", "on") {
			return i
		}
	}
	return -1
}

// titledTail reports whether the words after the post-modifier at ws[i]
// end in a lower-case title and a name: "Retailers Federation of Singapore
// president | Ong Kah Chye" is a person, not the federation.
func titledTail(ws []*token, i int) bool {
	for k := len(ws) - 2; k > i; k-- {
		if !ws[k+1].cap() {
			return false
		}
		if personHead(ws[k]) {
			return true // "president", "organiser"
		}
	}
	return false
}

func allTitles(ws []*token) bool {
	for _, w := range ws {
		if !isTitle(w.lower) && !nationalities[w.lower] && !determiners[w.lower] {
			return false
		}
	}
	return true
}

// lastCapRun returns the last run of capitalised words (with name
// particles inside) and where it starts.
func lastCapRun(ws []*token) ([]*token, int) {
	end := -1
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].cap() {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, 0
	}
	start := end
	for start > 0 && (ws[start-1].cap() || particlesBefore(ws, start) > 0) {
		start--
	}
	return ws[start : end+1], start
}

// isOrgRun reports whether the capitalised run starting at ws[start] names an
// organisation: its last word is an organisation head ("White House",
// "Foreign Ministry"), or it is followed by "of" and one ("Ministry of
// Defense").
func isOrgRun(ws []*token, start int) bool {
	last := ws[len(ws)-1]
	if len(ws)-start == 2 && last.is("health") && last.cap() && (ws[start].text == strings.ToUpper(ws[start].text) || places[ws[start].lower]) {
		return true // "NSW Health", "WA Health": a state's health service
	}
	if len(ws)-start == 2 && givenGender(ws[start].lower) != 0 && !orgHeads[last.lower] {
		return false // "Mary Fox", "Ann Post": a given name and a surname
	}
	if orgHeads[last.lower] && !(len(ws)-start == 1 && places[last.lower]) || wireServices[strings.ToLower(tokensText(ws[start:]))] || wireServices[last.lower] {
		return true
	}
	for _, w := range ws[start:] {
		if orgHeads[strings.TrimSuffix(strings.TrimSuffix(w.lower, "'s"), "’s")] && w.lower != "house" && w.lower != "state" && w.lower != "states" && !places[w.lower] {
			return len(ws)-start > 1 && !hasPersonTail(ws[start:])
		}
	}
	return false
}

// hasPersonTail reports whether a run ends in what reads as a person's name
// after an organisation word: "NBC News anchor Lester Holt" has a lower-case
// word between; "Fox News Chris Wallace" does not, and is read as a person.
func hasPersonTail(ws []*token) bool {
	last := ws[len(ws)-1]
	return !orgHeads[last.lower] && !nationalities[last.lower]
}

// orgName is the organisation's name: the run without a leading "The", with
// its "of …" tail when it has one.
func orgName(ws []*token, start int) []string {
	for start > 0 && (ws[start-1].cap() || ws[start-1].is("of", "for", "and")) {
		start--
	}
	var out []string
	for _, w := range ws[start:] {
		out = append(out, w.text)
	}
	for len(out) > 1 && (strings.EqualFold(out[0], "the") || strings.EqualFold(out[0], "of")) {
		out = out[1:]
	}
	return out
}

// stripTitles splits a run of capitalised words into its leading titles,
// nationalities and possessives ("U.S. President", "NBC's") and the name.
func stripTitles(run []*token) (name []string, lead []*token) {
	return stripLead(run, true)
}

// stripLead is stripTitles, leaving descriptions in place when describe is
// false: after an office ("Minister for Climate Change | Malik Asad Raza")
// the name starts where the office ends.
func stripLead(run []*token, describe bool) (name []string, lead []*token) {
	i := 0
	for k := len(run) - 2; k > 0; k-- {
		if isTitle(run[k].lower) && !nameParticles[run[k].lower] && run[k].lower != "the" && run[k].lower != "of" {
			i = k + 1 // "Transport Minister Luis Duarte": the name follows the last title
			break
		}
	}
	for i < len(run)-1 {
		w := run[i].lower
		if compass[w] && i == len(run)-2 {
			break // "Western Grid", "Southern Water": a name, not "Western diplomats"
		}
		if isTitle(w) || nationalities[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || determiners[w] {
			i++
			continue
		}
		break
	}
	if describe {
		i += descriptionEnd(run[i:]) // "Grandmother | Jane Doe", "Two-goal | Smith"
	}
	// "Assistant Foreign Minister" alone is no name
	if i == len(run)-1 && (isTitle(run[i].lower) || nationalities[run[i].lower]) {
		return nil, run
	}
	j := len(run)
	for j-1 > i+1 && postNominal(run[j-1]) {
		j-- // "Declan Moriarty TD", "Sir Ian Blair QC"
	}
	for _, w := range run[i:j] {
		name = append(name, strings.TrimSuffix(strings.TrimSuffix(w.text, "'s"), "’s"))
	}
	return name, append(run[:i:i], run[j:]...)
}

var compass = setOf("western", "eastern", "northern", "southern")

// describedHead reports whether the words of a mention from ws[e] on are a
// lower-case head noun for a person that the capitalised words before it
// only modify: "(the Shrimps) boss", "(the Labour) leader".
func describedHead(ws []*token, e int) bool {
	n := len(ws) - e
	if n < 1 || n > 3 {
		return false
	}
	for _, w := range ws[e:] {
		if w.cap() {
			return false
		}
	}
	last := ws[len(ws)-1]
	return personHead(last) || anonHeads[last.lower] && !strings.HasSuffix(last.lower, "s")
}

// bodySource returns the organisation a description of an unnamed source
// names before its lower-case head ("a White House official", "a
// Department for Transport spokesperson") and the head, or "".
func bodySource(ws, run []*token, start int) (string, *token) {
	end := start + len(run)
	if len(run) == 0 || len(ws)-end != 1 {
		return "", nil
	}
	head := ws[end]
	if head.cap() || !anonHeads[head.lower] && !bodyAgents[head.lower] {
		return "", nil
	}
	org := orgName(ws[:end], start)
	for _, w := range org {
		if orgHeads[strings.ToLower(w)] && upperInitial(w) {
			return strings.Join(org, " "), head
		}
	}
	return "", nil
}

// bodyAgents speak for the body they are named by ("a European Union
// envoy"); a university's professor speaks for herself.
var bodyAgents = setOf("envoy", "ambassador", "negotiator", "delegate", "representative", "emissary", "attaché")

var spokesNouns = setOf("spokesperson", "spokesman", "spokeswoman")

// postNominal reports whether a word written after a name is an office or
// an honour, not part of it: "TD", "MP", "QC", "OBE", "PhD".
func postNominal(t *token) bool {
	w := strings.TrimSuffix(strings.TrimSuffix(t.text, ","), ".")
	return postNominals[strings.ToLower(w)] && (w == strings.ToUpper(w) || w == "PhD")
}

var postNominals = setOf("td", "mp", "mla", "mep", "msp", "ms", "mpp", "mna", "mpa", "mha", "mlc", "qc", "kc", "sc",
	"san", "jp", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "md", "frs", "cpa")

func tokensText(ws []*token) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

// anonName names an unnamed source by its description, without the
// determiner and what follows a participle: "U.S. officials", "person".
func anonName(text string, toks []token, a, b int) string {
	for k := a; k < b; k++ {
		if k > a && toks[k].kind == tWord && !toks[k].cap() && (strings.HasSuffix(toks[k].lower, "ed") || toks[k].is("familiar", "close", "who", "with")) && !anonHeads[toks[k].lower] {
			return strings.TrimRight(joinText(text, toks, a, k), " ,")
		}
	}
	return joinText(text, toks, a, b)
}

// readAppositive keeps a description set off by commas as the role, and
// the organisation in it as the affiliation.
func readAppositive(text string, toks []token, a, b int, m *mention) {
	first := &toks[a]
	if first.is("who", "which", "whose", "citing", "quoting", "speaking", "writing", "referring", "according", "now", "then", "like") {
		return
	}
	if b-a == 1 && isNumber(first.lower) || !first.cap() && strings.HasSuffix(first.lower, "ing") {
		return // an age or a participle is no role: "Reyes, 67,"
	}
	s := a
	for s < b && determiners[toks[s].lower] {
		s++
	}
	m.role = joinText(text, toks, s, b)
	ws := words(toks, s, b)
	for i, w := range ws {
		if w.is("at", "of", "with", "for", "from") && i+1 < len(ws) {
			rest := ws[i+1:]
			for len(rest) > 0 && determiners[rest[0].lower] {
				rest = rest[1:]
			}
			if len(rest) > 0 && rest[0].cap() {
				m.affil = capPhrase(rest)
				return
			}
		}
	}
}

// staffOf returns the organisation that a plural description of its staff
// speaks for ("Analysts at Castlegate Capital", "Officials of the Water
// Board"), or "" when ws is no such description.
func staffOf(ws []*token) string {
	if len(ws) < 3 || !anonHeads[ws[0].lower] || !strings.HasSuffix(ws[0].lower, "s") || !ws[1].is("at", "of", "with", "from") {
		return ""
	}
	rest := ws[2:]
	for len(rest) > 0 && determiners[rest[0].lower] {
		rest = rest[1:]
	}
	if len(rest) == 0 || !rest[0].cap() {
		return ""
	}
	org := capPhrase(rest)
	if n := len(strings.Fields(org)); n == 0 || n < len(rest) && !rest[n].is("in", "on", "for") ||
		places[strings.ToLower(org)] || nationalities[strings.ToLower(org)] {
		return ""
	}
	return trimCorp(org)
}

// capPhrase returns the leading run of capitalised words (with "of", "for",
// "and" between them): "Renmin University of China".
func capPhrase(ws []*token) string {
	n := 0
	for n < len(ws) && (ws[n].cap() || ws[n].is("of", "for", "and", "on", "&") && n+1 < len(ws) && ws[n+1].cap()) {
		n++
	}
	return tokensText(ws[:n])
}

// namedRole keeps the description of a person named by it as the role:
// "a retired teacher surnamed Lam" is Lam, a retired teacher. The surname
// alone is the speaker's name, resolved like any surname in the article.
func namedRole(lead []*token, m *mention) {
	n := len(lead)
	if m.role != "" || n < 2 || !lead[n-1].is("surnamed", "named") {
		return
	}
	m.role = tokensText(lead[:n-1])
}
