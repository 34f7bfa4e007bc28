package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Article metadata as news pages print it: date lines ("Updated: 2015-09-18
// 07:40", "Posted On: Sep. 17, 2015"), bylines ("By Chen Weihua in
// Washington | China Daily") and datelines ("BEIJING, May 30 (UPI) --").

const monthPat = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`

var (
	reISODate  = regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?`)
	reMDYDate  = regexp.MustCompile(`\b(` + monthPat + `)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:,? (?:at )?(\d{1,2}):(\d{2}) ?([AaPp]\.?[Mm]\.?)?)?`)
	reDMYDate  = regexp.MustCompile(`\b(\d{1,2}) (` + monthPat + `)\.?,? (\d{4})`)
	reSlash    = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reDateLbl  = regexp.MustCompile(`(?i)^\s*(?:(?:last )?updated|posted(?: on)?|published(?: on)?|date|first published|created|modified)\s*(?:on|at)?\s*:?\s*`)
	reByline   = regexp.MustCompile(`(?i)^\s*(?:by|written by|posted by|from)\s+(\S.*)$`)
	reDateline = regexp.MustCompile(`^((?:[A-Z][A-Za-z.'\-]*[A-Z.](?:\s+[A-Z][A-Za-z.'\-]*)*)|\([A-Za-z][A-Za-z .&]{0,30}\))(?:,\s*([A-Z][A-Za-z.' ]{1,30}?))?(?:,\s*(` + monthPat + `\.? \d{1,2}))?\s*(?:\(([A-Za-z][A-Za-z .&]{0,30})\))?\s*(?:--|—|–|―|-|:)\s*`)
)

// parseDate finds the first date in s. ok is false when there is none.
func parseDate(s string) (time.Time, bool) {
	if m := reISODate.FindStringSubmatch(s); m != nil {
		return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]), m[4], m[5], ""), true
	}
	if m := reMDYDate.FindStringSubmatch(s); m != nil {
		return mkDate(atoi(m[3]), monthNum(m[1]), atoi(m[2]), m[4], m[5], m[6]), true
	}
	if m := reDMYDate.FindStringSubmatch(s); m != nil {
		return mkDate(atoi(m[3]), monthNum(m[2]), atoi(m[1]), "", "", ""), true
	}
	if m := reSlash.FindStringSubmatch(s); m != nil {
		return mkDate(atoi(m[3]), atoi(m[1]), atoi(m[2]), "", "", ""), true
	}
	return time.Time{}, false
}

func mkDate(y, mo, d int, hh, mm, ampm string) time.Time {
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return time.Time{}
	}
	h, mi := atoi(hh), atoi(mm)
	if p := strings.ToLower(strings.ReplaceAll(ampm, ".", "")); p == "pm" && h < 12 {
		h += 12
	} else if p == "am" && h == 12 {
		h = 0
	}
	if h > 23 || mi > 59 {
		h, mi = 0, 0
	}
	return time.Date(y, time.Month(mo), d, h, mi, 0, 0, time.UTC)
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func monthNum(s string) int {
	s = strings.ToLower(s)
	if len(s) > 3 {
		s = s[:3]
	}
	i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", s)
	if i < 0 {
		return 0
	}
	return i/3 + 1
}

// headerInfo is what the lines above the body said about the article.
type headerInfo struct {
	outlet    string
	authors   []string
	published time.Time
	dateline  string
}

// metaLine reads a header line that is a date line or a byline (or several
// such fields joined by "|"). It reports whether the line was one.
func (h *headerInfo) metaLine(line string) bool {
	segs := strings.Split(line, "|")
	byline := reByline.MatchString(segs[0])
	if !byline && !reDateLbl.MatchString(segs[0]) && !isBareDate(segs[0]) {
		return false
	}
	for _, seg := range segs {
		seg = strings.TrimSpace(seg)
		switch {
		case reByline.MatchString(seg):
			h.byline(reByline.FindStringSubmatch(seg)[1])
		case reDateLbl.MatchString(seg) || isBareDate(seg):
			if t, ok := parseDate(seg); ok && h.published.IsZero() {
				h.published = t
			}
		case looksLikeName(seg) && h.outlet == "":
			h.outlet = seg
		}
	}
	return true
}

// isBareDate reports whether s is little more than a date.
func isBareDate(s string) bool {
	if len(s) > 80 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	t, ok := parseDate(s)
	return ok && !t.IsZero() && len(strings.Fields(s)) <= 7 && !hasSentenceEnd(s)
}

var reAuthorSep = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)

// byline reads "Wang Xu(China Daily)", "Chen Weihua in Washington", "Jane
// Doe and John Roe, Reuters".
func (h *headerInfo) byline(s string) {
	if i := strings.Index(s, "("); i >= 0 {
		if j := strings.Index(s[i:], ")"); j > 0 && h.outlet == "" {
			h.outlet = strings.TrimSpace(s[i+1 : i+j])
		}
		s = s[:i]
	}
	for _, sep := range []string{" in ", " — ", " - ", " for "} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	for _, a := range reAuthorSep.Split(s, -1) {
		a = strings.TrimSpace(a)
		if looksLikeName(a) && !isOutletWord(a) {
			h.authors = append(h.authors, a)
		} else if looksLikeName(a) && h.outlet == "" {
			h.outlet = a
		}
	}
}

// looksLikeName reports whether s is a short run of capitalised words.
func looksLikeName(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	for _, x := range w {
		if x[0] < 'A' || x[0] > 'Z' {
			if !nameParticles[x] {
				return false
			}
		}
	}
	return true
}

func isOutletWord(s string) bool {
	w := strings.Fields(s)
	return orgHeads[strings.ToLower(w[len(w)-1])] || wireServices[strings.ToLower(s)] || len(w) == 1 && strings.ToUpper(s) == s
}

// dateline strips a dateline ("BEIJING, May 30 (UPI) --", "(Reuters) —",
// "WASHINGTON ―") from the start of the first body paragraph and returns
// how many bytes it took.
func (h *headerInfo) datelineAt(p string) int {
	m := reDateline.FindStringSubmatchIndex(p)
	if m == nil {
		return 0
	}
	place := p[m[2]:m[3]]
	if strings.HasPrefix(place, "(") {
		if h.outlet == "" {
			h.outlet = strings.Trim(place, "() ")
		}
	} else {
		if strings.ToUpper(place) != place || len(place) < 3 {
			return 0 // not an all-caps place name
		}
		h.dateline = place
		if m[4] >= 0 {
			h.dateline += ", " + p[m[4]:m[5]]
		}
	}
	// a month and day without a year ("May 30") is not a publication date
	if m[8] >= 0 && h.outlet == "" {
		h.outlet = p[m[8]:m[9]]
	}
	return m[1]
}
