package main

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestShortLoad runs the load test briefly: it must stop by itself, answer
// every read and ingest, and raise no server error.
func TestShortLoad(t *testing.T) {
	rep, err := run(context.Background(), config{duration: 2 * time.Second, conns: 4, ingestEvery: 50 * time.Millisecond, articles: "../../testdata/articles"})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	rep.print(&b)
	t.Log(b.String())
	if rep.serverErrors > 0 || rep.clientErrors > 0 || rep.requests < 8 || rep.ingests == 0 || rep.peakRSSKiB == 0 {
		t.Fatalf("short load: %s", b.String())
	}
}
