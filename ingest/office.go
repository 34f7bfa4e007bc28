package ingest

import "strings"

// Long titles of office, as wire services of many countries write them:
// "Vice-Minister of Foreign Affairs Nguyen Thi Minh Khue", "Union Minister
// of State for Jal Shakti Ramesh Chandra Bhatnagar", "Minister of Water
// Resources and Meteorology Sok Chanthy". The office's object and the
// name stand in one run of capitalised words; these helpers find where
// the name begins.

// isTitle reports whether w is a title word, hyphenated compounds of
// titles included ("vice-minister", "director-general").
func isTitle(w string) bool {
	if titleWords[w] {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "s") && titleWords[strings.TrimSuffix(w, "s")] && !determiners[w] && !notPluralTitles[w] && !anonHeads[w] {
		return true // "Councilmembers", "Senators"
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !titleWords[p] {
			return false
		}
	}
	return true
}

// notPluralTitles end in s after a title word but name no one: "United
// States", "Foreign Affairs".
var notPluralTitles = setOf("states", "affairs", "services", "works", "times", "houses", "heads")

// portfolioWords name what an office is in charge of; capitalised in a
// title, they are no part of the holder's name.
var portfolioWords = setOf("environment", "resources", "natural", "water", "meteorology", "culture", "tourism",
	"sport", "sports", "youth", "fisheries", "forestry", "industry", "industries", "labour", "welfare", "planning",
	"development", "infrastructure", "transport", "communications", "information", "technology", "science",
	"interior", "defence", "finance", "railways", "power", "mines", "mining", "petroleum", "housing", "urban",
	"rural", "affairs", "external", "home", "women", "social", "public", "works", "land", "lands", "food",
	"investment", "planning", "statistics", "heritage", "arts", "digital", "climate", "immigration", "police",
	"veterans", "aviation", "shipping", "ports", "highways", "roads", "telecommunications", "media", "religious",
	"minority", "tribal", "children", "family", "services", "protection", "relations", "cooperation", "policy",
	"change", "coordination", "reform", "reforms", "training", "skills", "employment", "innovation", "enterprise",
	"empowerment", "inclusion", "equality", "safety", "emergency", "disaster", "management", "livestock",
	"irrigation", "cooperatives", "revenue", "excise", "taxation", "wellness", "sanitation", "parks", "wildlife",
	"marine", "oceans", "gender", "agriculture", "trade", "commerce", "energy", "health", "education",
	"opposition", "government")

// officeLead reports whether the words before ws[i] are an office and a
// preposition that the run from ws[i] completes: "Minister of", "Ambassador
// to", "Director of … and".
func officeLead(ws []*token, i int) bool {
	if i >= 3 && ws[i-1].is("the") && ws[i-2].is("of", "for", "to", "and", "under", "in") {
		i-- // "Minister for Sustainability and the Environment", "Leader of the Opposition in the Legislative Assembly"
	}
	if i < 2 || !ws[i-1].is("of", "for", "to", "and", "under", "in") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-16; k-- {
		if (isTitle(ws[k].lower) || orgHeads[ws[k].lower]) && ws[k].cap() {
			return true // "Minister of", "the Ministry of Natural Resources and"
		}
		if !ws[k].cap() && !ws[k].is("of", "for", "to", "and", "the", "under", "in") {
			return false
		}
	}
	return false
}

// orgOfPlace reports whether a run after "of"/"for" completes the name of an
// organisation rather than introducing a person: "Consumers Association of
// Penang", "Council for Wales" — the run is a single word or a place, and
// the nearest capitalised head before the preposition is an organisation
// word, not a title.
func orgOfPlace(ws, run []*token, i int) bool {
	if i < 2 || !ws[i-1].is("of", "for") || len(run) != 1 && !places[strings.ToLower(tokensText(run))] {
		return false
	}
	h := ws[i-2]
	return h.cap() && orgHeads[h.lower] && !isTitle(h.lower)
}

// nameStart returns where a person's name begins in a run of capitalised
// words that completes an office: after the portfolio, nationality,
// title and organisation words, and three words from the end when none of
// those tells.
func nameStart(run []*token) int {
	for k := len(run) - 2; k >= 0; k-- {
		w := run[k].lower
		if portfolioWords[w] || isTitle(w) || nationalities[w] || orgHeads[w] || places[w] || k > 0 && places[run[k-1].lower+" "+w] {
			return k + 1 // "Maritime Affairs | Tran Thi Lan Anh", "to Viet Nam | Khamphao Vongsavath"
		}
	}
	if len(run) >= 4 {
		return len(run) - 3 // "Jal Shakti | Ramesh Chandra Bhatnagar"
	}
	return 0
}

// titlePhrase reports whether ws is a capitalised title phrase ("Union
// Minister", "Lao Ambassador", "Vice-Minister"): it ends in a title word
// and every word is capitalised or a title.
func titlePhrase(ws []*token) bool {
	if len(ws) == 0 || !isTitle(ws[len(ws)-1].lower) {
		return false
	}
	for _, w := range ws {
		if !w.cap() && !isTitle(w.lower) {
			return false
		}
	}
	return true
}

// officeBefore reports whether the run of capitalised words at toks[i]
// completes an office named just before it ("… Minister of State for").
func officeBefore(toks []token, i int) bool {
	if i >= 3 && toks[i-1].is("the") && toks[i-2].is("of", "for", "to", "and", "under", "in") {
		i-- // "… for Sustainability and the Environment"
	}
	if i < 2 || !toks[i-1].is("of", "for", "to", "and", "under", "in") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-16; k-- {
		t := &toks[k]
		if t.kind != tWord {
			return false
		}
		if t.cap() && (isTitle(t.lower) || orgHeads[t.lower]) {
			return true // "Minister of", "Committee for"
		}
		if !t.cap() && !t.is("of", "for", "to", "and", "the", "under", "in") {
			return false
		}
	}
	return false
}

// inOffice reports whether the "and" at toks[k] joins the words of an
// office's object ("Minister of Water Resources and Meteorology"), not
// two speakers.
func inOffice(toks []token, a, k int) bool {
	for j := k - 1; j > 0 && j > a-12; j-- {
		t := &toks[j]
		if t.is("of", "for", "to") && toks[j-1].cap() && (isTitle(toks[j-1].lower) || orgHeads[toks[j-1].lower]) {
			return true
		}
		if t.kind != tWord || !t.cap() && !t.is("of", "for", "to", "and", "the", "under") {
			return false
		}
	}
	return false
}

// trimTime drops a closing phrase of time from the words of a mention:
// "… Bhatnagar on Monday", "… Abernathy on Tuesday evening".
func trimTime(ws []*token) []*token {
	for i := len(ws) - 2; i > 0 && i >= len(ws)-4; i-- {
		if !ws[i].is("on", "in", "at", "last", "this", "early", "late") {
			continue
		}
		all := true
		for _, w := range ws[i+1:] {
			all = all && (timeWords[w.lower] || w.is("morning", "afternoon", "evening", "night", "week", "month", "year"))
		}
		if all {
			return ws[:i]
		}
	}
	return ws
}
