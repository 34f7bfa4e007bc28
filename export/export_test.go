package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/export"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/internal/samples"
)

// The store of sample articles is shared by the tests of this package: it is
// opened once, in a folder TestMain removes.
var (
	once    sync.Once
	sampled quotegraph.Store
	loadErr error
	tmpDir  string
)

func TestMain(m *testing.M) {
	var err error
	if tmpDir, err = os.MkdirTemp("", "export-test"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	if sampled != nil {
		sampled.Close()
	}
	os.RemoveAll(tmpDir)
	os.Exit(code)
}

// storeWithSamples is a real store holding the sample articles.
func storeWithSamples(t *testing.T) quotegraph.Store {
	t.Helper()
	once.Do(func() {
		var s *graph.Store
		if s, _, loadErr = samples.Open(context.Background(), tmpDir+"/q.db", "../testdata/articles", nil); loadErr == nil {
			sampled = s
		}
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return sampled
}

func q(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return v
}

func TestFilterFromQuery(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	tests := []struct {
		name string
		in   url.Values
		want quotegraph.StatementFilter
	}{
		{"none", q(), quotegraph.StatementFilter{}},
		{"ignores other parameters", q("limit", "5"), quotegraph.StatementFilter{}},
		{"every filter", q("speaker", " Zheng Zeguang ", "topic", "norms", "outlet", "Reuters", "article", "a1",
			"kind", "DIRECT", "since", "2015-01-01", "until", "2015-09-18T07:00:00+08:00", "contains", "standards", "sort", "Date"),
			quotegraph.StatementFilter{Speaker: "Zheng Zeguang", Topic: "norms", Outlet: "Reuters", ArticleID: "a1",
				Kind: quotegraph.Direct, Since: day("2015-01-01"), Until: time.Date(2015, 9, 17, 23, 0, 0, 0, time.UTC),
				Contains: "standards", Sort: quotegraph.SortDate}},
		{"empty values do not filter", q("speaker", "", "kind", " ", "since", ""), quotegraph.StatementFilter{}},
		{"kind any case", q("kind", "Mixed"), quotegraph.StatementFilter{Kind: quotegraph.Mixed}},
		{"sort relevance", q("sort", "RELEVANCE"), quotegraph.StatementFilter{Sort: quotegraph.SortRelevance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := export.FilterFromQuery(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Until.Equal(tt.want.Until) || !got.Since.Equal(tt.want.Since) {
				t.Errorf("dates: got %v..%v, want %v..%v", got.Since, got.Until, tt.want.Since, tt.want.Until)
			}
			got.Since, got.Until, tt.want.Since, tt.want.Until = time.Time{}, time.Time{}, time.Time{}, time.Time{}
			if !reflect.DeepEqual(tt.want, got) {
				t.Errorf("mismatch:\nwant %+v\n got %+v", tt.want, got)
			}
		})
	}
}

func TestFilterFromQueryErrors(t *testing.T) {
	tests := []struct {
		in   url.Values
		want string // in the message
	}{
		{q("kind", "quoted"), `kind "quoted": want direct, indirect or mixed`},
		{q("since", "yesterday"), `since "yesterday": want a date (2015-09-17) or an RFC 3339 time`},
		{q("until", "2015-13-01"), `until "2015-13-01"`},
		{q("since", "17/09/2015"), `since "17/09/2015"`},
		{q("since", "2015-09-18", "until", "2015-09-17"), "until (2015-09-17T00:00:00Z) must be after since (2015-09-18T00:00:00Z)"},
		{q("since", "2015-09-17", "until", "2015-09-17"), "must be after since"},
		{q("speaker", "Zheng", "speaker", "Obama"), "speaker is given 2 times"},
		{q("sort", "alphabetical"), `sort "alphabetical": want relevance or date`},
	}
	for _, tt := range tests {
		_, err := export.FilterFromQuery(tt.in)
		if quotegraph.ErrorCode(err) != quotegraph.EINVALID || !strings.Contains(quotegraph.ErrorMessage(err), tt.want) {
			t.Errorf("%v: got %v, want EINVALID with %q", tt.in, err, tt.want)
		}
	}
	if err := export.CheckParams(q("speker", "Zheng", "topic", "x"), "limit"); err == nil ||
		!strings.Contains(err.Error(), `unknown parameter "speker"`) || !strings.Contains(err.Error(), "limit") {
		t.Errorf("misspelt parameter: %v", err)
	}
	if err := export.CheckParams(q("speaker", "Zheng", "limit", "3"), "limit"); err != nil {
		t.Errorf("known parameters: %v", err)
	}
}

// readCSV parses a table into header and rows as maps.
func readCSV(t *testing.T, data string) ([]string, []map[string]string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, data)
	}
	if len(recs) == 0 {
		t.Fatal("no header row")
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, col := range recs[0] {
			m[col] = rec[i]
		}
		rows = append(rows, m)
	}
	return recs[0], rows
}

// TestCSVFlagship exports the founding question as a table: Zheng's two
// statements on standards, reached from "norms", and why they matched.
func TestCSVFlagship(t *testing.T) {
	s := storeWithSamples(t)
	var buf bytes.Buffer
	f := quotegraph.StatementFilter{Speaker: "Zheng Zeguang", Topic: "norms"}
	n, err := export.Write(context.Background(), &buf, s, f, export.CSV, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	header, rows := readCSV(t, buf.String())
	want := append(append([]string{}, export.Columns...), export.MatchColumns...)
	if !reflect.DeepEqual(header, want) {
		t.Errorf("header %q, want %q", header, want)
	}
	if n != 2 || len(rows) != 2 {
		t.Fatalf("%d rows (n=%d), want Zheng's 2 statements on standards:\n%s", len(rows), n, buf.String())
	}
	outlets := map[string]bool{}
	for _, r := range rows {
		if r["speaker"] != "Zheng Zeguang" || r["speaker_kind"] != "person" {
			t.Errorf("speaker %q (%s)", r["speaker"], r["speaker_kind"])
		}
		if !strings.Contains(r["text"], "international Internet standards") {
			t.Errorf("text %q", r["text"])
		}
		if pub, err := time.Parse(time.RFC3339, r["published_at"]); err != nil || pub.Year() != 2015 {
			t.Errorf("published_at %q", r["published_at"])
		}
		if r["matched_by"] != "broader" || r["match_topic"] != "standard" || !strings.Contains(r["match_via"], "standard") {
			t.Errorf("match: %q %q %q", r["matched_by"], r["match_topic"], r["match_via"])
		}
		if sc, err := strconv.ParseFloat(r["match_score"], 64); err != nil || sc <= 0 || sc > 1 {
			t.Errorf("match_score %q", r["match_score"])
		}
		if !strings.Contains(";"+r["topics"]+";", ";standard;") && !strings.Contains(r["topics"], "standard") {
			t.Errorf("topics %q lack standard", r["topics"])
		}
		start, err1 := strconv.Atoi(r["start"])
		end, err2 := strconv.Atoi(r["end"])
		if err1 != nil || err2 != nil || start >= end || end-start < len(r["text"])/2 {
			t.Errorf("offsets %q-%q for a %d-byte text", r["start"], r["end"], len(r["text"]))
		}
		if !strings.HasPrefix(r["id"], "s") || !strings.HasPrefix(r["article_id"], "a") || r["kind"] == "" {
			t.Errorf("ids or kind: %q %q %q", r["id"], r["article_id"], r["kind"])
		}
		outlets[r["outlet"]] = true
	}
	if !outlets["China Daily"] || !outlets["Reuters"] {
		t.Errorf("outlets %v, want China Daily and Reuters", outlets)
	}
}

// TestWholeTable: without a filter every stored statement is one row, with
// no match columns, and the CSV and NDJSON tables carry the same values.
func TestWholeTable(t *testing.T) {
	s := storeWithSamples(t)
	ctx := context.Background()
	all, err := s.Statements(ctx, quotegraph.StatementFilter{}, quotegraph.Page{First: -1})
	if err != nil {
		t.Fatal(err)
	}
	var c, j bytes.Buffer
	if _, err := export.Write(ctx, &c, s, quotegraph.StatementFilter{}, export.CSV, export.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := export.Write(ctx, &j, s, quotegraph.StatementFilter{}, export.NDJSON, export.Options{}); err != nil {
		t.Fatal(err)
	}
	header, rows := readCSV(t, c.String())
	if !reflect.DeepEqual(header, export.Columns) {
		t.Errorf("header %q without a topic, want %q", header, export.Columns)
	}
	lines := strings.Split(strings.TrimSuffix(j.String(), "\n"), "\n")
	if len(rows) != all.Total || len(lines) != all.Total || all.Total < 50 {
		t.Fatalf("%d CSV rows, %d NDJSON lines, %d statements stored", len(rows), len(lines), all.Total)
	}
	ids := map[string]bool{}
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if _, ok := obj["match_score"]; ok {
			t.Errorf("line %d has match_score without a topic filter", i+1)
		}
		for _, col := range export.Columns {
			got := fmt.Sprint(obj[col])
			if rows[i][col] != got {
				t.Errorf("row %d %s: CSV %q, NDJSON %q", i+1, col, rows[i][col], got)
			}
		}
		ids[rows[i]["id"]] = true
	}
	if len(ids) != all.Total {
		t.Errorf("%d distinct ids in %d rows", len(ids), all.Total)
	}
}

// TestPagesThroughARealStore stores more statements than three pages hold
// and checks that the export reads them page by page, each once.
func TestPagesThroughARealStore(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Path: t.TempDir() + "/q.db"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const articles, per = 11, 113 // 1243 statements: 3 pages of 500
	for a := range articles {
		var text strings.Builder
		var stmts []quotegraph.Statement
		for i := range per {
			start := text.Len()
			fmt.Fprintf(&text, "Statement %d of article %d, with a comma, a \"quote\" and a\nnew line. ", i, a)
			stmts = append(stmts, quotegraph.Statement{
				Speaker: quotegraph.Speaker{Name: fmt.Sprintf("Speaker %d", i%7), Kind: quotegraph.Person},
				Cue:     "said", Kind: quotegraph.Direct, Span: quotegraph.Span{Start: start, End: text.Len() - 1},
				Text: text.String()[start : text.Len()-1],
			})
		}
		art := quotegraph.Article{Title: fmt.Sprintf("Article %d", a), Outlet: "Wire", Text: text.String(),
			Published: time.Date(2015, 9, 1+a, 0, 0, 0, 0, time.UTC)}
		if _, err := s.Put(ctx, art, stmts); err != nil {
			t.Fatal(err)
		}
	}
	counting := &countingStore{Store: s}
	var buf bytes.Buffer
	n, err := export.Write(ctx, &buf, counting, quotegraph.StatementFilter{}, export.CSV, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, rows := readCSV(t, buf.String())
	if n != articles*per || len(rows) != articles*per {
		t.Fatalf("%d rows (n=%d), want %d", len(rows), n, articles*per)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r["id"]] {
			t.Fatalf("statement %s exported twice", r["id"])
		}
		seen[r["id"]] = true
		if !strings.Contains(r["text"], "\"quote\" and a\nnew line") {
			t.Fatalf("text did not survive CSV quoting: %q", r["text"])
		}
	}
	if want := []int{500, 500, 500}; !reflect.DeepEqual(counting.firsts, want) {
		t.Errorf("pages asked for %v, want %v", counting.firsts, want)
	}
}

type countingStore struct {
	quotegraph.Store
	firsts []int
}

func (c *countingStore) Statements(ctx context.Context, f quotegraph.StatementFilter, p quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	c.firsts = append(c.firsts, p.First)
	return c.Store.Statements(ctx, f, p)
}

func serve(t *testing.T, s quotegraph.Store) *httptest.Server {
	mux := http.NewServeMux()
	mux.Handle("GET /export/statements.csv", export.Handler(s, export.CSV, nil))
	mux.Handle("GET /export/statements.ndjson", export.Handler(s, export.NDJSON, nil))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestHandler(t *testing.T) {
	srv := serve(t, storeWithSamples(t))
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp, string(b)
	}

	resp, body := get("/export/statements.csv?speaker=Zheng%20Zeguang&topic=norms")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		resp.Header.Get("Content-Disposition") != `attachment; filename="statements.csv"` || resp.Header.Get("X-Total-Count") != "2" {
		t.Errorf("csv: %d %v", resp.StatusCode, resp.Header)
	}
	if _, rows := readCSV(t, body); len(rows) != 2 || rows[0]["speaker"] != "Zheng Zeguang" {
		t.Errorf("csv body:\n%s", body)
	}

	resp, body = get("/export/statements.ndjson?speaker=Zheng&kind=DIRECT&sort=date")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/x-ndjson" ||
		resp.Header.Get("Content-Disposition") != `attachment; filename="statements.ndjson"` {
		t.Errorf("ndjson: %d %v", resp.StatusCode, resp.Header)
	}
	sc := bufio.NewScanner(strings.NewReader(body))
	lines, prev := 0, "9999"
	for sc.Scan() {
		var r export.Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		if r.Speaker != "Zheng Zeguang" || r.Kind != "direct" {
			t.Errorf("row by %q, kind %q", r.Speaker, r.Kind)
		}
		if r.PublishedAt > prev {
			t.Errorf("sort=date: %s after %s", r.PublishedAt, prev)
		}
		prev = r.PublishedAt
		lines++
	}
	if lines == 0 || strconv.Itoa(lines) != resp.Header.Get("X-Total-Count") {
		t.Errorf("%d lines, X-Total-Count %q", lines, resp.Header.Get("X-Total-Count"))
	}

	// Nothing found is an empty table with its header, not an error, so
	// that pandas.read_csv gives an empty frame with the columns.
	resp, body = get("/export/statements.csv?speaker=Nobody%20At%20All")
	if resp.StatusCode != 200 || strings.TrimSpace(body) != strings.Join(export.Columns, ",") {
		t.Errorf("empty: %d %q", resp.StatusCode, body)
	}

	for path, want := range map[string]string{
		"/export/statements.csv?kind=quoted":                       `kind "quoted"`,
		"/export/statements.csv?since=last%20week":                 `since "last week"`,
		"/export/statements.ndjson?speker=Zheng":                   `unknown parameter "speker"`,
		"/export/statements.csv?since=2016-01-01&until=2015-01-01": "must be after since",
	} {
		resp, body := get(path)
		if resp.StatusCode != 400 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || !strings.Contains(body, want) {
			t.Errorf("%s: %d %q, want 400 with %q", path, resp.StatusCode, body, want)
		}
	}

	req, _ := http.NewRequest(http.MethodHead, srv.URL+"/export/statements.csv?topic=norms", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("X-Total-Count") == "" || resp.Header.Get("X-Total-Count") == "0" {
		t.Errorf("HEAD: %d %v", resp.StatusCode, resp.Header)
	}
	resp, err = http.Post(srv.URL+"/export/statements.csv", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", resp.StatusCode)
	}
}

// pagedStore serves made-up statements in pages and lets a test hold back
// or fail the pages after the first.
type pagedStore struct {
	quotegraph.Store
	total   int
	hold    chan struct{} // closed to let the second page go
	failAt2 bool
}

func (p *pagedStore) Statements(ctx context.Context, f quotegraph.StatementFilter, pg quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	start := 0
	if pg.After != "" {
		start, _ = strconv.Atoi(pg.After)
		start++
		if p.failAt2 {
			return quotegraph.Connection[quotegraph.Statement]{}, fmt.Errorf("disk on fire")
		}
		select {
		case <-p.hold:
		case <-ctx.Done():
			return quotegraph.Connection[quotegraph.Statement]{}, ctx.Err()
		}
	}
	c := quotegraph.Connection[quotegraph.Statement]{Total: p.total}
	for i := start; i < min(start+pg.First, p.total); i++ {
		c.Items = append(c.Items, quotegraph.Statement{ID: fmt.Sprintf("s%d", i), Text: "words", Kind: quotegraph.Direct,
			Speaker: quotegraph.Speaker{Name: "X"}})
		c.Cursors = append(c.Cursors, strconv.Itoa(i))
	}
	c.HasNext = start+pg.First < p.total
	return c, nil
}

// TestHandlerStreams: the first page reaches the client while the store has
// not yet given the second, so a large export is not held in memory.
func TestHandlerStreams(t *testing.T) {
	p := &pagedStore{total: 1200, hold: make(chan struct{})}
	srv := serve(t, p)
	resp, err := http.Get(srv.URL + "/export/statements.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got := make(chan int, 1)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		n := 0
		for n < export.PageSize && sc.Scan() {
			n++
		}
		got <- n
	}()
	select {
	case n := <-got:
		if n != export.PageSize {
			t.Fatalf("read %d lines of the first page", n)
		}
	case <-time.After(10 * time.Second):
		close(p.hold)
		t.Fatal("the first page did not arrive before the second was read: the response is not streamed")
	}
	close(p.hold)
	rest, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(rest, []byte("\n")); n != 700 {
		t.Errorf("%d lines after the first page, want 700", n)
	}
}

// TestHandlerAbortsOnLateError: a store failing after the first page must
// not look like a complete table to the client.
func TestHandlerAbortsOnLateError(t *testing.T) {
	srv := serve(t, &pagedStore{total: 1200, failAt2: true})
	resp, err := http.Get(srv.URL + "/export/statements.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		t.Fatalf("read %d bytes with no error: a failed export looked complete", len(b))
	}
	if resp.StatusCode != 200 || bytes.Count(b, []byte("\n")) < export.PageSize {
		t.Errorf("status %d, %d lines before the error", resp.StatusCode, bytes.Count(b, []byte("\n")))
	}
}
