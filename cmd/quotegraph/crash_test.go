package main

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cleanRun ingests the corpus into a fresh store and returns its sorted
// export and how long the run took.
func cleanRun(t *testing.T, dir, corpus string, n int) (string, time.Duration) {
	t.Helper()
	store := filepath.Join(dir, "clean.db")
	p := runBin(t, "ingest", "--store", store, corpus)
	if p.code != 0 || !strings.Contains(p.stderr, fmt.Sprintf("%d articles stored", n)) {
		t.Fatalf("clean ingest: status %d\n%s", p.code, p.stderr)
	}
	return exportSorted(t, store), p.elapsed
}

// checkWhole checks that every article in got is stored whole: its quads
// are exactly those the clean run stored under its label. It returns how
// many articles got holds.
func checkWhole(t *testing.T, want map[string][]string, got string) int {
	t.Helper()
	groups := byLabel(got)
	for label, lines := range groups {
		w, ok := want[label]
		if !ok {
			t.Fatalf("label %s is not in the clean run's graph", label)
		}
		if strings.Join(w, "\n") != strings.Join(lines, "\n") {
			t.Fatalf("article %s is not whole: %d quads, the clean run has %d", label, len(lines), len(w))
		}
	}
	return len(groups)
}

// sameExport fails when got is not want, naming the first line that differs.
func sameExport(t *testing.T, want, got string) {
	t.Helper()
	if want == got {
		return
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			t.Fatalf("export differs from the clean run's (%d vs %d lines) at line %d:\nwant %.300s\ngot  %.300s", len(wl), len(gl), i+1, wl[i], gl[i])
		}
	}
	t.Fatalf("export differs from the clean run's: %d vs %d lines", len(wl), len(gl))
}

var reSummary = regexp.MustCompile(`(\d+) files: (\d+) articles stored \(\d+ statements, \d+ speakers\), (\d+) skipped as already stored, (\d+) failed(?:, (\d+) not reached)?`)

// summary reads the numbers of an ingest summary: files, stored, skipped,
// failed, not reached.
func summary(t *testing.T, stderr string) [5]int {
	t.Helper()
	m := reSummary.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary in:\n%s", stderr)
	}
	var out [5]int
	for i := range out {
		out[i], _ = strconv.Atoi(m[i+1])
	}
	return out
}

// TestIngestSurvivesKill9 kills a long ingest with SIGKILL at random points,
// checks after each kill that every stored article is whole, runs the same
// command again to its end and compares the graph with a clean run's.
func TestIngestSurvivesKill9(t *testing.T) {
	n, kills := 200, 5
	if testing.Short() {
		n, kills = 80, 3
	}
	dir := t.TempDir()
	c := corpus(t, dir, n)
	want, took := cleanRun(t, dir, c, n)
	wantGroups := byLabel(want)
	if len(wantGroups) != n {
		t.Fatalf("clean run: %d labels, want %d", len(wantGroups), n)
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	t.Logf("clean run of %d articles: %v; kill seed %d", n, took.Round(time.Millisecond), seed)

	store := filepath.Join(dir, "crash.db")
	stored := 0
	for k := 0; k < kills; k++ {
		// The k-th kill comes in the k-th slice of the files, at a random
		// file, and a random moment of storing the one after it (a file
		// takes some milliseconds to parse, extract and commit).
		at := k*n/kills + 1 + rng.Intn(n/kills-2)
		pause := time.Duration(rng.Int63n(int64(took) / int64(n)))
		w := startIngest(t, "--store", store, c)
		if !w.reach(at) {
			p := w.wait(t)
			t.Fatalf("kill %d: the run ended before file %d: status %d\n%s", k+1, at, p.code, p.stderr)
		}
		time.Sleep(pause)
		if err := w.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		if p := w.wait(t); p.signal != syscall.SIGKILL {
			t.Fatalf("kill %d: the run ended by itself (status %d)", k+1, p.code)
		}
		got := checkWhole(t, wantGroups, exportSorted(t, store))
		if got < at || got < stored || got > at+5 {
			t.Fatalf("kill %d after file %d: %d articles stored (%d before)", k+1, at, got, stored)
		}
		t.Logf("kill %d %v after file %d: %d of %d articles stored, each whole", k+1, pause.Round(time.Microsecond), at, got, n)
		stored = got
	}

	p := runBin(t, "ingest", "--store", store, c)
	if p.code != 0 {
		t.Fatalf("ingest after the kills: status %d\n%s", p.code, p.stderr)
	}
	if s := summary(t, p.stderr); s[1] != n-stored || s[2] != stored {
		t.Errorf("ingest after the kills stored %d and skipped %d, want %d and %d:\n%s", s[1], s[2], n-stored, stored, p.stderr)
	}
	sameExport(t, want, exportSorted(t, store))
}

// TestIngestStopsOnSignal sends SIGTERM or SIGINT (Ctrl-C) to a running
// ingest: it finishes the article in hand, closes the store, says what it
// stored and what it did not reach, exits 1, and the same command run again
// stores the rest.
func TestIngestStopsOnSignal(t *testing.T) {
	n := 100
	if testing.Short() {
		n = 60
	}
	dir := t.TempDir()
	c := corpus(t, dir, n)
	want, took := cleanRun(t, dir, c, n)
	wantGroups := byLabel(want)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			store := filepath.Join(dir, fmt.Sprintf("stop-%d.db", sig))
			at := 1 + rng.Intn(n-10)
			w := startIngest(t, "--store", store, c)
			if !w.reach(at) {
				p := w.wait(t)
				t.Fatalf("the run ended before file %d: status %d\n%s", at, p.code, p.stderr)
			}
			time.Sleep(time.Duration(rng.Int63n(int64(took) / int64(n))))
			sent := time.Now()
			if err := w.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			p := w.wait(t)
			stopped := time.Since(sent)
			if p.signal != 0 || p.code != 1 {
				t.Fatalf("after %v: ended by signal %v, status %d; want status 1\n%s", sig, p.signal, p.code, p.stderr)
			}
			if stopped > 5*time.Second {
				t.Errorf("took %v to stop", stopped)
			}
			s := summary(t, p.stderr)
			if s[0] != n || s[3] != 0 || s[4] == 0 || s[1]+s[4] != n || s[1] < at {
				t.Fatalf("summary after file %d: %d files, %d stored, %d failed, %d not reached; want %d files, stored + not reached = %d\n%s",
					at, s[0], s[1], s[3], s[4], n, n, p.stderr)
			}
			if !strings.Contains(p.stderr, "stopped before ") || !strings.Contains(p.stderr, "run the same command again") {
				t.Errorf("no word of what to do next:\n%s", p.stderr)
			}
			if got := checkWhole(t, wantGroups, exportSorted(t, store)); got != s[1] {
				t.Fatalf("the summary says %d articles stored, the store holds %d", s[1], got)
			}
			t.Logf("%v after file %d: %d stored, %d not reached, stopped in %v", sig, at, s[1], s[4], stopped.Round(time.Millisecond))

			p = runBin(t, "ingest", "--store", store, c)
			if r := summary(t, p.stderr); p.code != 0 || r[1] != s[4] || r[2] != s[1] {
				t.Fatalf("resumed ingest: status %d, stored %d, skipped %d; want 0, %d, %d\n%s", p.code, r[1], r[2], s[4], s[1], p.stderr)
			}
			sameExport(t, want, exportSorted(t, store))
		})
	}
}
