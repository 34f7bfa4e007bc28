package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/resolvers"
)

const text = `"Standards matter," Ada Byron said. "Budgets are tight," Ms. Byron added. "We set standards," the Science Council said.`

// server starts a real HTTP server over a real store holding one article
// written for these tests.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	return serverWith(t, resolvers.HandlerConfig{MaxComplexity: 5000})
}

func serverWith(t *testing.T, cfg resolvers.HandlerConfig) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(t.TempDir(), "q.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	a := quotegraph.Article{Title: "Ministers meet", Outlet: "Daily Planet", Text: text,
		Published: time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC)}
	a.ID = quotegraph.ArticleID("", text)
	ada := quotegraph.Speaker{Name: "Ada Byron", Kind: quotegraph.Person, Aliases: []string{"Byron", "Ms. Byron"}}
	org := quotegraph.Speaker{Name: "Science Council", Kind: quotegraph.Organization}
	mk := func(sp quotegraph.Speaker, sub, topic string) quotegraph.Statement {
		i := strings.Index(text, sub)
		return quotegraph.Statement{Speaker: sp, Cue: "said", Kind: quotegraph.Direct, Text: sub,
			Span: quotegraph.Span{Start: i, End: i + len(sub)}, Topics: []quotegraph.Topic{{Name: topic, Weight: 1}}}
	}
	if _, err := s.Put(ctx, a, []quotegraph.Statement{
		mk(ada, "Standards matter", "standard"), mk(ada, "Budgets are tight", "budget"), mk(org, "We set standards", "standard"),
	}); err != nil {
		t.Fatal(err)
	}
	cfg.Store = s
	srv := httptest.NewServer(resolvers.NewHandler(cfg))
	t.Cleanup(srv.Close)
	return srv
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, srv *httptest.Server, query string) (int, gqlResponse) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, raw)
	}
	return resp.StatusCode, out
}

func TestQueries(t *testing.T) {
	srv := server(t)
	tests := []struct {
		name, query, want string
	}{
		{"statements by alias and topic",
			`{ statements(speaker: "Byron", topic: "standard") { totalCount edges { node { text kind speaker { name } article { title outlet publishedAt } topics { name } } } } }`,
			`{"statements":{"totalCount":1,"edges":[{"node":{"text":"Standards matter","kind":"DIRECT","speaker":{"name":"Ada Byron"},"article":{"title":"Ministers meet","outlet":"Daily Planet","publishedAt":"2020-03-04T00:00:00Z"},"topics":[{"name":"standard"}]}}]}}`},
		{"speaker by alias",
			`{ speaker(name: "Ms. Byron") { name aliases statementCount statements(topic: "budget") { totalCount } } }`,
			`{"speaker":{"name":"Ada Byron","aliases":["Byron","Ms. Byron"],"statementCount":2,"statements":{"totalCount":1}}}`},
		{"unknown speaker is null", `{ speaker(name: "Nobody") { name } }`, `{"speaker":null}`},
		{"speakers", `{ speakers { totalCount edges { node { name kind } } } }`,
			`{"speakers":{"totalCount":2,"edges":[{"node":{"name":"Ada Byron","kind":"PERSON"}},{"node":{"name":"Science Council","kind":"ORGANIZATION"}}]}}`},
		{"topics", `{ topics { edges { node { name statementCount speakerCount } } } }`,
			`{"topics":{"edges":[{"node":{"name":"standard","statementCount":2,"speakerCount":2}},{"node":{"name":"budget","statementCount":1,"speakerCount":1}}]}}`},
		{"paging", `{ statements(first: 1) { totalCount edges { node { text } } pageInfo { hasNextPage } } }`,
			`{"statements":{"totalCount":3,"edges":[{"node":{"text":"Standards matter"}}],"pageInfo":{"hasNextPage":true}}}`},
		{"ask", `{ ask(question: "everything Byron said about standard") { interpretation speaker { name } statements { edges { node { text } } } } }`,
			`{"ask":{"interpretation":"statements by \"Byron\" about \"standard\"","speaker":{"name":"Ada Byron"},"statements":{"edges":[{"node":{"text":"Standards matter"}}]}}}`},
		{"ask who", `{ ask(question: "who talked about standard") { speakers { name } } }`,
			`{"ask":{"speakers":[{"name":"Ada Byron"},{"name":"Science Council"}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, resp := post(t, srv, tt.query)
			if code != http.StatusOK || len(resp.Errors) > 0 {
				t.Fatalf("status %d, errors %+v", code, resp.Errors)
			}
			if string(resp.Data) != tt.want {
				t.Errorf("got  %s\nwant %s", resp.Data, tt.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	srv := server(t)
	tests := []struct {
		name, query, code string
	}{
		{"unreadable question", `{ ask(question: "hello") { interpretation } }`, quotegraph.EINVALID},
		{"unknown speaker in a question", `{ ask(question: "what did Nobody say") { interpretation } }`, quotegraph.ENOTFOUND},
		{"page too large", `{ statements(first: 1000) { totalCount } }`, quotegraph.EINVALID},
		{"bad cursor", `{ statements(after: "nope") { totalCount } }`, quotegraph.EINVALID},
		{"too complex", `{ speakers(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } }`, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"syntax", `{ statements( `, "GRAPHQL_PARSE_FAILED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, resp := post(t, srv, tt.query)
			if len(resp.Errors) == 0 {
				t.Fatalf("no error; data %s", resp.Data)
			}
			if got := resp.Errors[0].Extensions["code"]; got != tt.code {
				t.Errorf("code %v (%q), want %s", got, resp.Errors[0].Message, tt.code)
			}
		})
	}
}

func TestBodyLimitAndHealth(t *testing.T) {
	srv := server(t)
	big := `{"query":"{ statements { totalCount } }","variables":{"x":"` + strings.Repeat("a", 5<<20) + `"}}`
	resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("5 MiB body: status %d, want 413", resp.StatusCode)
	}
	for _, path := range []string{"/healthz", "/"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", path, resp.StatusCode)
		}
	}
}

func TestMetricsAndCORS(t *testing.T) {
	srv := server(t)
	post(t, srv, `{ statements { totalCount } }`)
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `quotegraph_http_request_duration_seconds_count{code="200",route="graphql"} 1`) {
		t.Errorf("metrics lack the GraphQL request:\n%s", body)
	}
	// No origin is allowed unless configured; a configured one is.
	allowed := serverWith(t, resolvers.HandlerConfig{AllowedOrigins: []string{"https://dash.example"}})
	for _, tt := range []struct {
		srv          *httptest.Server
		origin, want string
	}{
		{srv, "https://dash.example", ""},
		{allowed, "https://dash.example", "https://dash.example"},
		{allowed, "https://evil.example", ""},
	} {
		req, _ := http.NewRequest(http.MethodOptions, tt.srv.URL+"/graphql", nil)
		req.Header.Set("Origin", tt.origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.want {
			t.Errorf("origin %s: allowed %q, want %q", tt.origin, got, tt.want)
		}
	}
}
