package ingest

import "strings"

// Party and state tags after a US politician's name: "Rep. Kent Mabry
// (R-Ohio)", "Sen. Ana Ruiz, D-N.M.,", "Warren Keel, R-Prescott". They say
// the party and the state or home town, which later descriptions use ("the
// Ohio Republican", "the New Mexico Democrat").

var partyLetters = map[byte]string{'R': "Republican", 'D': "Democrat", 'I': "Independent"}

// stateAbbrevs are the AP and postal abbreviations of US states.
var stateAbbrevs = map[string]string{
	"ala": "Alabama", "al": "Alabama", "alaska": "Alaska", "ak": "Alaska", "ariz": "Arizona", "az": "Arizona",
	"ark": "Arkansas", "ar": "Arkansas", "calif": "California", "ca": "California", "colo": "Colorado",
	"co": "Colorado", "conn": "Connecticut", "ct": "Connecticut", "del": "Delaware", "de": "Delaware",
	"fla": "Florida", "fl": "Florida", "ga": "Georgia", "hawaii": "Hawaii", "hi": "Hawaii", "idaho": "Idaho",
	"id": "Idaho", "ill": "Illinois", "il": "Illinois", "ind": "Indiana", "in": "Indiana", "iowa": "Iowa",
	"ia": "Iowa", "kan": "Kansas", "ks": "Kansas", "ky": "Kentucky", "la": "Louisiana", "maine": "Maine",
	"me": "Maine", "md": "Maryland", "mass": "Massachusetts", "ma": "Massachusetts", "mich": "Michigan",
	"mi": "Michigan", "minn": "Minnesota", "mn": "Minnesota", "miss": "Mississippi", "ms": "Mississippi",
	"mo": "Missouri", "mont": "Montana", "mt": "Montana", "neb": "Nebraska", "ne": "Nebraska", "nev": "Nevada",
	"nv": "Nevada", "n.h": "New Hampshire", "nh": "New Hampshire", "n.j": "New Jersey", "nj": "New Jersey",
	"n.m": "New Mexico", "nm": "New Mexico", "n.y": "New York", "ny": "New York", "n.c": "North Carolina",
	"nc": "North Carolina", "n.d": "North Dakota", "nd": "North Dakota", "ohio": "Ohio", "oh": "Ohio",
	"okla": "Oklahoma", "ok": "Oklahoma", "ore": "Oregon", "or": "Oregon", "pa": "Pennsylvania",
	"r.i": "Rhode Island", "ri": "Rhode Island", "s.c": "South Carolina", "sc": "South Carolina",
	"s.d": "South Dakota", "sd": "South Dakota", "tenn": "Tennessee", "tn": "Tennessee", "texas": "Texas",
	"tx": "Texas", "utah": "Utah", "ut": "Utah", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
	"wa": "Washington", "w.va": "West Virginia", "wv": "West Virginia", "wis": "Wisconsin", "wi": "Wisconsin",
	"wyo": "Wyoming", "wy": "Wyoming", "d.c": "District of Columbia", "dc": "District of Columbia",
}

// partyTag reads a tag such as "R-Ohio", "D-N.M." or "R-Prescott" into a
// description: "Republican of Ohio", "Democrat of New Mexico".
func partyTag(w string) (string, bool) {
	if len(w) < 3 || w[1] != '-' {
		return "", false
	}
	party, ok := partyLetters[w[0]]
	if !ok {
		return "", false
	}
	place := strings.TrimSuffix(w[2:], ".")
	if place == "" || place[0] < 'A' || place[0] > 'Z' {
		return "", false
	}
	if s, ok := stateAbbrevs[strings.ToLower(place)]; ok {
		place = s
	}
	return party + " of " + place, true
}

// partyTagAfter returns the description of a party tag right after a name
// ending at toks[j] — "(R-Ohio)" or ", R-Ohio," — or "".
func partyTagAfter(toks []token, j int) string {
	if j+1 >= len(toks) || !(toks[j].text == "(" || toks[j].text == ",") {
		return ""
	}
	d, ok := partyTag(toks[j+1].text)
	if !ok {
		return ""
	}
	return d
}
