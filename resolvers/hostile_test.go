package resolvers_test

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestHostileRequests: each abusive request is refused with a GraphQL error
// and a 4xx status, and /healthz keeps answering within a second while a
// flood of them runs.
func TestHostileRequests(t *testing.T) {
	srv := server(t)
	batch := "[" + strings.TrimSuffix(strings.Repeat(`{"query":"{ statements { totalCount } }"},`, 100), ",") + "]"
	aliases := `{"query":"{` + strings.Repeat(` x: speakers { totalCount }`, 1) + func() string {
		var b strings.Builder
		for i := range 1000 {
			fmt.Fprintf(&b, ` a%d: speakers { totalCount }`, i)
		}
		return b.String()
	}() + `}"}`
	tests := []struct {
		name, body string
		status     int
	}{
		{"malformed JSON", `{"query": "{ statements { totalCount } }"`, http.StatusBadRequest},
		{"batched by the hundred", batch, http.StatusBadRequest},
		{"ten megabytes", `{"query":"` + strings.Repeat(" ", 10<<20) + `"}`, http.StatusRequestEntityTooLarge},
		{"a thousand aliases", aliases, http.StatusUnprocessableEntity},
		{"not a query", `{"query":"mutation"}`, http.StatusUnprocessableEntity},
	}
	post := func(body string) (int, string) {
		resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(body))
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, tt := range tests {
		status, body := post(tt.body)
		if status != tt.status || !strings.Contains(body, `"errors"`) {
			t.Errorf("%s: status %d, want %d; body %.200s", tt.name, status, tt.status, body)
		}
	}

	// A flood of them, with /healthz asked alongside.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
					post(tests[i%len(tests)].body)
				}
			}
		}()
	}
	client := http.Client{Timeout: time.Second}
	for range 20 {
		start := time.Now()
		resp, err := client.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatalf("healthz under a flood: %v", err)
		}
		resp.Body.Close()
		if d := time.Since(start); resp.StatusCode != http.StatusOK || d > time.Second {
			t.Fatalf("healthz under a flood: %d after %s", resp.StatusCode, d)
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
}
