package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// The reads a dashboard and an analyst make.
var queries = []string{
	`{ statements(speaker: "Zheng Zeguang", topic: "norms") { totalCount edges { node { text speaker { name } article { outlet publishedAt } match { matchedBy via } } } } }`,
	`{ ask(question: "who talked about norms") { speakers { name statementCount } } }`,
	`{ statements(first: 50) { edges { node { text sentence speaker { name statementCount } article { title } topics { name } } } } }`,
	`{ speakers(first: 20) { totalCount edges { node { name roles statementCount } } } }`,
	`{ topics(first: 20) { edges { node { name statementCount speakerCount } } } }`,
	`{ topic(name: "cybersecurity") { statementCount speakers { speaker { name } count } related { name } } }`,
	`{ speaker(name: "Obama") { name quotedAlongside { speaker { name } count } topics(first: 5) { edges { node { name } } } } }`,
}

type report struct {
	requests, ingests, serverErrors, clientErrors int
	latencies                                     []time.Duration
	peakRSSKiB                                    int
	elapsed                                       time.Duration
	cfg                                           config
}

type result struct {
	d         time.Duration
	serverErr bool
	clientErr bool
}

// load runs the readers and the ingester until the duration is up.
func load(ctx context.Context, base string, cfg config) (*report, error) {
	ctx, cancel := context.WithTimeout(ctx, cfg.duration)
	defer cancel()
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: cfg.conns + 1}}
	results := make(chan result, 1024)
	rep := &report{cfg: cfg}
	var collect sync.WaitGroup
	collect.Add(1)
	go func() {
		defer collect.Done()
		for r := range results {
			rep.requests++
			rep.latencies = append(rep.latencies, r.d)
			if r.serverErr {
				rep.serverErrors++
			}
			if r.clientErr {
				rep.clientErrors++
			}
		}
	}()
	var wg sync.WaitGroup
	start := time.Now()
	for i := range cfg.conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := i; ctx.Err() == nil; n++ {
				results <- post(ctx, client, base, "", queries[n%len(queries)], nil)
			}
		}()
	}
	var ingests int
	if cfg.ingestEvery > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; ctx.Err() == nil; n++ {
				r := post(ctx, client, base, token, `mutation($t: String!) { ingestArticle(input: {text: $t}) { statements { id } } }`,
					map[string]any{"t": generated(n)})
				results <- r
				ingests++
				select {
				case <-ctx.Done():
				case <-time.After(cfg.ingestEvery):
				}
			}
		}()
	}
	stopMem := sampleMemory(&rep.peakRSSKiB)
	wg.Wait()
	stopMem()
	close(results)
	collect.Wait()
	rep.elapsed, rep.ingests = time.Since(start), ingests
	return rep, nil
}

// post sends one GraphQL request; a request cut off by the end of the run
// counts as neither success nor error.
func post(ctx context.Context, c *http.Client, base, token, query string, vars map[string]any) result {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return result{d: time.Since(start), clientErr: ctx.Err() == nil}
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := result{d: time.Since(start)}
	var out struct {
		Errors []struct {
			Extensions struct{ Code string }
		}
	}
	_ = json.Unmarshal(raw, &out)
	r.serverErr = resp.StatusCode >= 500 || (len(out.Errors) > 0 && out.Errors[0].Extensions.Code == "INTERNAL")
	r.clientErr = !r.serverErr && (resp.StatusCode >= 400 || len(out.Errors) > 0)
	return r
}

// generated is the n-th article of a stream of made-up news.
func generated(n int) string {
	return fmt.Sprintf("Harbour fees rise %d\n\n\"Fees at the harbour will rise by %d percent to pay for the new seawall,\" "+
		"Harbour Master Ines Calder%d said on Monday.\n\nCalder%d said the board had no other way to meet the standards set by regulators.\n",
		n, n%40+1, n, n)
}

// sampleMemory records the process's peak resident memory until stopped.
func sampleMemory(peak *int) func() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			if kb := rssKiB(); kb > *peak {
				*peak = kb
			}
			select {
			case <-done:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// rssKiB reads VmHWM (peak resident set) from /proc; 0 where there is none.
func rssKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb
		}
	}
	return 0
}

func (r *report) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "qgload: %s, %d connections reading, ingest every %s (%s/%s, %d CPUs)\n",
		r.cfg.duration, r.cfg.conns, r.cfg.ingestEvery, runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	fmt.Fprintf(w, "requests %d (%.0f/s), ingests %d, server errors %d, client errors %d\n",
		r.requests, float64(r.requests)/r.elapsed.Seconds(), r.ingests, r.serverErrors, r.clientErrors)
	fmt.Fprintf(w, "latency p50 %s  p90 %s  p99 %s  max %s\n",
		r.percentile(0.50).Round(time.Microsecond), r.percentile(0.90).Round(time.Microsecond),
		r.percentile(0.99).Round(time.Microsecond), r.percentile(1).Round(time.Microsecond))
	fmt.Fprintf(w, "peak memory (VmHWM) %.1f MiB\n", float64(r.peakRSSKiB)/1024)
}
