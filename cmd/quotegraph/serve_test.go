package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServe runs `quotegraph serve` on a free loopback port until the test
// ends, and returns its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := freeAddr(t)
	done := make(chan int, 1)
	go func() {
		code, _, _ := run(t, ctx, append([]string{"serve", "--addr", addr, "--store", filepath.Join(t.TempDir(), "q.db")}, args...)...)
		done <- code
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("serve did not shut down")
		}
	})
	base := "http://" + addr
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			return base
		}
		if time.Now().After(deadline) {
			t.Fatal("server did not come up")
		}
	}
}

// TestSlowClientIsCutOff: a client that never finishes its headers
// (slowloris) is disconnected by the server's header timeout.
func TestSlowClientIsCutOff(t *testing.T) {
	base := startServe(t, "--read-header-timeout", "500ms")
	conn, err := net.Dial("tcp", base[len("http://"):])
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, err = bufio.NewReader(conn).ReadString('\n')
	if err == nil {
		// The server may answer 408 before closing; then the next read ends.
		_, err = io.ReadAll(conn)
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server kept a slow client for %s", time.Since(start))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("cut off only after %s", d)
	}
	// Other clients are still served.
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz after a slow client: %v %v", resp, err)
	}
	resp.Body.Close()
}

// TestShutdownFinishesRequestsInFlight: SIGTERM (here, the context) while
// an ingest mutation is being worked on lets it finish and answer before
// serve exits.
func TestShutdownFinishesRequestsInFlight(t *testing.T) {
	t.Setenv("QUOTEGRAPH_TOKEN", "t0ken")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr := freeAddr(t)
	done := make(chan int, 1)
	go func() {
		code, _, _ := run(t, ctx, "serve", "--addr", addr, "--store", filepath.Join(t.TempDir(), "q.db"))
		done <- code
	}()
	base := "http://" + addr
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("server did not come up")
		}
	}
	// An article long enough that extracting it takes a while.
	var article strings.Builder
	article.WriteString("Harbour report\n\n")
	for i := 0; article.Len() < 60<<10; i++ {
		fmt.Fprintf(&article, "\"The seawall at pier %d will hold,\" Harbour Master Ines Calder said. She added that repairs would cost %d crowns.\n\n", i, i*10)
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($t: String!) { ingestArticle(input: {text: $t}) { statements { id } } }`,
		"variables": map[string]any{"t": article.String()},
	})
	type answer struct {
		status int
		body   string
		at     time.Time
		err    error
	}
	answered := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer t0ken")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			answered <- answer{err: err, at: time.Now()}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answered <- answer{status: resp.StatusCode, body: string(b), at: time.Now()}
	}()
	time.Sleep(100 * time.Millisecond) // the request is in: extraction runs
	stopped := time.Now()
	cancel()
	a := <-answered
	if a.err != nil || a.status != http.StatusOK || !strings.Contains(a.body, `"statements":[{"id"`) {
		t.Fatalf("the request in flight got %d %v %.200s", a.status, a.err, a.body)
	}
	if !a.at.After(stopped) {
		t.Skip("the request finished before the shutdown began; nothing was in flight")
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not exit")
	}
}
