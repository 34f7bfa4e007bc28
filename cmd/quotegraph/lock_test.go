package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/graph"
)

// TestHeldStoreFailsAtOnce holds a store in one process and runs every
// command that opens it in others: each gives up within seconds with an
// error that names the file, and once the holder exits the store opens.
func TestHeldStoreFailsAtOnce(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	store := filepath.Join(dir, "held.db")
	// The holder: an import reading standard input, which holds the store
	// open until its input ends.
	holder := exec.Command(binary(t), "import", "--store", store, "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var hout, herr bytes.Buffer
	holder.Stdout, holder.Stderr = &hout, &herr
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Process.Kill()
	// Wait until the holder has the lock: an open from here times out.
	for began := time.Now(); ; {
		s, err := graph.Open(context.Background(), graph.Config{Path: store, LockTimeout: 20 * time.Millisecond})
		if err == nil {
			s.Close()
		} else if quotegraph.ErrorCode(err) == quotegraph.EUNAVAILABLE {
			break
		} else {
			t.Fatal(err)
		}
		if time.Since(began) > 30*time.Second {
			t.Fatal("the holder did not take the store")
		}
		time.Sleep(10 * time.Millisecond)
	}

	t.Run("others", func(t *testing.T) {
		for _, args := range [][]string{
			{"ingest", "--store", store, samples},
			{"export", "--store", store, "--format", "nquads"},
			{"ask", "--store", store, "what did Zheng say about norms"},
			{"import", "--store", store, "--force", writeFile(t, dir, "nothing.nq", "")},
		} {
			t.Run(args[0], func(t *testing.T) {
				t.Parallel()
				p := runBin(t, args...)
				if p.code != 1 || p.signal != 0 {
					t.Errorf("on a held store: status %d, signal %v; want status 1\n%s", p.code, p.signal, p.stderr)
				}
				if p.elapsed > 5*time.Second {
					t.Errorf("on a held store took %v", p.elapsed)
				}
				if !strings.Contains(p.stderr, store) || !strings.Contains(p.stderr, "in use by another process") {
					t.Errorf("on a held store: the error does not name the file and why:\n%s", p.stderr)
				}
				t.Logf("gave up after %v: %s", p.elapsed.Round(time.Millisecond), strings.TrimSpace(p.stderr))
			})
		}
	})

	stdin.Close() // the holder imports nothing and exits
	if err := holder.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		t.Fatalf("holder: %v\n%s", err, herr.String())
	}
	if p := runBin(t, "ingest", "--store", store, samples); p.code != 0 {
		t.Fatalf("ingest after the holder exited: status %d\n%s", p.code, p.stderr)
	}
}
