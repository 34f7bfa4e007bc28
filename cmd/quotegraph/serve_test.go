package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
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
