package web

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/export"
)

// Embed limits: how many statements a panel shows.
const (
	EmbedDefaultLimit = 10
	EmbedMaxLimit     = 50
)

var (
	//go:embed embed.html
	embedHTML string
	//go:embed embed.css
	embedCSS string

	embedPage = template.Must(template.New("embed").Parse(embedHTML))
	// embedCSP lets the panel use its own inline stylesheet (by hash) and
	// nothing else: no script, no request to any host, no form.
	embedCSP = func() string {
		sum := sha256.Sum256([]byte(embedCSS))
		return "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
			"'; img-src data:; base-uri 'none'; form-action 'none'"
	}()
)

// Embed returns a handler for a panel of statements that a dashboard can put
// in an iframe:
//
//	mux.Handle("GET /embed/statements", web.Embed(store, log))
//
//	<iframe src="http://localhost:8080/embed/statements?speaker=Zheng%20Zeguang&topic=norms"
//	        width="400" height="600" title="Zheng Zeguang on norms"></iframe>
//
// It takes the filters of the GraphQL statements field as query parameters
// (speaker, topic, outlet, article, kind, since, until, contains, sort; see
// export.FilterFromQuery), and:
//
//	limit  how many statements to show, 1 to 50 (default 10)
//	title  the panel's heading (default: made from the filters)
//	theme  light or dark (default: the reader's system setting)
//
// The page is self-contained: one inline stylesheet, no script, no image, no
// font or anything else fetched (its Content-Security-Policy forbids it), and
// it reads well from 320 px wide. Each statement shows its speaker, text,
// outlet, date and why it matched. No statement found is a clear empty state
// (200); a bad parameter is an error state with the reason (400); a store
// failure an error state without details (500; the details are logged).
// log may be nil.
func Embed(store quotegraph.Store, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		q := r.URL.Query()
		d := embedData{CSS: template.CSS(embedCSS), Title: "Statements"}
		status := http.StatusOK
		d.Theme, d.Title = embedTheme(q), embedTitle(q)
		f, limit, err := embedParams(q)
		if err == nil {
			var c quotegraph.Connection[quotegraph.Statement]
			c, err = store.Statements(r.Context(), f, quotegraph.Page{First: limit})
			if err == nil {
				d.fill(f, c)
			}
		}
		if err != nil {
			status = http.StatusInternalServerError
			d.Error = "The statements could not be loaded. Try again later."
			switch quotegraph.ErrorCode(err) {
			case quotegraph.EINVALID:
				status, d.Error = http.StatusBadRequest, quotegraph.ErrorMessage(err)
			case quotegraph.EUNAVAILABLE:
				status = http.StatusServiceUnavailable
			default:
				log.ErrorContext(r.Context(), "embed: loading statements", "err", err)
			}
		}
		var buf bytes.Buffer
		if err := embedPage.Execute(&buf, d); err != nil {
			log.ErrorContext(r.Context(), "embed: rendering", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", embedCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Length", strconv.Itoa(buf.Len()))
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = w.Write(buf.Bytes())
		}
	})
}

type embedData struct {
	CSS   template.CSS
	Theme string
	Title string
	Count string
	Empty string // what the empty state says
	Error string
	Items []embedItem
}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "sir": true, "madam": true}

type embedItem struct {
	Speaker, Role, Text, Outlet string
	URL                         string // the article's, http(s) only
	Date, Datetime              string
	Reason                      string
}

func embedParams(q url.Values) (quotegraph.StatementFilter, int, error) {
	if err := export.CheckParams(q, "limit", "title", "theme"); err != nil {
		return quotegraph.StatementFilter{}, 0, err
	}
	f, err := export.FilterFromQuery(q)
	if err != nil {
		return f, 0, err
	}
	limit := EmbedDefaultLimit
	if s := strings.TrimSpace(q.Get("limit")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > EmbedMaxLimit {
			return f, 0, quotegraph.Errorf(quotegraph.EINVALID, "limit %q: want a number from 1 to %d", s, EmbedMaxLimit)
		}
		limit = n
	}
	if t := q.Get("theme"); t != "" && t != "light" && t != "dark" {
		return f, 0, quotegraph.Errorf(quotegraph.EINVALID, "theme %q: want light or dark", t)
	}
	return f, limit, nil
}

func embedTheme(q url.Values) string {
	if t := q.Get("theme"); t == "light" || t == "dark" {
		return t
	}
	return ""
}

// embedTitle is the title asked for, or one made from the speaker and topic.
func embedTitle(q url.Values) string {
	if t := strings.TrimSpace(q.Get("title")); t != "" {
		return t
	}
	speaker, topic := strings.TrimSpace(q.Get("speaker")), strings.TrimSpace(q.Get("topic"))
	switch {
	case speaker != "" && topic != "":
		return speaker + " on “" + topic + "”"
	case speaker != "":
		return speaker
	case topic != "":
		return "On “" + topic + "”"
	}
	return "Latest statements"
}

func (d *embedData) fill(f quotegraph.StatementFilter, c quotegraph.Connection[quotegraph.Statement]) {
	if desc := describeFilter(f); desc == "every statement" {
		d.Empty = "No statement is stored yet."
	} else {
		d.Empty = "Nothing stored matches " + desc + ". Try a broader topic, another spelling of the name, or fewer filters."
	}
	switch {
	case c.Total == 1:
		d.Count = "1 statement"
	case len(c.Items) < c.Total:
		d.Count = fmt.Sprintf("%d of %d statements", len(c.Items), c.Total)
	case c.Total > 1:
		d.Count = fmt.Sprintf("%d statements", c.Total)
	}
	if f.Topic != "" && f.Sort != quotegraph.SortDate && c.Total > 1 {
		d.Count += ", closest match first"
	} else if c.Total > 1 {
		d.Count += ", newest first"
	}
	for _, st := range c.Items {
		it := embedItem{Speaker: st.Speaker.Name, Role: st.Role, Text: st.Text, Outlet: "unknown outlet"}
		if honorifics[strings.ToLower(strings.TrimSuffix(it.Role, "."))] {
			it.Role = "" // "Mr." is how the article named them, not a role
		}
		if a := st.Article; a != nil {
			if a.Outlet != "" {
				it.Outlet = a.Outlet
			}
			if !a.Published.IsZero() {
				it.Date = a.Published.UTC().Format("2 Jan 2006")
				it.Datetime = a.Published.UTC().Format(time.RFC3339)
			}
			if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				it.URL = u.String()
			}
		}
		it.Reason = reason(f, st.Match)
		d.Items = append(d.Items, it)
	}
}

// reason says why a statement is in the panel: the topic it matched and how.
func reason(f quotegraph.StatementFilter, m *quotegraph.TopicMatch) string {
	if f.Topic == "" || m == nil {
		return "" // the heading says what every statement matched
	}
	var s string
	switch m.MatchedBy {
	case quotegraph.MatchExact:
		s = fmt.Sprintf("about “%s”", m.Topic)
	case quotegraph.MatchSynonym:
		s = fmt.Sprintf("about “%s”, a synonym of “%s”", m.Topic, f.Topic)
	case quotegraph.MatchBroader:
		s = fmt.Sprintf("about “%s”, a broader term for “%s”", m.Topic, f.Topic)
	case quotegraph.MatchNarrower:
		s = fmt.Sprintf("about “%s”, a kind of “%s”", m.Topic, f.Topic)
	default:
		s = fmt.Sprintf("about “%s”, related to “%s”", m.Topic, f.Topic)
	}
	if m.Via != "" && m.Via != m.Topic {
		s += " (" + m.Via + ")"
	}
	return s
}

// describeFilter puts a filter in words: `speaker “Zheng” and topic “norms”`.
func describeFilter(f quotegraph.StatementFilter) string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+" “"+v+"”")
		}
	}
	add("speaker", f.Speaker)
	add("topic", f.Topic)
	add("outlet", f.Outlet)
	add("article", f.ArticleID)
	add("kind", string(f.Kind))
	add("text containing", f.Contains)
	if !f.Since.IsZero() {
		parts = append(parts, "published since "+f.Since.UTC().Format("2 Jan 2006"))
	}
	if !f.Until.IsZero() {
		parts = append(parts, "published before "+f.Until.UTC().Format("2 Jan 2006"))
	}
	switch len(parts) {
	case 0:
		return "every statement"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
