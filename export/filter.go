package export

import (
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/quotegraph/quotegraph"
)

// FilterParams are the query parameters FilterFromQuery reads: the filters of
// the GraphQL statements field.
var FilterParams = []string{"speaker", "topic", "outlet", "article", "kind", "since", "until", "contains", "sort"}

// FilterFromQuery reads a statement filter from URL query parameters named as
// the arguments of the GraphQL statements field:
//
//	speaker   canonical name or any alias
//	topic     a concept ("norms" also finds standards)
//	outlet    "Reuters"
//	article   an article ID
//	kind      direct, indirect or mixed (any case)
//	since     published at or after: RFC 3339 or YYYY-MM-DD (midnight UTC)
//	until     published before: RFC 3339 or YYYY-MM-DD (midnight UTC)
//	contains  case-insensitive words the text contains
//	sort      relevance (closest topic match first, then newest; the
//	          default) or date (newest first), any case
//
// Empty values do not filter; other parameters are ignored (see
// CheckParams). A bad value, a parameter given twice or an until not after
// since is a *quotegraph.Error with code EINVALID and a message meant for the
// user.
func FilterFromQuery(q url.Values) (quotegraph.StatementFilter, error) {
	var f quotegraph.StatementFilter
	get := func(name string) (string, error) {
		vs := q[name]
		if len(vs) > 1 {
			return "", quotegraph.Errorf(quotegraph.EINVALID, "%s is given %d times; give it once", name, len(vs))
		}
		if len(vs) == 0 {
			return "", nil
		}
		return strings.TrimSpace(vs[0]), nil
	}
	var err error
	for _, p := range []struct {
		name string
		dst  *string
	}{
		{"speaker", &f.Speaker}, {"topic", &f.Topic}, {"outlet", &f.Outlet},
		{"article", &f.ArticleID}, {"contains", &f.Contains},
	} {
		if *p.dst, err = get(p.name); err != nil {
			return f, err
		}
	}
	kind, err := get("kind")
	if err != nil {
		return f, err
	}
	if kind != "" {
		f.Kind = quotegraph.Kind(strings.ToLower(kind))
		if !f.Kind.Valid() {
			return f, quotegraph.Errorf(quotegraph.EINVALID, "kind %q: want direct, indirect or mixed", kind)
		}
	}
	sort, err := get("sort")
	if err != nil {
		return f, err
	}
	switch s := quotegraph.Sort(strings.ToLower(sort)); s {
	case "":
	case quotegraph.SortRelevance, quotegraph.SortDate:
		f.Sort = s
	default:
		return f, quotegraph.Errorf(quotegraph.EINVALID, "sort %q: want relevance or date", sort)
	}
	if f.Since, err = getTime(get, "since"); err != nil {
		return f, err
	}
	if f.Until, err = getTime(get, "until"); err != nil {
		return f, err
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Until.After(f.Since) {
		return f, quotegraph.Errorf(quotegraph.EINVALID,
			"until (%s) must be after since (%s): until is exclusive, since inclusive",
			f.Until.Format(time.RFC3339), f.Since.Format(time.RFC3339))
	}
	return f, nil
}

func getTime(get func(string) (string, error), name string) (time.Time, error) {
	s, err := get(name)
	if err != nil || s == "" {
		return time.Time{}, err
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, quotegraph.Errorf(quotegraph.EINVALID,
		"%s %q: want a date (2015-09-17) or an RFC 3339 time (2015-09-17T08:00:00Z)", name, s)
}

// CheckParams returns an EINVALID error naming the first parameter of q that
// is neither a filter nor one of extra, so that a misspelt filter
// ("speker=") is reported rather than silently ignored.
func CheckParams(q url.Values, extra ...string) error {
	known := map[string]bool{}
	for _, p := range append(append([]string{}, FilterParams...), extra...) {
		known[p] = true
	}
	var unknown []string
	for name := range q {
		if !known[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	valid := append(append([]string{}, FilterParams...), extra...)
	return quotegraph.Errorf(quotegraph.EINVALID, "unknown parameter %q (known: %s)", unknown[0], strings.Join(valid, ", "))
}
