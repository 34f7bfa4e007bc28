package resolvers_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/resolvers"
)

// sampleServer serves the sample articles through the real pipeline and store.
func sampleServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	s, _, err := samples.Open(ctx, filepath.Join(t.TempDir(), "q.db"), "../testdata/articles", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{Store: s}))
	t.Cleanup(srv.Close)
	return srv
}

func TestTopicViews(t *testing.T) {
	srv := sampleServer(t)
	resp := gql(t, srv, "", `{ topic(name: "norms") { name statementCount speakers { speaker { name } count }
		reaches { topic matchedBy via } related { name } statements(speaker: "Zheng", first: 5) { totalCount } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	var out struct {
		Topic struct {
			Name           string
			StatementCount int
			Speakers       []struct {
				Speaker struct{ Name string }
				Count   int
			}
			Reaches    []struct{ Topic, MatchedBy, Via string }
			Related    []struct{ Name string }
			Statements struct{ TotalCount int }
		}
	}
	json.Unmarshal(resp.Data, &out)
	tp := out.Topic
	names := map[string]bool{}
	for _, sp := range tp.Speakers {
		names[sp.Speaker.Name] = true
	}
	for _, want := range []string{"Jay Carney", "Barack Obama", "Chuck Hagel", "Shen Dingli", "Zheng Zeguang"} {
		if !names[want] {
			t.Errorf("who talks about norms lacks %s: %v", want, names)
		}
	}
	reachesStandard := false
	for _, r := range tp.Reaches {
		reachesStandard = reachesStandard || (r.Topic == "standard" && r.MatchedBy != "EXACT" && r.Via != "")
	}
	if tp.Name != "norm" || !reachesStandard || tp.Statements.TotalCount != 2 || len(tp.Related) == 0 {
		t.Errorf("topic(norms) = %s", resp.Data)
	}
	if resp := gql(t, srv, "", `{ topic(name: "zorblax") { name } }`, nil); string(resp.Data) != `{"topic":null}` {
		t.Errorf("unknown topic: %s %v", resp.Data, resp.Errors)
	}
	sp := gql(t, srv, "", `{ speaker(name: "Mr. Zheng") { name topics(first: 3) { totalCount edges { node { name statementCount } } } } }`, nil)
	var spOut struct {
		Speaker struct {
			Name   string
			Topics struct {
				TotalCount int
				Edges      []struct{ Node struct{ Name string } }
			}
		}
	}
	json.Unmarshal(sp.Data, &spOut)
	if spOut.Speaker.Name != "Zheng Zeguang" || spOut.Speaker.Topics.TotalCount < 3 || len(spOut.Speaker.Topics.Edges) != 3 {
		t.Errorf("speaker topics = %s %v", sp.Data, sp.Errors)
	}
}

// TestExportAndEmbedRoutes: the handler serves the notebook export and the
// dashboard panel.
func TestExportAndEmbedRoutes(t *testing.T) {
	srv := sampleServer(t)
	for _, tt := range []struct{ path, ctype, want string }{
		{"/export/statements.csv?speaker=Zheng%20Zeguang&topic=norms", "text/csv", "international Internet standards"},
		{"/export/statements.ndjson?speaker=Mr.%20Zheng", "application/x-ndjson", `"speaker":"Zheng Zeguang"`},
		{"/embed/statements?speaker=Zheng%20Zeguang&topic=norms", "text/html", "Zheng Zeguang"},
	} {
		resp, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.ctype) || !strings.Contains(string(body), tt.want) {
			t.Errorf("GET %s: %d %s\n%.300s", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
}

// TestReportsOfOneClaim: the sample articles carry Zheng's "China opposes
// all types of cyberattacks …" twice; each report lists both.
func TestReportsOfOneClaim(t *testing.T) {
	srv := sampleServer(t)
	resp := gql(t, srv, "", `{ statements(speaker: "Zheng Zeguang", contains: "opposes all types of cyberattacks") {
		edges { node { article { id } reports { article { id } text } } } } }`, nil)
	var out struct {
		Statements struct {
			Edges []struct {
				Node struct {
					Article struct{ ID string }
					Reports []struct {
						Article struct{ ID string }
						Text    string
					}
				}
			}
		}
	}
	if err := json.Unmarshal(resp.Data, &out); err != nil || len(resp.Errors) > 0 {
		t.Fatal(err, resp.Errors)
	}
	edges := out.Statements.Edges
	if len(edges) != 2 || edges[0].Node.Article.ID == edges[1].Node.Article.ID {
		t.Fatalf("want the claim in two articles: %s", resp.Data)
	}
	for _, e := range edges {
		if len(e.Node.Reports) != 2 || e.Node.Reports[0].Article.ID == e.Node.Reports[1].Article.ID {
			t.Errorf("reports of the claim in %s: %+v", e.Node.Article.ID, e.Node.Reports)
		}
	}
}
