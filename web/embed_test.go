package web_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/web"
)

// sampleStore is a real store with the sample articles.
func sampleStore(t *testing.T) quotegraph.Store {
	t.Helper()
	ctx := context.Background()
	s, _, err := samples.Open(ctx, filepath.Join(t.TempDir(), "q.db"), "../testdata/articles", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// embedServer serves the panel over s at /embed/statements, and /frame, a
// page that puts the panel in a 320-pixel iframe and reports, in its DOM,
// whether the panel's content fits that width.
func embedServer(t *testing.T, s quotegraph.Store) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("GET /embed/statements", web.Embed(s, nil))
	mux.HandleFunc("GET /frame", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><body style="margin:0">
<iframe id="f" src="/embed/statements?%s" width="320" height="700" style="border:0"></iframe>
<pre id="out">pending</pre>
<script>
document.getElementById("f").addEventListener("load", function () {
  var d = this.contentDocument.documentElement;
  document.getElementById("out").textContent =
    "scrollWidth=" + d.scrollWidth + " clientWidth=" + d.clientWidth + " items=" + this.contentDocument.querySelectorAll("li").length;
});
</script></body></html>`, r.URL.RawQuery)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func embedGet(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
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

// text is the visible text of a page: tags and the style sheet removed,
// entities decoded as a browser would for the few the template emits.
func text(page string) string {
	page = regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(page, "")
	page = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " ")
	page = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(page)
	return strings.Join(strings.Fields(page), " ")
}

func TestEmbedFlagship(t *testing.T) {
	srv := embedServer(t, sampleStore(t))
	resp, page := embedGet(t, srv.URL+"/embed/statements?speaker=Zheng%20Zeguang&topic=norms")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("status %d, %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	got := text(page)
	for _, want := range []string{
		"Zheng Zeguang on “norms”", "2 statements",
		`China and the US "can cooperate and should cooperate on setting international Internet standards"`,
		`"we can cooperate and we should cooperate," including on setting international Internet standards`,
		"China Daily · 18 Sep 2015", "Reuters · 17 Sep 2015",
		"Why: about “standard”, a broader term for “norms” (norm ⊂ standard)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("panel lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(page, "<li>"); n != 2 {
		t.Errorf("%d statements listed, want 2", n)
	}
	if strings.Contains(got, "· Mr.") {
		t.Error("an honorific is shown as a role")
	}

	// Self-contained: nothing to fetch, no script, and a policy that says so.
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") || strings.Contains(csp, "script-src") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	for _, tag := range web.ScanTags(page) {
		switch tag.Name {
		case "script", "link", "img", "iframe", "object", "embed", "source", "video", "audio":
			t.Errorf("the panel has a <%s> tag", tag.Name)
		}
		for name, v := range tag.Attrs {
			if (name == "src" || name == "srcset") || (name == "href" && tag.Name != "a") || strings.HasPrefix(name, "on") {
				t.Errorf("<%s %s=%q>", tag.Name, name, v)
			}
		}
	}
	if strings.Contains(page, "@import") || strings.Contains(page, "url(") {
		t.Error("the style sheet fetches something")
	}
}

func TestEmbedStates(t *testing.T) {
	srv := embedServer(t, sampleStore(t))
	tests := []struct {
		query  string
		status int
		want   []string
		items  int
	}{
		{"speaker=Nobody%20At%20All", 200, []string{"No statements found", "Nothing stored matches speaker “Nobody At All”"}, 0},
		{"speaker=Zheng&topic=bananas", 200, []string{"No statements found", "speaker “Zheng” and topic “bananas”"}, 0},
		{"kind=quoted", 400, []string{"Cannot show these statements", `kind "quoted": want direct, indirect or mixed`}, 0},
		{"limit=51", 400, []string{"Cannot show these statements", `limit "51": want a number from 1 to 50`}, 0},
		{"limit=0", 400, []string{`limit "0"`}, 0},
		{"speker=Zheng", 400, []string{`unknown parameter "speker"`}, 0},
		{"since=2016-01-01&until=2015-01-01", 400, []string{"must be after since"}, 0},
		{"theme=pink", 400, []string{`theme "pink": want light or dark`}, 0},
		{"limit=3", 200, []string{"Latest statements", "3 of ", "newest first"}, 3},
		{"limit=50", 200, []string{"50 of "}, 50},
		{"speaker=Zheng&title=Beijing%20on%20cyber&theme=dark", 200, []string{"Beijing on cyber"}, 10},
	}
	for _, tt := range tests {
		resp, page := embedGet(t, srv.URL+"/embed/statements?"+tt.query)
		got := text(page)
		if resp.StatusCode != tt.status || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s: status %d (%s), want %d", tt.query, resp.StatusCode, resp.Header.Get("Content-Type"), tt.status)
		}
		for _, want := range tt.want {
			if !strings.Contains(got, want) {
				t.Errorf("%s: lacks %q:\n%s", tt.query, want, got)
			}
		}
		if n := strings.Count(page, "<li>"); n != tt.items {
			t.Errorf("%s: %d statements, want %d", tt.query, n, tt.items)
		}
	}
}

// failingStore fails every read, as a broken disk would.
type failingStore struct{ quotegraph.Store }

func (failingStore) Statements(context.Context, quotegraph.StatementFilter, quotegraph.Page) (quotegraph.Connection[quotegraph.Statement], error) {
	return quotegraph.Connection[quotegraph.Statement]{}, fmt.Errorf("bolt: /secret/path/q.db: input/output error")
}

func TestEmbedStoreFailureHidesDetails(t *testing.T) {
	srv := embedServer(t, failingStore{})
	resp, page := embedGet(t, srv.URL+"/embed/statements?speaker=Zheng")
	if resp.StatusCode != 500 || !strings.Contains(text(page), "The statements could not be loaded") {
		t.Errorf("status %d:\n%s", resp.StatusCode, text(page))
	}
	if strings.Contains(page, "secret") || strings.Contains(page, "bolt") {
		t.Error("the error page shows internal details")
	}
}

// TestEmbedEscapes stores words that are HTML and checks they are shown as
// words.
func TestEmbedEscapes(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Path: filepath.Join(t.TempDir(), "q.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	said := `<script>alert("x")</script> & <b>bold</b> <img src=x onerror=alert(1)>`
	body := "Intro. " + said + " end."
	start := strings.Index(body, said)
	_, err = s.Put(ctx, quotegraph.Article{Text: body, Title: "<i>t</i>", Outlet: `"Evil" <Outlet>`,
		URL: "javascript:alert(1)", Published: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)},
		[]quotegraph.Statement{{Speaker: quotegraph.Speaker{Name: "Eve <b>Hacker</b>", Kind: quotegraph.Person},
			Role: `<a href="x">Chief</a>`, Cue: "said", Kind: quotegraph.Direct,
			Span: quotegraph.Span{Start: start, End: start + len(said)}, Text: said}})
	if err != nil {
		t.Fatal(err)
	}
	srv := embedServer(t, s)
	_, page := embedGet(t, srv.URL+"/embed/statements?title=%3Cscript%3Ex%3C/script%3E")
	for _, bad := range []string{"<script", "<b>", "<img", "<i>", "<Outlet>", "javascript:", `<a href="x">`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	got := text(page)
	for _, want := range []string{said, "Eve <b>Hacker</b>", `"Evil" <Outlet>`, "<script>x</script>", "2 Jan 2020"} {
		if !strings.Contains(got, want) {
			t.Errorf("page does not show %q as text:\n%s", want, got)
		}
	}
}

// chromium runs the browser headless, offline but for the test server.
func chromium(t *testing.T, browser string, args ...string) (string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--hide-scrollbars", "--window-size=400,800", "--force-device-scale-factor=1",
	}
	cmd := exec.CommandContext(ctx, browser, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, stderr.String())
	}
	return string(out), stderr.String()
}

// screenshot renders url at 400×800 and decodes the PNG.
func screenshot(t *testing.T, browser, url string) image.Image {
	t.Helper()
	file := filepath.Join(t.TempDir(), "shot.png")
	chromium(t, browser, "--screenshot="+file, url)
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	return img
}

// inkRows counts the pixel rows of img that have text-like contrast: some
// pixel far from the row's background (its first pixel).
func inkRows(img image.Image) (rows int, variance float64) {
	b := img.Bounds()
	var sum, sum2, n float64
	for y := b.Min.Y; y < b.Max.Y; y++ {
		bg := lum(img.At(b.Min.X, y))
		ink := false
		for x := b.Min.X; x < b.Max.X; x++ {
			l := lum(img.At(x, y))
			sum, sum2, n = sum+l, sum2+l*l, n+1
			if math.Abs(l-bg) > 0.35 {
				ink = true
			}
		}
		if ink {
			rows++
		}
	}
	mean := sum / n
	return rows, sum2/n - mean*mean
}

func lum(c interface{ RGBA() (r, g, b, a uint32) }) float64 {
	r, g, bl, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(bl)) / 0xffff
}

// TestEmbedInBrowser renders the panel in headless Chromium at 400 pixels:
// the text a reader sees, a screenshot with text on it (more for two
// statements than for the empty state, in light and dark), and content that
// fits the width of an iframe without sideways scrolling.
func TestEmbedInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium found (set QUOTEGRAPH_CHROMIUM to a browser binary to run this test)")
	}
	srv := embedServer(t, sampleStore(t))
	flagship := srv.URL + "/embed/statements?speaker=Zheng%20Zeguang&topic=norms"

	dom, log := chromium(t, browser, "--dump-dom", flagship)
	got := text(dom)
	for _, want := range []string{"Zheng Zeguang on “norms”", "international Internet standards", "China Daily", "Reuters",
		"18 Sep 2015", "broader term for “norms”"} {
		if !strings.Contains(got, want) {
			t.Errorf("rendered page lacks %q:\n%s\nbrowser log:\n%s", want, got, truncate(log, 3000))
		}
	}
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "Refused to") || strings.Contains(line, "Content Security Policy") {
			t.Errorf("browser: %s", line)
		}
	}

	full := screenshot(t, browser, flagship)
	empty := screenshot(t, browser, srv.URL+"/embed/statements?speaker=Nobody")
	dark := screenshot(t, browser, flagship+"&theme=dark")
	for name, img := range map[string]image.Image{"flagship": full, "empty": empty, "dark": dark} {
		if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 800 {
			t.Errorf("%s screenshot is %dx%d, want 400x800", name, b.Dx(), b.Dy())
		}
	}
	fullRows, fullVar := inkRows(full)
	emptyRows, emptyVar := inkRows(empty)
	darkRows, _ := inkRows(dark)
	t.Logf("rows with text: flagship %d (variance %.4f), empty %d (%.4f), dark %d", fullRows, fullVar, emptyRows, emptyVar, darkRows)
	if fullVar < 0.005 || emptyVar < 0.001 {
		t.Errorf("a screenshot is blank: variance %.4f and %.4f", fullVar, emptyVar)
	}
	// Two statements of several lines each, a heading, meta and reasons.
	if fullRows < 150 || fullRows < 2*emptyRows {
		t.Errorf("flagship screenshot has %d rows with text, the empty state %d: the statements are not drawn", fullRows, emptyRows)
	}
	if darkRows < fullRows*8/10 {
		t.Errorf("dark theme has %d rows with text against %d in light: text is not readable", darkRows, fullRows)
	}
	if c := lum(dark.At(2, 2)); c > 0.3 {
		t.Errorf("dark theme background luminance %.2f", c)
	}
	if c := lum(full.At(2, 2)); c < 0.7 {
		t.Errorf("light background luminance %.2f (system theme of headless Chromium is light)", c)
	}

	// In a 320-pixel iframe (narrower than the 400 asked for) the content fits its width.
	frame, log := chromium(t, browser, "--virtual-time-budget=5000", "--dump-dom", srv.URL+"/frame?speaker=Zheng&limit=50")
	m := regexp.MustCompile(`scrollWidth=(\d+) clientWidth=(\d+) items=(\d+)`).FindStringSubmatch(frame)
	if m == nil {
		t.Fatalf("the frame page did not measure the panel:\n%s\n%s", truncate(frame, 2000), truncate(log, 2000))
	}
	if m[1] != m[2] || m[3] == "0" {
		t.Errorf("panel in a 320-px iframe: %s (content wider than the frame, or empty)", m[0])
	}
}
