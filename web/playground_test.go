package web_test

import (
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/quotegraph/quotegraph/web"
)

const (
	testTitle    = "quotegraph test <playground>"
	testEndpoint = "/graphql/v1"
)

// newServer starts a real HTTP server with the playground at "/", its assets
// at web.DefaultAssetPrefix and a stand-in GraphQL endpoint that counts the
// requests it gets.
func newServer(t *testing.T) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var queries atomic.Int64
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", web.Playground(testTitle, testEndpoint, web.DefaultAssetPrefix))
	mux.Handle(web.DefaultAssetPrefix, web.Assets(web.DefaultAssetPrefix))
	mux.HandleFunc(testEndpoint, func(w http.ResponseWriter, r *http.Request) {
		queries.Add(1)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"errors":[{"message":"test endpoint"}]}`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, &queries
}

func get(t *testing.T, srv *httptest.Server, rawURL string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading body: %v", rawURL, err)
	}
	return resp, body
}

func fetchPage(t *testing.T, srv *httptest.Server) (*http.Response, string) {
	t.Helper()
	resp, body := get(t, srv, srv.URL+"/", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d, want 200", resp.StatusCode)
	}
	return resp, string(body)
}

// urlAttrs are the attributes whose values a browser loads or navigates to.
var urlAttrs = []string{"src", "href", "srcset", "action", "formaction", "data", "poster", "manifest", "background", "xlink:href", "ping"}

func TestPageRenders(t *testing.T) {
	srv, _ := newServer(t)
	resp, page := fetchPage(t, srv)

	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	var title string
	for _, tag := range web.ScanTags(page) {
		if tag.Name == "title" {
			title = tag.Text
		}
	}
	if want := "quotegraph test &lt;playground&gt;"; title != want {
		t.Errorf("title = %q, want %q (escaped)", title, want)
	}
	// The endpoint appears as a JavaScript string in the inline script;
	// html/template may escape "/" as "\/".
	inline := inlineScripts(page)
	if !strings.Contains(inline, `"`+testEndpoint+`"`) &&
		!strings.Contains(inline, `"`+strings.ReplaceAll(testEndpoint, "/", `\/`)+`"`) {
		t.Errorf("inline script does not contain endpoint %q:\n%s", testEndpoint, inline)
	}
	if !strings.Contains(inline, "GraphiQL.createFetcher") {
		t.Error("inline script does not create a GraphiQL fetcher")
	}
	if strings.Contains(page, "GraphiQLPluginExplorer") {
		t.Error("page uses the explorer plugin, which is not embedded")
	}

	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self' 'sha256-", "connect-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("Cache-Control = %q, want no-cache", cc)
	}

	// Revalidation with the ETag gives 304.
	resp2, _ := get(t, srv, srv.URL+"/", http.Header{"If-None-Match": {resp.Header.Get("ETag")}})
	if resp2.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET /: status %d, want 304", resp2.StatusCode)
	}
}

// TestPageNamesNoOtherHost checks every URL-valued attribute in the page: it
// must be relative or on the server's own host.
func TestPageNamesNoOtherHost(t *testing.T) {
	srv, _ := newServer(t)
	_, page := fetchPage(t, srv)
	base, _ := url.Parse(srv.URL + "/")

	refs := 0
	for _, tag := range web.ScanTags(page) {
		for _, attr := range urlAttrs {
			v, ok := tag.Attrs[attr]
			if !ok {
				continue
			}
			refs++
			vals := []string{v}
			if attr == "srcset" {
				vals = nil
				for _, cand := range strings.Split(v, ",") {
					if f := strings.Fields(cand); len(f) > 0 {
						vals = append(vals, f[0])
					}
				}
			}
			for _, v := range vals {
				u, err := url.Parse(strings.TrimSpace(v))
				if err != nil {
					t.Errorf("<%s %s=%q>: unparsable URL: %v", tag.Name, attr, v, err)
					continue
				}
				abs := base.ResolveReference(u)
				if abs.Scheme != base.Scheme || abs.Host != base.Host {
					t.Errorf("<%s %s=%q> resolves to %s, not on the server's host %s", tag.Name, attr, v, abs, base.Host)
				}
			}
		}
		if tag.Name == "style" && (strings.Contains(tag.Text, "url(") || strings.Contains(tag.Text, "@import")) {
			t.Errorf("inline <style> loads something: %s", tag.Text)
		}
		if tag.Name == "meta" && strings.EqualFold(tag.Attrs["http-equiv"], "refresh") {
			t.Errorf("page has a meta refresh: %v", tag.Attrs)
		}
	}
	if refs < 4 {
		t.Errorf("page references %d URLs, want at least 4 (react, react-dom, graphiql js and css)", refs)
	}
	// Belt and braces: no absolute URL anywhere, inline script included.
	for _, scheme := range []string{"http://", "https://", "ws://", "wss://"} {
		if i := strings.Index(page, scheme); i >= 0 {
			t.Errorf("page contains an absolute URL: %q", page[i:min(len(page), i+80)])
		}
	}
}

// TestReferencedAssets fetches every script and stylesheet the page
// references and checks status, content type, caching and that its sha384
// matches the integrity attribute.
func TestReferencedAssets(t *testing.T) {
	srv, _ := newServer(t)
	_, page := fetchPage(t, srv)
	base, _ := url.Parse(srv.URL + "/")

	checked := map[string]bool{}
	for _, tag := range web.ScanTags(page) {
		var ref, wantType string
		switch {
		case tag.Name == "script" && tag.Attrs["src"] != "":
			ref, wantType = tag.Attrs["src"], "text/javascript"
		case tag.Name == "link" && strings.EqualFold(tag.Attrs["rel"], "stylesheet"):
			ref, wantType = tag.Attrs["href"], "text/css"
		case tag.Name == "link" && tag.Attrs["href"] != "":
			ref, wantType = tag.Attrs["href"], "" // e.g. an icon: must be served, any type
		default:
			continue
		}
		u, err := url.Parse(ref)
		if err != nil {
			t.Errorf("bad URL %q: %v", ref, err)
			continue
		}
		abs := base.ResolveReference(u).String()
		checked[u.Path] = true

		resp, body := get(t, srv, abs, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d, want 200", ref, resp.StatusCode)
			continue
		}
		ct := resp.Header.Get("Content-Type")
		if wantType != "" && !strings.HasPrefix(ct, wantType) {
			t.Errorf("GET %s: Content-Type %q, want %s", ref, ct, wantType)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", ref, got)
		}
		if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") || !strings.Contains(cc, "max-age=31536000") {
			t.Errorf("GET %s: Cache-Control %q, want a long immutable cache", ref, cc)
		}
		if len(body) < 1000 {
			t.Errorf("GET %s: only %d bytes", ref, len(body))
		}

		if tag.Name == "script" || wantType == "text/css" {
			integrity := tag.Attrs["integrity"]
			if integrity == "" {
				t.Errorf("<%s> for %s has no integrity attribute", tag.Name, ref)
				continue
			}
			sum := sha512.Sum384(body)
			want := "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
			if !hasHash(integrity, want) {
				t.Errorf("%s: integrity %q does not include the served file's %s", ref, integrity, want)
			}
			if tag.Attrs["crossorigin"] != "anonymous" {
				t.Errorf("%s: crossorigin=%q", ref, tag.Attrs["crossorigin"])
			}
		}
	}
	for _, want := range []string{
		"/playground/react-18.2.0/umd/react.production.min.js",
		"/playground/react-dom-18.2.0/umd/react-dom.production.min.js",
		"/playground/graphiql-4.1.2/graphiql.min.js",
		"/playground/graphiql-4.1.2/graphiql.min.css",
	} {
		if !checked[want] {
			t.Errorf("page does not reference %s", want)
		}
	}
}

// hasHash reports whether the SRI metadata list integrity contains want.
func hasHash(integrity, want string) bool {
	for _, h := range strings.Fields(integrity) {
		if h, _, _ := strings.Cut(h, "?"); h == want {
			return true
		}
	}
	return false
}

// TestAssetsMatchGqlgenPins checks that the embedded files are byte for byte
// the ones gqlgen's default playground page pins (by sha256) on its CDN, for
// every package whose version is the same as ours.
func TestAssetsMatchGqlgenPins(t *testing.T) {
	srv, _ := newServer(t)
	rec := httptest.NewRecorder()
	playground.Handler("x", "/q").ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))

	compared := 0
	for _, tag := range web.ScanTags(rec.Body.String()) {
		ref := tag.Attrs["src"] + tag.Attrs["href"]
		integrity := tag.Attrs["integrity"]
		if ref == "" || integrity == "" {
			continue
		}
		// ".../npm/graphiql@4.1.2/graphiql.min.js" -> "graphiql-4.1.2/graphiql.min.js"
		_, npmPath, ok := strings.Cut(ref, "/npm/")
		if !ok {
			t.Logf("gqlgen references %s, not an npm CDN path; not compared", ref)
			continue
		}
		pkgVer, file, _ := strings.Cut(npmPath, "/")
		local := web.DefaultAssetPrefix + strings.Replace(pkgVer, "@", "-", 1) + "/" + file
		resp, body := get(t, srv, srv.URL+local, nil)
		if resp.StatusCode == http.StatusNotFound {
			t.Logf("gqlgen pins %s, which is not embedded (another version?); not compared", npmPath)
			continue
		}
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", local, resp.StatusCode)
			continue
		}
		sum := sha256.Sum256(body)
		want := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
		if !hasHash(integrity, want) {
			t.Errorf("%s: gqlgen pins %s, embedded file has %s", npmPath, integrity, want)
		}
		compared++
	}
	if compared == 0 {
		t.Skip("gqlgen pins none of the embedded versions; run scripts/refresh-playground.sh after a version bump")
	}
	t.Logf("%d embedded files match gqlgen's sha256 pins", compared)
}

func TestAssetsHandler(t *testing.T) {
	h := web.Assets("/static") // no trailing slash: added
	serve := func(method, target string, header http.Header) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(method, target, nil)
		for k, v := range header {
			req.Header[k] = v
		}
		h.ServeHTTP(rec, req)
		return rec
	}

	js := "/static/react-18.2.0/umd/react.production.min.js"
	rec := serve(http.MethodGet, js, nil)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") {
		t.Fatalf("GET %s: %d %q", js, rec.Code, rec.Header().Get("Content-Type"))
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Error("no ETag")
	}
	if rec := serve(http.MethodGet, js, http.Header{"If-None-Match": {etag}}); rec.Code != http.StatusNotModified {
		t.Errorf("conditional GET: %d, want 304", rec.Code)
	}
	if rec := serve(http.MethodHead, js, nil); rec.Code != http.StatusOK || rec.Header().Get("Content-Length") != "10737" {
		t.Errorf("HEAD: %d, Content-Length %q", rec.Code, rec.Header().Get("Content-Length"))
	}
	if rec := serve(http.MethodGet, "/static/graphiql-4.1.2/LICENSE", nil); rec.Code != http.StatusOK ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") || !strings.Contains(rec.Body.String(), "MIT") {
		t.Errorf("LICENSE: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	if rec := serve(http.MethodPost, js, nil); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
	for _, p := range []string{
		"/static/", "/static/nope.js", "/static/react-18.2.0", "/static/react-18.2.0/",
		"/static/../web/assets.go", "/statics/react-18.2.0/umd/react.production.min.js",
		"/react-18.2.0/umd/react.production.min.js",
	} {
		if rec := serve(http.MethodGet, p, nil); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, rec.Code)
		}
	}
}

func TestPlaygroundHandler(t *testing.T) {
	h := web.Playground("t", "/query", "/static")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", rec.Code)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/anything", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `src="/static/graphiql-4.1.2/graphiql.min.js"`) {
		t.Errorf("GET with prefix /static: %d, page does not link /static/graphiql-4.1.2/graphiql.min.js", rec.Code)
	}
}

func TestRejectsOtherHosts(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s did not panic", name)
			}
		}()
		f()
	}
	for _, bad := range []string{"https://example.com/query", "//example.com/query", "query", "", "/q?x=1", `/q"`} {
		mustPanic("Playground endpoint "+bad, func() { web.Playground("t", bad, "/p/") })
	}
	for _, bad := range []string{"https://cdn.example/", "//cdn.example/", "playground/", ""} {
		mustPanic("Playground assetPrefix "+bad, func() { web.Playground("t", "/query", bad) })
		mustPanic("Assets "+bad, func() { web.Assets(bad) })
	}
}

func TestScanTags(t *testing.T) {
	doc := `<!DOCTYPE html><!-- <script src="https://x/"> -->
<HTML><Link REL=stylesheet href='/a.css?x=1&amp;y=2'>
<script>if (a < b && "</scrip" ) { x = '<img src="nope">' }</script>
<img alt="a > b" src=/i.png data-x>
<style>p{color:red}</STYLE><title>a &lt; b</title><p id=x/><p id=y /></html>`
	tags := web.ScanTags(doc)
	var names []string
	for _, tg := range tags {
		names = append(names, tg.Name)
	}
	if got, want := strings.Join(names, " "), "html link script img style title p p"; got != want {
		t.Fatalf("tags = %q, want %q", got, want)
	}
	if got := tags[1].Attrs["href"]; got != "/a.css?x=1&y=2" {
		t.Errorf("link href = %q", got)
	}
	if got := tags[1].Attrs["rel"]; got != "stylesheet" {
		t.Errorf("link rel = %q", got)
	}
	if got := tags[2].Text; !strings.Contains(got, `<img src="nope">`) {
		t.Errorf("script text = %q", got)
	}
	if tags[3].Attrs["src"] != "/i.png" || tags[3].Attrs["alt"] != "a > b" {
		t.Errorf("img attrs = %v", tags[3].Attrs)
	}
	if _, ok := tags[3].Attrs["data-x"]; !ok {
		t.Errorf("img lacks data-x: %v", tags[3].Attrs)
	}
	if tags[4].Text != "p{color:red}" {
		t.Errorf("style text = %q", tags[4].Text)
	}
	if tags[5].Text != "a &lt; b" {
		t.Errorf("title text = %q", tags[5].Text)
	}
	// HTML5: an unquoted value runs to whitespace or '>', so id=x/ is "x/".
	if tags[6].Attrs["id"] != "x/" || tags[7].Attrs["id"] != "y" {
		t.Errorf("p attrs = %v, %v", tags[6].Attrs, tags[7].Attrs)
	}
}

func inlineScripts(page string) string {
	var b strings.Builder
	for _, tag := range web.ScanTags(page) {
		if tag.Name == "script" && tag.Attrs["src"] == "" {
			b.WriteString(tag.Text)
		}
	}
	return b.String()
}
