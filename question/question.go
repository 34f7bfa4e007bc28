// Package question reads questions asked in plain words — "everything Zheng
// Zeguang said about norms", "who talked about hacking", "what did Obama say
// in 2013" — into a statement filter, and says how it read them.
//
// It reads English, not a list of sentences: a question is a frame (who…,
// what did X…, X's comments on…, quotes by X about…, X on…) built from
// general words — verbs of saying, prepositions that introduce a subject
// matter, nouns for what people say — with a time phrase ("in 2013", "since
// 2015", "between 2013 and 2015") anywhere at its end. No name and no topic
// is known in advance.
package question

import (
	"fmt"
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
	"Carney's comments on cybersecurity",
	"did Hagel mention norms",
}

// Parse reads a question. One it cannot read is an EINVALID error with
// examples of questions it can.
func Parse(s string) (Question, error) {
	text := normalise(s)
	if text == "" {
		return Question{}, invalid(s)
	}
	var q Question
	text = q.takeTime(text)
	for _, f := range frames {
		m := f.re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		r := q
		r.Who = f.who
		for i, name := range f.re.SubexpNames() {
			switch {
			case strings.HasPrefix(name, "sp") && m[i] != "":
				r.Speaker = m[i]
			case strings.HasPrefix(name, "tp") && m[i] != "":
				r.Topic = m[i]
			}
		}
		r.Speaker = cleanName(r.Speaker)
		r.Topic = cleanTopic(r.Topic)
		if generic(r.Speaker) {
			r.Speaker = ""
		}
		if r.Speaker == "" && r.Topic == "" && (r.Who || r.Since.IsZero() && r.Until.IsZero()) {
			continue
		}
		if f.needSpeaker && r.Speaker == "" {
			continue
		}
		return r, nil
	}
	return Question{}, invalid(s)
}

// normalise joins spaces, straightens quotation marks and apostrophes and
// drops closing punctuation and a polite "please".
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, `"'`)
	s = strings.TrimRight(s, "?.! ")
	s = strings.Trim(s, `"'`)
	s = strings.TrimSuffix(strings.TrimSuffix(s, " please"), ",")
	for _, p := range []string{"please ", "Please "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}

// takeTime reads the last time phrase of text into q and returns the
// rest: "in 2013", "during 2013", "since 2015", "after 2014", "before 2016",
// "until 2016", "between 2013 and 2015", "from 2013 to 2015", "in May 2013".
func (q *Question) takeTime(text string) string {
	all := reTime.FindAllStringSubmatchIndex(text, -1)
	if all == nil {
		return text
	}
	m := all[len(all)-1]
	get := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	prep, month, year, year2 := strings.ToLower(get(1)), get(2), get(3), get(4)
	y, _ := strconv.Atoi(year)
	start, end := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	if month != "" {
		if t, err := time.Parse("January 2006", capital(month)+" "+year); err == nil {
			start, end = t, t.AddDate(0, 1, 0)
		} else if t, err := time.Parse("Jan 2006", capital(month)[:3]+" "+year); err == nil {
			start, end = t, t.AddDate(0, 1, 0)
		}
	}
	switch prep {
	case "in", "during", "of":
		q.Since, q.Until = start, end
	case "since", "after", "from":
		q.Since = start
		if prep == "after" {
			q.Since = end
		}
	case "before", "until", "till", "prior to":
		q.Until = start
		if prep == "until" || prep == "till" {
			q.Until = end
		}
	case "between":
		q.Since = start
	}
	if year2 != "" {
		y2, _ := strconv.Atoi(year2)
		q.Since, q.Until = start, time.Date(y2+1, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return strings.Trim(strings.TrimSpace(text[:m[0]]+text[m[1]:]), ", ")
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
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
