package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// DefaultAssetPrefix is the URL path under which the playground's files are
// conventionally served.
const DefaultAssetPrefix = "/playground/"

// Versions of the embedded npm packages. The directory names under assets/
// carry them too, so a new version gets new URLs (which is what makes the
// "immutable" caching in Assets safe). scripts/refresh-playground.sh pins the
// same versions.
const (
	GraphiQLVersion = "4.1.2"
	ReactVersion    = "18.2.0"
)

//go:embed assets
var embedded embed.FS

// asset is one file the page references, with its Subresource Integrity value.
type asset struct {
	path      string // relative to assets/ and to the asset prefix
	integrity string // sha384 SRI, printed by scripts/refresh-playground.sh
}

var (
	graphiqlJS  = asset{"graphiql-4.1.2/graphiql.min.js", "sha384-9XdHu7ajgGJziD4J1zNBKQ842Q/+zZfDv+ib1eMhZWBH6hPAs806x+Jbcf0yNO6B"}
	graphiqlCSS = asset{"graphiql-4.1.2/graphiql.min.css", "sha384-1el1QShFBnnXTx9x/Cprg82hZWKt0ry29OAYIXt05swbi0KcZDFoj0CWguMpopJr"}
	reactJS     = asset{"react-18.2.0/umd/react.production.min.js", "sha384-tMH8h3BGESGckSAVGZ82T9n90ztNXxvdwvdM6UoR56cYcf+0iGXBliJ29D+wZ/x8"}
	reactDOMJS  = asset{"react-dom-18.2.0/umd/react-dom.production.min.js", "sha384-bm7MnzvK++ykSwVJ2tynSE5TRdN+xL418osEVF2DE/L/gfWHj91J2Sphe582B1Bh"}
)

// servedFile is an embedded file ready to be served.
type servedFile struct {
	data        []byte
	contentType string
	etag        string
}

// files maps a path relative to the asset prefix (e.g.
// "graphiql-4.1.2/graphiql.min.js") to its content. It holds every file under
// assets/, licenses included.
var files = loadFiles()

func loadFiles() map[string]servedFile {
	m := make(map[string]servedFile)
	err := fs.WalkDir(embedded, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := embedded.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		m[strings.TrimPrefix(p, "assets/")] = servedFile{
			data:        data,
			contentType: contentType(p),
			etag:        `"` + hex.EncodeToString(sum[:16]) + `"`,
		}
		return nil
	})
	if err != nil {
		panic("web: reading embedded assets: " + err.Error())
	}
	for _, a := range []asset{graphiqlJS, graphiqlCSS, reactJS, reactDOMJS} {
		if _, ok := m[a.path]; !ok {
			panic("web: embedded asset missing: " + a.path)
		}
	}
	return m
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	default: // LICENSE files
		return "text/plain; charset=utf-8"
	}
}

// Assets returns a handler serving the embedded playground files at
// assetPrefix+name, e.g. "/playground/graphiql-4.1.2/graphiql.min.js".
//
// Mount it at the prefix itself, with the same assetPrefix given to
// Playground:
//
//	mux.Handle("/playground/", web.Assets("/playground/"))
//
// It answers GET and HEAD (405 otherwise) and 404 for unknown names. Files
// are served with their content type, X-Content-Type-Options: nosniff, an
// ETag, and Cache-Control: public, max-age=31536000, immutable: the version
// is part of every path, so a file's content never changes at a given URL.
// Conditional and range requests are handled by http.ServeContent.
//
// assetPrefix must be an absolute path ("/..."); a missing trailing slash is
// added. It panics otherwise.
func Assets(assetPrefix string) http.Handler {
	prefix := mustPrefix(assetPrefix)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, prefix)
		f, found := files[name]
		if !ok || !found {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.contentType)
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("ETag", f.etag)
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(f.data))
	})
}

// mustPrefix checks that p is an absolute path on this server and returns it
// with a trailing slash.
func mustPrefix(p string) string {
	if !isLocalPath(p) {
		panic("web: asset prefix must be an absolute path on this server such as \"/playground/\", got " + quote(p))
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p
}

// isLocalPath reports whether p is a path on the current host: it starts
// with a single "/" (so it is neither a URL with a scheme nor
// scheme-relative "//host/...") and has no characters a browser would treat
// as the end of the path or as a host separator.
func isLocalPath(p string) bool {
	return strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") &&
		!strings.ContainsAny(p, "\\?#\"'<> \t\r\n")
}

func quote(s string) string { return `"` + s + `"` }
