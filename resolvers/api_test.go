package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/loader"
	"github.com/quotegraph/quotegraph/resolvers"
	"github.com/quotegraph/quotegraph/topic"
)

const token = "s3cret-token"

// live starts a real server over a real store and the real extraction
// pipeline, with mutations allowed for token; it returns the server and the
// store wrapped to count its calls.
func live(t *testing.T) (*httptest.Server, *countingStore) {
	t.Helper()
	idx, err := topic.New()
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), graph.Config{Path: filepath.Join(t.TempDir(), "q.db"), Concepts: idx})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	cs := &countingStore{Store: s}
	srv := httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{
		Store: cs, Pipeline: loader.Pipeline{Topics: idx}, Token: token,
	}))
	t.Cleanup(srv.Close)
	return srv, cs
}

// countingStore counts the calls made to the store.
type countingStore struct {
	quotegraph.Store
	calls atomic.Int64
}

func (c *countingStore) Statements(ctx context.Context, f quotegraph.StatementFilter, p quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	c.calls.Add(1)
	return c.Store.Statements(ctx, f, p)
}

func (c *countingStore) Speaker(ctx context.Context, name string) (quotegraph.SpeakerSummary, error) {
	c.calls.Add(1)
	return c.Store.Speaker(ctx, name)
}

func (c *countingStore) SpeakersNamed(ctx context.Context, names []string) (map[string]quotegraph.SpeakerSummary, error) {
	c.calls.Add(1)
	return c.Store.SpeakersNamed(ctx, names)
}

func (c *countingStore) ArticlesByID(ctx context.Context, ids []string) (map[string]quotegraph.Article, error) {
	c.calls.Add(1)
	return c.Store.ArticlesByID(ctx, ids)
}

func (c *countingStore) Node(ctx context.Context, id string) (any, error) {
	c.calls.Add(1)
	return c.Store.Node(ctx, id)
}

func gql(t *testing.T, srv *httptest.Server, auth, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out gqlResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

// article builds a news text of n statements by n speakers, written for
// these tests.
func article(title string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", title)
	for i := range n {
		fmt.Fprintf(&b, "\"Harbour tariffs will rise by %d percent next spring,\" said Port Commissioner Alma Vester%c of the Harbour Board.\n\n", i+1, 'a'+rune(i%26))
	}
	return b.String()
}

const ingest = `mutation($text: String!) { ingestArticle(input: {text: $text, outlet: "Harbour News", publishedAt: "2021-05-01T00:00:00Z"}) { skipped article { id outlet } statements { id text speaker { name } } } }`

func TestMutationsNeedTheToken(t *testing.T) {
	srv, _ := live(t)
	vars := map[string]any{"text": article("Tariffs", 1)}
	for _, auth := range []string{"", "wrong"} {
		resp := gql(t, srv, auth, ingest, vars)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != quotegraph.EUNAUTHORIZED {
			t.Errorf("token %q: %+v", auth, resp.Errors)
		}
	}
	if resp := gql(t, srv, "", `{ statements { totalCount } }`, nil); string(resp.Data) != `{"statements":{"totalCount":0}}` {
		t.Errorf("a refused mutation wrote: %s", resp.Data)
	}
	// With no token configured, mutations are off, not open.
	open := httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{Store: (&countingStore{}).Store}))
	defer open.Close()
	resp := gql(t, open, "", ingest, vars)
	if len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, "off") {
		t.Errorf("no token configured: %+v", resp.Errors)
	}
}

func TestIngestDeleteMergeSplit(t *testing.T) {
	srv, _ := live(t)
	text := "Tariffs\n\n\"Harbour tariffs will rise next spring,\" said Port Commissioner Alma Vester of the Harbour Board.\n\n\"We have no choice,\" Vester said.\n"
	var out struct {
		IngestArticle struct {
			Skipped    bool
			Article    struct{ ID, Outlet string }
			Statements []struct {
				ID, Text string
				Speaker  struct{ Name string }
			}
		}
	}
	resp := gql(t, srv, token, ingest, map[string]any{"text": text})
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	json.Unmarshal(resp.Data, &out)
	got := out.IngestArticle
	if got.Skipped || got.Article.Outlet != "Harbour News" || len(got.Statements) != 2 || got.Statements[1].Speaker.Name != "Alma Vester" {
		t.Fatalf("ingest = %+v", got)
	}
	again := gql(t, srv, token, ingest, map[string]any{"text": text})
	json.Unmarshal(again.Data, &out)
	if !out.IngestArticle.Skipped {
		t.Errorf("second ingest not skipped: %s", again.Data)
	}
	// node(id) reads the statement back; its sentence and reports.
	n := gql(t, srv, "", `query($id: ID!) { node(id: $id) { ... on Statement { text sentence reports { article { outlet } } } } }`,
		map[string]any{"id": got.Statements[0].ID})
	want := `{"node":{"text":"Harbour tariffs will rise next spring","sentence":"\"Harbour tariffs will rise next spring,\" said Port Commissioner Alma Vester of the Harbour Board.","reports":[{"article":{"outlet":"Harbour News"}}]}}`
	if string(n.Data) != want {
		t.Errorf("node = %s %v\nwant %s", n.Data, n.Errors, want)
	}
	// Split "Vester" off, then merge it back.
	split := gql(t, srv, token, `mutation { splitAlias(speaker: "Alma Vester", alias: "Vester") { name statementCount } }`, nil)
	if string(split.Data) != `{"splitAlias":{"name":"Vester","statementCount":1}}` {
		t.Errorf("split = %s %v", split.Data, split.Errors)
	}
	merge := gql(t, srv, token, `mutation { mergeSpeakers(from: "Vester", into: "Alma Vester") { name statementCount } }`, nil)
	if string(merge.Data) != `{"mergeSpeakers":{"name":"Alma Vester","statementCount":2}}` {
		t.Errorf("merge = %s %v", merge.Data, merge.Errors)
	}
	del := gql(t, srv, token, `mutation($id: ID!) { deleteArticle(id: $id) { deleted } }`, map[string]any{"id": got.Article.ID})
	if string(del.Data) != `{"deleteArticle":{"deleted":true}}` {
		t.Errorf("delete = %s %v", del.Data, del.Errors)
	}
	if resp := gql(t, srv, "", `{ statements { totalCount } }`, nil); string(resp.Data) != `{"statements":{"totalCount":0}}` {
		t.Errorf("after delete: %s", resp.Data)
	}
}

// TestNoNPlusOne: a page of 100 statements with their speakers' counts,
// articles and topics costs a bounded number of store calls.
func TestNoNPlusOne(t *testing.T) {
	srv, cs := live(t)
	for i := range 4 {
		if resp := gql(t, srv, token, ingest, map[string]any{"text": article(fmt.Sprintf("Tariffs %d", i), 26)}); len(resp.Errors) > 0 {
			t.Fatal(resp.Errors)
		}
	}
	cs.calls.Store(0)
	resp := gql(t, srv, "", `{ statements(first: 100) { edges { node { text sentence speaker { name statementCount } article { title outlet } topics { name } } } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	if n := strings.Count(string(resp.Data), `"text"`); n != 100 {
		t.Fatalf("%d statements, want 100", n)
	}
	if calls := cs.calls.Load(); calls != 3 {
		t.Errorf("a page of 100 statements cost %d store calls; want 3 (statements, speakers, articles)", calls)
	}
}

func TestPagingBackward(t *testing.T) {
	srv, _ := live(t)
	gql(t, srv, token, ingest, map[string]any{"text": article("Tariffs", 5)})
	var out struct {
		Statements struct {
			TotalCount int
			Edges      []struct{ Cursor string }
			PageInfo   struct{ HasPreviousPage, HasNextPage bool }
		}
	}
	resp := gql(t, srv, "", `{ statements(last: 2) { totalCount edges { cursor } pageInfo { hasPreviousPage hasNextPage } } }`, nil)
	json.Unmarshal(resp.Data, &out)
	if out.Statements.TotalCount != 5 || len(out.Statements.Edges) != 2 || !out.Statements.PageInfo.HasPreviousPage || out.Statements.PageInfo.HasNextPage {
		t.Fatalf("last 2 = %s %v", resp.Data, resp.Errors)
	}
	resp = gql(t, srv, "", `query($b: String) { statements(last: 10, before: $b) { edges { cursor } } }`, map[string]any{"b": out.Statements.Edges[0].Cursor})
	if n := strings.Count(string(resp.Data), "cursor"); n != 3 {
		t.Errorf("before the last two: %s", resp.Data)
	}
	if resp := gql(t, srv, "", `{ statements(first: 1, last: 1) { totalCount } }`, nil); len(resp.Errors) == 0 {
		t.Error("first and last together accepted")
	}
}

func TestShapeLimits(t *testing.T) {
	srv, _ := live(t)
	deep := `{ speakers(first: 1) { edges { node { statements(first: 1) { edges { node { speaker { statements(first: 1) { edges { node { speaker { statements(first: 1) { edges { node { text } } } } } } } } } } } } } } }`
	aliases := "{"
	for i := range 1000 {
		aliases += fmt.Sprintf(" a%d: speaker(name: \"x\") { name }", i)
	}
	aliases += " }"
	for _, tt := range []struct{ name, query, code string }{
		{"deep", deep, "DEPTH_LIMIT_EXCEEDED"},
		{"a thousand aliases", aliases, "FIELD_LIMIT_EXCEEDED"},
	} {
		resp := gql(t, srv, "", tt.query, nil)
		if len(resp.Errors) == 0 || resp.Errors[0].Extensions["code"] != tt.code {
			t.Errorf("%s: %+v", tt.name, resp.Errors)
		}
	}
}

// TestSubscription: a dashboard subscribed over graphql-transport-ws gets
// the statements an ingest stores that pass its filter, and only those.
func TestSubscription(t *testing.T) {
	srv, _ := live(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/graphql"
	c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	send := func(v any) {
		if err := wsjson.Write(ctx, c, v); err != nil {
			t.Fatal(err)
		}
	}
	type msg struct {
		Type    string          `json:"type"`
		ID      string          `json:"id"`
		Payload json.RawMessage `json:"payload"`
	}
	send(map[string]any{"type": "connection_init"})
	var m msg
	if err := wsjson.Read(ctx, c, &m); err != nil || m.Type != "connection_ack" {
		t.Fatalf("init: %+v %v", m, err)
	}
	send(map[string]any{"type": "subscribe", "id": "1", "payload": map[string]any{
		"query": `subscription { statementAdded(speaker: "Alma Vesterb") { text speaker { name } } }`}})
	time.Sleep(100 * time.Millisecond) // let the subscription register
	if resp := gql(t, srv, token, ingest, map[string]any{"text": article("Tariffs", 3)}); len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	for {
		if err := wsjson.Read(ctx, c, &m); err != nil {
			t.Fatal(err)
		}
		if m.Type == "ping" {
			send(map[string]any{"type": "pong"})
			continue
		}
		break
	}
	if m.Type != "next" || !strings.Contains(string(m.Payload), `"name":"Alma Vesterb"`) || !strings.Contains(string(m.Payload), "2 percent") {
		t.Fatalf("got %s %s", m.Type, m.Payload)
	}
}
