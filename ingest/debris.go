package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Page debris: the parts of a saved web page that are not the article.
// They are recognised by what web pages have in common, not by the words of
// any one site: short lines made of interface words, breadcrumbs, copyright
// and licence footers, credits, separators and bracketed media notes.

// uiWords are the words of page furniture: share buttons, font controls,
// navigation, advertising and recommendation boxes.
var uiWords = setOf("advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "promoted",
	"share", "shares", "sharing", "print", "printed", "printer", "friendly", "mail", "email", "e-mail", "tweet",
	"facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "google", "comment", "comments",
	"large", "medium", "small", "font", "size", "text", "save", "subscribe", "newsletter", "related",
	"latest", "headlines", "headline", "news", "stories", "story", "editor's", "editors", "picks", "pick",
	"most", "popular", "read", "viewed", "shared", "more", "also", "see", "top", "recommended", "trending",
	"video", "videos", "photo", "photos", "gallery", "slideshow", "close", "menu", "home", "login", "log",
	"sign", "in", "up", "next", "previous", "prev", "back", "to", "skip", "content", "follow", "us", "on",
	"from", "the", "web", "you", "may", "like", "article", "articles", "continue", "reading", "below",
	"above", "click", "here", "tags", "topics", "page", "of", "and", "a", "by", "this", "copy", "link", "url",
	"permalink", "view", "comments", "report", "an", "error", "feedback", "print-friendly", "version", "rss",
	"feed", "feeds", "search", "go", "download", "app", "apps", "watch", "listen", "audio", "now", "live",
	"updates", "update", "breaking", "hide", "show", "caption", "captions", "expand", "collapse", "options",
	"all", "world", "special", "coverage", "opinion", "opinions", "focus", "hot", "today", "week", "recent",
	"posts", "post", "home/", "contact", "about", "privacy", "policy", "terms", "cookies", "cookie", "accept",
	"for", "our", "your", "free", "get", "daily", "alerts", "register", "manage", "preferences", "reject")

var (
	reCopyright = regexp.MustCompile(`(?i)copyright|©|\(c\) \d{4}|all rights reserved`)
	reCredit    = regexp.MustCompile(`(?i)^(?:\(?(?:additional )?(?:reporting|writing|editing|research|compiled|translated|edited)(?: and [a-z]+)? by\b|(?:photo|image|picture|video|graphic)s?(?: credit)?\s*:|follow (?:\S+ ){0,4}on (?:twitter|facebook|instagram)|(?:e-?mail|contact|tel|fax)\s*:|(?:tags|topics|keywords|related|read more|see also|also read|read also|share this)\s*:)`)
	reContrib   = regexp.MustCompile(`(?i)^(.{2,80}?)\s+(?:also\s+)?(?:contributed|assisted)\s+(?:reporting\s+)?(?:to|for|with)\s+(?:this|the)\s+(?:story|report|article)`)
	reCrumbs    = regexp.MustCompile(`^[^.!?"“”]{1,120}?(?:\s[/>»|›]\s[^.!?"“”/>»|›]{1,40}){2,}$`)
)

// isDebris reports whether a line is page furniture rather than article text.
func isDebris(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" {
		return true
	}
	if isBracketed(l) || len(l) < 120 && reCredit.MatchString(l) || isContrib(l) || isConsent(l) {
		return true
	}
	if len(l) > 240 {
		return false // a paragraph of prose
	}
	if isSeparator(l) || isURL(l) || strings.ContainsAny(l, "/>»|›") && reCrumbs.MatchString(l) {
		return true
	}
	words := strings.Fields(l)
	if len(words) <= 8 && longDigits(l) && !hasSentenceEnd(l) {
		return true // "Registration Number: 130349"
	}
	if len(words) <= 12 && !hasSentenceEnd(l) && uiShare(words) >= 0.75 {
		return true
	}
	return false
}

// isSeparator reports whether l is a rule of dashes, stars or dots.
func isSeparator(l string) bool {
	return strings.Trim(l, " \t_-*=~#•·.") == ""
}

// isURL reports whether l is a bare web or mail address.
func isURL(l string) bool {
	if strings.ContainsAny(l, " \t") {
		return false
	}
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") ||
		strings.Contains(l, "@") && strings.Contains(l[strings.Index(l, "@"):], ".")
}

// longDigits reports whether l holds a run of five digits or more.
func longDigits(l string) bool {
	run := 0
	for i := 0; i < len(l); i++ {
		if isDigitByte(l[i]) {
			run++
			if run >= 5 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// isContrib reports whether l is a contributor line: "X contributed to
// this story."
func isContrib(l string) bool {
	if len(l) > 300 || !strings.Contains(l, "contributed") && !strings.Contains(l, "assisted") {
		return false
	}
	return reContrib.MatchString(l)
}

// isFooter reports whether a line starts the page footer (copyright and
// licence notices), after which nothing belongs to the article.
func isFooter(line string) bool {
	l := strings.TrimSpace(line)
	low := strings.ToLower(l)
	if !strings.Contains(low, "copyright") && !strings.Contains(l, "©") && !strings.Contains(low, "rights reserved") && !strings.Contains(low, "(c) ") {
		return false
	}
	if !reCopyright.MatchString(l) {
		return false
	}
	// a sentence of the article may mention copyright; a notice is short or
	// says "rights reserved"
	return len(strings.Fields(l)) <= 12 || strings.Contains(strings.ToLower(l), "rights reserved")
}

// uiShare is the share of words that are interface words, numbers or not in
// the Latin script.
func uiShare(words []string) float64 {
	n := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "|·•:,;()[]<>»«-–—/\\!"))
		if lw == "" || uiWords[lw] || !hasLatin(lw) {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func hasLatin(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	return false
}

// hasSentenceEnd reports whether the line ends like a sentence or a quotation.
func hasSentenceEnd(l string) bool {
	l = strings.TrimRight(l, " \t")
	if l == "" {
		return false
	}
	return strings.ContainsAny(l[len(l)-1:], ".?!\"'") || strings.HasSuffix(l, "”") || strings.HasSuffix(l, "’")
}

// isBracketed reports whether the line is a bracketed note: "[Video: …]",
// "(Photo: …)".
func isBracketed(l string) bool {
	if len(l) < 2 {
		return false
	}
	return (l[0] == '[' && l[len(l)-1] == ']') || (l[0] == '(' && l[len(l)-1] == ')' && !strings.Contains(l[1:len(l)-1], "("))
}

// isSectionLabel reports whether a line is a bare label such as "ABSTRACT."
// or "FULL TEXT:" that heads a part of the page.
func isSectionLabel(l string) bool {
	l = strings.TrimRight(strings.TrimSpace(l), ".:")
	words := strings.Fields(l)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	return strings.ToUpper(l) == l && hasLatin(strings.ToLower(l))
}

// reConsent is a site's notice about cookies and consent to them.
var reConsent = regexp.MustCompile(`(?i)\bcookies?\b.{0,200}\b(?:accept|agree|consent|continuing|continue to|preferences|policy|settings|improve your|experience)\b|\b(?:we|this site|our site|this website) uses? cookies\b`)

// isConsent reports whether l is a cookie or consent notice: short, and
// speaking of cookies together with accepting them or the site's policy.
func isConsent(l string) bool {
	return len(l) < 400 && strings.Contains(strings.ToLower(l), "cookie") && reConsent.MatchString(l)
}
