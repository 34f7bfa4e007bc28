// Package examples_test runs the notebook example and the README's notebook
// and iframe snippets against a real server on loopback over the sample
// articles.
package examples_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/internal/samples"
	"github.com/quotegraph/quotegraph/resolvers"
)

// python finds an interpreter with requests, pandas and matplotlib:
// $QUOTEGRAPH_PYTHON, Debian's /usr/bin/python3, or python3 on the PATH
// (which may be a pyenv one without them).
func python(t *testing.T) string {
	t.Helper()
	var tried []string
	for _, p := range []string{os.Getenv("QUOTEGRAPH_PYTHON"), "/usr/bin/python3", "python3"} {
		if p == "" {
			continue
		}
		path, err := exec.LookPath(p)
		if err != nil {
			continue
		}
		if err := exec.Command(path, "-c", "import requests, pandas, matplotlib").Run(); err == nil {
			return path
		}
		tried = append(tried, path)
	}
	t.Skipf("no python3 with requests, pandas and matplotlib (tried %v; apt-get install python3-requests python3-pandas python3-matplotlib, or set QUOTEGRAPH_PYTHON)", tried)
	return ""
}

// The server over the sample articles is shared by the tests (ingesting
// them takes a while under the race detector); TestMain closes it.
var (
	once      sync.Once
	shared    *httptest.Server
	store     quotegraph.Store
	serverErr error
	tmp       string
)

func TestMain(m *testing.M) {
	var err error
	if tmp, err = os.MkdirTemp("", "examples-test"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	if shared != nil {
		shared.Close()
		store.Close()
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

// server serves the sample articles on loopback: GraphQL and the rest of
// the API, with the export and embed routes.
func server(t *testing.T) (*httptest.Server, quotegraph.Store) {
	t.Helper()
	once.Do(func() {
		s, _, err := samples.Open(context.Background(), filepath.Join(tmp, "q.db"), "../testdata/articles", nil)
		if err != nil {
			serverErr = err
			return
		}
		// The handler quotegraph serve uses: GraphQL, export and embed.
		shared, store = httptest.NewServer(resolvers.NewHandler(resolvers.HandlerConfig{Store: s})), s
	})
	if serverErr != nil {
		t.Fatal(serverErr)
	}
	return shared, store
}

func runPython(t *testing.T, py string, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\nstdout:\n%s\nstderr:\n%s", py, args, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// TestFlagshipScript runs examples/flagship.py as a notebook would: it must
// answer the founding question, load Zheng's statements as a table and draw
// the timeline.
func TestFlagshipScript(t *testing.T) {
	py := python(t)
	srv, s := server(t)
	plot := filepath.Join(t.TempDir(), "timeline.png")
	script, err := filepath.Abs("flagship.py")
	if err != nil {
		t.Fatal(err)
	}
	out := runPython(t, py, []string{"QUOTEGRAPH_URL=" + srv.URL, "QUOTEGRAPH_PLOT=" + plot}, script)

	for _, want := range []string{
		"Zheng Zeguang on norms: 2 statements",
		"China Daily 2015-09-18: China and the US \"can cooperate and should cooperate on setting international Internet standards\"",
		"Reuters 2015-09-17: \"we can cooperate and we should cooperate,\" including on setting international Internet standards",
		"[BROADER: norm ⊂ standard]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	all, err := s.Statements(context.Background(), quotegraph.StatementFilter{Speaker: "Zheng Zeguang"}, quotegraph.Page{First: -1})
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`table: (\d+) statements by Zheng Zeguang from (\d+) outlets`).FindStringSubmatch(out)
	if m == nil || m[1] != strconv.Itoa(all.Total) || m[2] == "0" {
		t.Errorf("the table should hold Zheng's %d statements:\n%s", all.Total, out)
	}
	m = regexp.MustCompile(`wrote .*: (\d+) topics over (\d+) days`).FindStringSubmatch(out)
	if m == nil || m[1] == "0" || m[2] == "0" {
		t.Errorf("no timeline drawn:\n%s", out)
	}

	f, err := os.Open(plot)
	if err != nil {
		t.Fatalf("no picture: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() < 400 || b.Dy() < 200 {
		t.Errorf("picture is %dx%d", b.Dx(), b.Dy())
	}
	// Not blank: dots, labels and axes leave many distinct colours.
	colours := map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("the picture has %d colours: blank", len(colours))
	}
}

// readmeSection is the README's "For notebooks and dashboards" section.
func readmeSection(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "## For notebooks and dashboards\n")
	if !ok {
		t.Fatal("README has no section \"For notebooks and dashboards\"")
	}
	if i := strings.Index(sec, "\n## "); i >= 0 {
		sec = sec[:i]
	}
	return sec
}

func fenced(t *testing.T, sec, lang string) []string {
	t.Helper()
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```"+lang+"\n(.*?)```").FindAllStringSubmatch(sec, -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) == 0 {
		t.Fatalf("README section has no %s snippet", lang)
	}
	return blocks
}

// TestReadmeSnippets runs the README's notebook snippet and loads its
// iframe as printed, with only the server's address changed.
func TestReadmeSnippets(t *testing.T) {
	srv, _ := server(t)
	sec := readmeSection(t)
	const printed = "http://localhost:8080"

	for _, html := range fenced(t, sec, "html") {
		m := regexp.MustCompile(`<iframe src="([^"]+)"`).FindStringSubmatch(html)
		if m == nil || !strings.HasPrefix(m[1], printed+"/embed/statements?") {
			t.Fatalf("iframe snippet without a panel URL:\n%s", html)
		}
		resp, err := http.Get(strings.Replace(m[1], printed, srv.URL, 1))
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(page), "international Internet standards") ||
			!strings.Contains(string(page), "Zheng Zeguang on “norms”") {
			t.Errorf("iframe %s: status %d:\n%s", m[1], resp.StatusCode, page)
		}
	}

	py := python(t)
	for _, code := range fenced(t, sec, "python") {
		if !strings.Contains(code, printed) {
			t.Fatalf("python snippet names no server:\n%s", code)
		}
		file := filepath.Join(t.TempDir(), "snippet.py")
		if err := os.WriteFile(file, []byte(strings.ReplaceAll(code, printed, srv.URL)), 0o644); err != nil {
			t.Fatal(err)
		}
		out := runPython(t, py, []string{"COLUMNS=200"}, file)
		if strings.Count(out, "norm ⊂ standard") != 2 || !strings.Contains(out, "China Daily") || !strings.Contains(out, "Reuters") {
			t.Errorf("snippet printed:\n%s", out)
		}
	}
}
