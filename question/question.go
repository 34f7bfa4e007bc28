// Package question reads questions asked in plain words — "everything Zheng
// Zeguang said about norms", "who talked about hacking", "what did Obama say
// in 2013" — into a statement filter, and says how it read them.
package question

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/quotegraph/quotegraph"
)

// Question is a question as read.
type Question struct {
	Speaker string    // who, when the question names someone
	Topic   string    // about what
	Since   time.Time // published at or after
	Until   time.Time // published before
	Who     bool      // "who said …": the answer is the speakers
}

// Filter is the statement filter that answers the question.
func (q Question) Filter() quotegraph.StatementFilter {
	return quotegraph.StatementFilter{Speaker: q.Speaker, Topic: q.Topic, Since: q.Since, Until: q.Until}
}

// String says how the question was read, in words.
func (q Question) String() string {
	var b strings.Builder
	if q.Who {
		b.WriteString("speakers")
	} else {
		b.WriteString("statements")
	}
	if q.Speaker != "" {
		fmt.Fprintf(&b, " by %q", q.Speaker)
	}
	if q.Topic != "" {
		fmt.Fprintf(&b, " about %q", q.Topic)
	}
	if !q.Since.IsZero() {
		fmt.Fprintf(&b, " since %s", q.Since.Format("2006-01-02"))
	}
	if !q.Until.IsZero() {
		fmt.Fprintf(&b, " before %s", q.Until.Format("2006-01-02"))
	}
	return b.String()
}

// Examples are questions Parse reads, for help and error messages.
var Examples = []string{
	"everything Zheng Zeguang said about norms",
	"what did Obama say about hacking",
	"Hong Lei on cybersecurity",
	"who talked about norms",
	"what did Carney say",
	"quotes about standards since 2015",
	"what did Zheng say in 2013",
}

var (
	reYear     = regexp.MustCompile(`(?i)\s+(in|during|since|after|before|until)\s+((?:19|20)\d\d)\s*$`)
	reWho      = regexp.MustCompile(`(?i)^who\s+(?:has\s+|have\s+)?(?:said|says|say|talked|talks|spoke|speaks|commented|comments|mentioned)\s+(?:anything\s+|something\s+)?(?:about|on|of|regarding)\s+(.+)$`)
	reAbout    = regexp.MustCompile(`(?i)^(?:(?:show\s+me|give\s+me|list|find)\s+)?(?:all\s+|everything\s+|anything\s+|every\s+thing\s+|what\s+)?(?:(?:did|does|has|have)\s+)?(.+?)\s+(?:has\s+|have\s+|had\s+)?(?:said|say|says|told|stated|thinks|think)\s+(?:anything\s+)?(?:about|on|regarding|concerning)\s+(.+)$`)
	reSaid     = regexp.MustCompile(`(?i)^(?:(?:show\s+me|give\s+me|list|find)\s+)?(?:all\s+|everything\s+|anything\s+|what\s+)?(?:(?:did|does|has|have)\s+)?(.+?)\s+(?:has\s+|have\s+|had\s+)?(?:said|say|says)$`)
	reQuotes   = regexp.MustCompile(`(?i)^(?:all\s+|any\s+)?(?:quotes|statements|quotations|remarks|comments)(?:\s+(?:by|from)\s+(.+?))?(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$`)
	reOn       = regexp.MustCompile(`^(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)\s+on\s+(.+)$`)
	reQuestion = regexp.MustCompile(`[?.!\s]+$`)
)

// Parse reads a question. One it cannot read is an EINVALID error with
// examples of questions it can.
func Parse(s string) (Question, error) {
	var q Question
	text := strings.TrimSpace(reQuestion.ReplaceAllString(strings.Join(strings.Fields(s), " "), ""))
	if text == "" {
		return q, invalid(s)
	}
	if m := reYear.FindStringSubmatch(text); m != nil {
		year, _ := strconv.Atoi(m[2])
		start := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		switch strings.ToLower(m[1]) {
		case "in", "during":
			q.Since, q.Until = start, start.AddDate(1, 0, 0)
		case "since", "after":
			q.Since = start
		case "before", "until":
			q.Until = start
		}
		text = strings.TrimSpace(text[:len(text)-len(m[0])])
	}
	switch {
	case reWho.MatchString(text):
		m := reWho.FindStringSubmatch(text)
		q.Who, q.Topic = true, m[1]
	case reQuotes.MatchString(text):
		m := reQuotes.FindStringSubmatch(text)
		q.Speaker, q.Topic = m[1], m[2]
	case reAbout.MatchString(text):
		m := reAbout.FindStringSubmatch(text)
		q.Speaker, q.Topic = m[1], m[2]
	case reSaid.MatchString(text):
		q.Speaker = reSaid.FindStringSubmatch(text)[1]
	case reOn.MatchString(text):
		m := reOn.FindStringSubmatch(text)
		q.Speaker, q.Topic = m[1], m[2]
	default:
		return Question{}, invalid(s)
	}
	q.Speaker = cleanName(q.Speaker)
	q.Topic = cleanTopic(q.Topic)
	if q.Speaker == "" && q.Topic == "" && q.Since.IsZero() && q.Until.IsZero() {
		return Question{}, invalid(s)
	}
	return q, nil
}

func invalid(s string) error {
	return quotegraph.Errorf(quotegraph.EINVALID, "cannot read the question %q; ask like: %s", s,
		strings.Join(quoteAll(Examples), ", "))
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// cleanName drops what is not part of a name: "has", a possessive.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"did ", "does ", "has ", "have "} {
		if strings.HasPrefix(strings.ToLower(s), w) {
			s = s[len(w):]
		}
	}
	return strings.TrimSpace(s)
}

// cleanTopic drops articles and quotes around the topic.
func cleanTopic(s string) string {
	s = strings.Trim(strings.TrimSpace(s), `"'“”‘’`)
	for _, w := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(strings.ToLower(s), w) {
			s = s[len(w):]
		}
	}
	return strings.TrimSpace(s)
}
