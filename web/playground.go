package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
)

// Playground returns a handler for the GraphiQL page, titled title, that
// sends queries to endpoint and loads its scripts and stylesheets from
// assetPrefix, where Assets(assetPrefix) must be mounted. It can be mounted
// at any path, typically "/" ("GET /{$}" on an http.ServeMux).
//
// endpoint and assetPrefix must be absolute paths on this server ("/query",
// "/playground/"), never URLs naming a host: the page then names no host at
// all, and the browser resolves everything against the server that served
// it. Playground panics if either is not such a path.
//
// The page is gqlgen's playground page (graphql/playground.Handler) with the
// CDN URLs replaced by the embedded files and their sha384 integrity values,
// and the explorer plugin (only available from a CDN) disabled. It is
// rendered once, when Playground is called. Responses carry
// Cache-Control: no-cache (with an ETag, so revalidation is cheap) and a
// Content-Security-Policy that allows scripts, styles, fonts, images and
// connections only from the serving host (plus the page's own inline script,
// by hash, and data: fonts and images embedded in the GraphiQL stylesheet),
// so a browser refuses to contact any other host even if a later gqlgen
// version added a link to one. Methods other than GET and HEAD get 405.
func Playground(title, endpoint, assetPrefix string) http.Handler {
	prefix := mustPrefix(assetPrefix)
	if !isLocalPath(endpoint) {
		panic("web: playground endpoint must be an absolute path on this server such as \"/query\", got " + quote(endpoint))
	}
	gqlgenPage := playground.Handler(title, endpoint,
		playground.WithGraphiqlVersion(
			prefix+graphiqlJS.path, prefix+graphiqlCSS.path,
			graphiqlJS.integrity, graphiqlCSS.integrity),
		playground.WithGraphiqlReactVersion(
			prefix+reactJS.path, prefix+reactDOMJS.path,
			reactJS.integrity, reactDOMJS.integrity),
		// The explorer plugin is off by default in gqlgen; keep it off
		// explicitly and blank its CDN URLs so they cannot be rendered.
		playground.WithGraphiqlEnablePluginExplorer(false),
		playground.WithGraphiqlPluginExplorerVersion("", "", "", ""),
	)

	rec := &recorder{header: http.Header{}}
	gqlgenPage.ServeHTTP(rec, &http.Request{Method: http.MethodGet, Header: http.Header{}})
	page := rec.body.Bytes()
	sum := sha256.Sum256(page)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	csp := contentSecurityPolicy(string(page))

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", etag)
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(page))
	})
}

// contentSecurityPolicy returns the policy for page: everything from the
// serving host only ('self'), inline scripts only if they are the ones in
// page (allowed by their sha256), inline styles (GraphiQL sets style
// attributes) and data: URLs for the fonts and icons inlined in its CSS.
// 'self' in connect-src covers ws: and wss: to the same host (CSP level 3),
// which the GraphQL subscription transport uses.
func contentSecurityPolicy(page string) string {
	scripts := []string{"'self'"}
	for _, t := range scanTags(page) {
		if t.Name == "script" && t.Attrs["src"] == "" && strings.TrimSpace(t.Text) != "" {
			sum := sha256.Sum256([]byte(t.Text))
			scripts = append(scripts, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		}
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src " + strings.Join(scripts, " "),
		"style-src 'self' 'unsafe-inline'",
		"font-src 'self' data:",
		"img-src 'self' data:",
		"connect-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'self'",
	}, "; ")
}

// recorder is the minimal http.ResponseWriter used to render gqlgen's page once.
type recorder struct {
	header http.Header
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(p []byte) (int, error) { return r.body.Write(p) }
func (r *recorder) WriteHeader(int)             {}
