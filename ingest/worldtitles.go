package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles, honorifics and ranks of English news written around the world:
// the honorific chains of the Gulf and South-East Asia ("His Excellency
// Sheikh", "Datuk Seri", "Tan Sri"), West Africa ("Alhaji", "Chief"),
// police and military ranks and their short forms ("Ch Insp", "Det Sgt",
// "Brig Gen", "Lt Col"), and abbreviated offices ("CS", "TD", "MEP", "PS").
// They are no part of a name: the name is what follows them, and they are
// kept as the speaker's role.

// worldTitles are title words added to titleWords.
var worldTitles = []string{
	// honorifics and styles
	"excellency", "highness", "royal", "majesty", "eminence", "holiness", "honourable", "honorable", "hon",
	"sheikha", "shaikh", "shaykh", "sayyida", "emira", "datuk", "dato", "dato'", "datin", "datuk'", "seri",
	"puan", "encik", "tunku", "tengku", "alhaji", "alhaja", "alhajia", "haji", "hajjah",
	"chief", "oba", "shri", "shrimati", "smt", "smt.", "begum", "madam", "madame", "mme", "baroness", "duchess", "countess", "viscount", "mx", "engr", "engr.", "eng", "eng.", "engineer", "ustaz",
	"pehin", "pengiran", "mufti", "ayatollah", "archbishop", "patriarch", "metropolitan", "monsignor",
	"pandit", "swami", "venerable", "dasho", "lyonpo",
	// ranks of armed forces and police, and their short forms
	"captain", "colonel", "lieutenant", "sergeant", "corporal", "brigadier", "brig",
	"brig.", "commodore", "marshal", "vice-admiral", "sqn", "sqn.", "ldr", "ldr.", "wg", "wg.", "cdr", "cdr.", "cmdr", "cmdr.", "commandant", "cpl", "cpl.",
	"pte", "pte.", "maj", "maj.", "gen", "lt-col", "lt-gen", "maj-gen", "insp", "insp.", "ch", "ch.", "det",
	"det.", "supt", "supt.", "asp", "dsp", "acp", "dcp", "sp", "igp", "constable", "const.", "cst",
	"cst.", "dci", "dcs", "sub-inspector", "asi",
	"superintendent-general", "inspector-general", "chief-of-staff",
	// offices of local government
	"corporator", "sarpanch", "tehsildar", "collector", "magistrate", "mlc", "headman", "kagawad", "supervisor",
	"selectman", "selectwoman", "freeholder", "ombudsman", "warden", "alderwoman", "alderperson",
	"councilmember", "assemblymember", "reeve", "cr", "cr.", "cllr", "cllr.", "mmc", "dce", "mce", "mdce",
	// abbreviated offices
	"cs", "td", "mep", "ps", "mla", "mna", "mpa", "mpp", "msp", "mha", "mk", "mcc", "dg", "cfo", "coo",
	"cto", "cio", "ceo", "gm", "vc", "pro-vc", "dpp", "cj", "pm", "dpm", "mca", "secretary-general", "director-general", "governor-general", "minister-president", "chief-executive", "whip", "teachta",
	"commissioner-general", "deputy-governor",
	// academic and medical
	"chairperson", "tánaiste", "taoiseach", "maître", "maitre", "dr", "prof", "assoc", "assoc.", "asst", "asst.", "emeritus", "lecturer", "researcher", "scientist",
	"surgeon", "physician", "consultant", "registrar", "professor-emeritus",
}

// worldGender are honorifics that tell gender.
var worldGender = map[string]byte{"sheikha": 'f', "datin": 'f', "puan": 'f', "encik": 'm', "alhaja": 'f',
	"alhajia": 'f', "alhaji": 'm', "hajjah": 'f', "haji": 'm', "shrimati": 'f', "smt": 'f', "smt.": 'f',
	"shri": 'm', "begum": 'f', "madam": 'f', "madame": 'f', "baroness": 'f', "baron": 'm', "duke": 'm',
	"duchess": 'f', "countess": 'f', "earl": 'm', "sheikh": 'm', "shaikh": 'm', "emira": 'f', "sayyida": 'f',
	"tengku": 0, "emir": 'm', "widow": 'f', "mother": 'f', "daughter": 'f', "son": 'm', "wife": 'f',
	"husband": 'm', "grandmother": 'f', "grandfather": 'm', "aunt": 'f', "uncle": 'm', "niece": 'f',
	"nephew": 'm', "girl": 'f', "boy": 'm', "woman": 'f', "man": 'm'}

// worldAbbrevs are short forms that take a period ("Eng.", "Brig.", "Insp.").
var worldAbbrevs = []string{"eng", "engr", "brig", "insp", "det", "cpl", "pte", "sqn", "ldr", "wg", "cdr",
	"assoc", "asst", "smt", "const", "cst", "ch"}

// particlesWorld may stand lower-case inside a name ("Lamia bint Faisal",
// "Siti binti Ahmad", "Nguyen van Thieu").
var particlesWorld = []string{"bint", "binti", "bte", "ibni", "bin-", "abu", "abd", "ould", "a/l",
	"a/p", "s/o", "d/o", "del", "della", "dos", "ó", "ní", "nic", "vander", "el-", "ur"}

// patronymics follow a given name that stands for the whole name: "Sheikh
// Rashid" is Rashid bin Omar Al Nuaimi, "Datuk Anwar" Anwar bin Hamzah.
var patronymics = setOf("bin", "bint", "binti", "bte", "ibn", "ibni", "a/l", "a/p", "s/o", "d/o", "ould")

// timeNouns head phrases of time, which never speak: "four days after".
var timeNouns = setOf("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
	"month", "months", "year", "years", "decade", "decades", "moment", "moments", "time", "times", "weekend",
	"morning", "afternoon", "evening", "night", "nights", "fortnight", "century", "centuries", "era", "period")

// irregularPast are past forms that tell a name before them is a subject:
// "Dr Priya Raman spoke at the festival".
var irregularPast = setOf("spoke", "said", "told", "wrote", "met", "went", "came", "made", "took", "gave", "left",
	"led", "ran", "won", "lost", "sat", "stood", "began", "held", "kept", "sent", "became", "saw", "found",
	"knew", "thought", "brought", "built", "sought", "chose", "fled", "rose", "fell", "flew", "grew", "got",
	"taught", "heard", "felt", "paid", "spent", "struck", "wore", "drew", "swore", "underwent", "oversaw",
	"put", "set", "cut", "hit", "let", "shut", "quit", "upset", "read")

func init() {
	for _, w := range worldTitles {
		titleWords[w] = true
	}
	for w, g := range worldGender {
		if _, ok := honorificGender[w]; !ok && g != 0 && titleWords[w] {
			honorificGender[w] = g
		}
	}
	for _, w := range worldAbbrevs {
		abbrevs[w] = true
		titleAbbrev[w+"."] = true
	}
	for _, w := range particlesWorld {
		nameParticles[w] = true
	}
}

// particlesBefore returns how many name particles stand before ws[start]
// after a capitalised word ("Pieter | van der | Berg"), or 0.
func particlesBefore(ws []*token, start int) int {
	k := start - 1
	for k >= 0 && nameParticles[ws[k].lower] && !ws[k].cap() {
		k--
	}
	if k < 0 || k == start-1 || !ws[k].cap() || start-1-k > 3 {
		return 0
	}
	return start - 1 - k
}

// namedBefore reports whether the words before a post-modifier end in a
// person's full name ("Assoc Prof Nadia Rahman" of the University of
// Dhaka), so that the modifier is no office the name completes.
func namedBefore(ws []*token) bool {
	run, st := lastCapRun(ws)
	if len(run) < 2 || st+len(run) != len(ws) || isOrgRun(ws, st) {
		return false
	}
	name, _ := stripTitles(run)
	if len(name) < 2 {
		return false
	}
	for _, w := range run[len(run)-len(name):] {
		if isTitle(w.lower) || orgHeads[w.lower] || places[w.lower] || nationalities[w.lower] || portfolioWords[w.lower] {
			return false
		}
	}
	return true
}

// onlyTime reports whether toks[a:b] holds no name, only the words of a
// time phrase: "Four days", "a few weeks", not "Wells Fargo this month".
func onlyTime(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if t := &toks[k]; t.kind == tWord && t.cap() && !numberWords[t.lower] && !determiners[t.lower] && !timeWords[t.lower] {
			return false
		}
	}
	return true
}

// describedAsBusiness reports whether the words before a name end in a
// lower-case noun for a business or body: "payments operator | Quickpay".
func describedAsBusiness(ws []*token) bool {
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return !last.cap() && (businessHeads[last.lower] || bodyHeads[last.lower] && !genericBodies[last.lower])
}

// particleCap reports whether w is a name with a lower-case particle joined
// by a hyphen: "al-Sharaa", "el-Sisi", "bin-Salman", "ad-Din".
func particleCap(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 3 || i+1 >= len(w) || !hyphenParticles[w[:i]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsUpper(r)
}

var hyphenParticles = setOf("al", "el", "bin", "ad", "ud", "ul", "ar", "as", "ash", "at", "an", "az", "abd", "abu")

// familyFirst returns the one full name of the article whose first word is
// w, when no name ends in it: a family name written first ("Yoon" for Yoon
// Suk Yeol, "Lee" for Lee Hsien Loong, "Ho" for Connie Ho Wai-lam). It returns name when there is none
// or more than one.
func (c *coref) familyFirst(w, name string) string {
	found := ""
	for k, e := range c.full {
		fs := strings.Fields(k)
		if len(fs) >= 3 && fs[0] == w || len(fs) == 3 && fs[1] == w && strings.Contains(fs[2], "-") {
			// "Connie Ho Wai-lam": an English given name before the family name
			if found != "" && found != e.name {
				return name
			}
			found = e.name
		}
	}
	if found == "" {
		return name
	}
	return found
}
