package web_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// findBrowser returns a Chromium-family browser to run headless, or "".
// QUOTEGRAPH_CHROMIUM overrides the search.
func findBrowser() string {
	if p := os.Getenv("QUOTEGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserRendersOffline loads the page in headless Chromium with every
// host but 127.0.0.1 unresolvable, and checks that GraphiQL renders, that it
// queries the endpoint, and that the browser reports no blocked resource
// (CSP), integrity failure or script error. It is skipped when no browser is
// installed or with -short.
func TestBrowserRendersOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	browser := findBrowser()
	if browser == "" {
		t.Skip("no Chromium found (set QUOTEGRAPH_CHROMIUM to a browser binary to run this test)")
	}
	srv, queries := newServer(t)

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(),
		// No network: only the test server's address resolves.
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--enable-logging=stderr", "--v=0",
		"--virtual-time-budget=15000",
		"--dump-dom", srv.URL+"/",
	)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\nstderr:\n%s", browser, err, stderr.String())
	}
	dom := string(out)
	log := stderr.String()

	if !strings.Contains(dom, "graphiql-container") {
		t.Errorf("GraphiQL did not render; DOM:\n%s\nbrowser log:\n%s", truncate(dom, 4000), truncate(log, 4000))
	}
	if queries.Load() == 0 {
		t.Errorf("the page sent no request to %s; browser log:\n%s", testEndpoint, truncate(log, 4000))
	}
	for _, bad := range []string{
		"Refused to",                    // CSP violation
		"Content Security Policy",       // CSP violation (other wording)
		"Failed to find a valid digest", // SRI mismatch
		"Uncaught",                      // script error
		"ERR_NAME_NOT_RESOLVED",         // tried another host
	} {
		for _, line := range strings.Split(log, "\n") {
			if strings.Contains(line, "CONSOLE") && strings.Contains(line, bad) {
				t.Errorf("browser console: %s", line)
			}
		}
	}
	t.Logf("GraphiQL rendered; %d request(s) to %s", queries.Load(), testEndpoint)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
