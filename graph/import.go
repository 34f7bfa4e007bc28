package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/quotegraph/quotegraph"
)

// importBatch is the most quads Import writes in one transaction, unless
// one article has more: a batch ends only where the label (the article)
// changes, so that one article's quads, listed together as Export lists
// them, go in together. A variable for tests.
var importBatch = 20_000

// maxImportLine is the longest N-Quads line Import reads: an article body is
// one literal, and the loader reads files of up to 10 MiB by default.
const maxImportLine = 256 << 20

// Import reads quads in the given format ("nquads", as Export writes them)
// and adds them to the store, returning how many it read. Quads already
// stored are skipped, so importing the same input twice, or again after an
// interruption, ends with the same graph.
//
// Import reads the whole input once to validate it before it writes
// anything: a line that is not a valid quad of a quotegraph graph is an
// EINVALID error naming the line, and the store is left as it was. Input
// that cannot be read twice (a pipe) is first copied to a temporary file.
// It then writes in transactions of about 20 000 quads, each whole or
// not at all, never splitting the quads of one article when they are listed
// together. The import as a whole is not one transaction: if it stops
// midway (a crash, ctx cancelled, a full disk), the store holds the
// batches written so far, and importing the same input again completes it.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (int, error) {
	if format != "nquads" {
		return 0, quotegraph.Errorf(quotegraph.EINVALID, "unknown import format %q (want nquads)", format)
	}
	rs, cleanup, err := rereadable(r)
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	defer cleanup()
	start, err := rs.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	n, err := eachQuad(ctx, rs, func(int, quad.Quad) error { return nil })
	if err != nil {
		return 0, err
	}
	if _, err := rs.Seek(start, io.SeekStart); err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	written := 0
	var batch []quad.Quad
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := s.write(ctx, func() error {
			tx := graph.NewTransactionN(len(batch))
			for _, q := range batch {
				tx.AddQuad(q)
			}
			return s.applyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true})
		})
		if err != nil {
			return err
		}
		written += len(batch)
		batch = batch[:0]
		return nil
	}
	_, err = eachQuad(ctx, rs, func(_ int, q quad.Quad) error {
		if len(batch) >= importBatch && q.Label != batch[len(batch)-1].Label {
			if err := flush(); err != nil {
				return err
			}
		}
		batch = append(batch, q)
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return written, fmt.Errorf("import stopped after %d of %d quads (import the same input again to finish): %w", written, n, err)
	}
	return n, nil
}

// IsEmpty reports whether the store holds no quads at all.
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	empty := true
	err := s.read(ctx, func() error {
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		empty = !it.Next(ctx)
		return it.Err()
	})
	return empty, err
}

// rereadable returns r as a reader that can seek back to where it is now:
// r itself when it is a regular file, else a temporary copy.
func rereadable(r io.Reader) (io.ReadSeeker, func(), error) {
	if f, ok := r.(*os.File); ok {
		// Stdin may be a pipe, which has Seek but cannot go back.
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return f, func() {}, nil
		}
	} else if rs, ok := r.(io.ReadSeeker); ok {
		return rs, func() {}, nil
	}
	tmp, err := os.CreateTemp("", "quotegraph-import-*.nq")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { tmp.Close(); os.Remove(tmp.Name()) }
	if _, err := io.Copy(tmp, r); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("reading the input: %w", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		cleanup()
		return nil, nil, err
	}
	return tmp, cleanup, nil
}

// eachQuad reads N-Quads line by line, validates each quad and calls fn with
// its line number; it returns the number of quads read.
func eachQuad(ctx context.Context, r io.Reader, fn func(line int, q quad.Quad) error) (int, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	n, line := 0, 0
	var buf []byte
	for {
		buf = buf[:0]
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			buf = append(buf, chunk...)
			if len(buf) > maxImportLine {
				return n, lineErr(line+1, "longer than %d bytes", maxImportLine)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return n, fmt.Errorf("import: reading line %d: %w", line+1, err)
		}
		if len(buf) == 0 && err == io.EOF {
			return n, nil
		}
		line++
		if line%1024 == 0 {
			if cerr := ctx.Err(); cerr != nil {
				return n, cerr
			}
		}
		text := bytes.TrimSpace(buf)
		if len(text) > 0 && text[0] != '#' {
			q, perr := parseQuad(string(text))
			if perr != nil {
				return n, lineErr(line, "%v", perr)
			}
			if ferr := fn(line, q); ferr != nil {
				return n, ferr
			}
			n++
		}
		if err == io.EOF {
			return n, nil
		}
	}
}

func lineErr(line int, format string, args ...any) error {
	return quotegraph.Errorf(quotegraph.EINVALID, "line %d: "+format, append([]any{line}, args...)...)
}

// parseQuad parses and checks one N-Quads statement: a subject IRI or blank
// node, a predicate IRI, an object, and a label IRI (quotegraph writes every
// quad under the IRI of the article it belongs to). Typed literals of known
// types (integers, times) are read back as those types, as Put writes them.
func parseQuad(line string) (quad.Quad, error) {
	if !strings.HasSuffix(line, ".") {
		return quad.Quad{}, errors.New("not an N-Quads statement: it does not end with \".\"")
	}
	q, err := nquads.Parse(line)
	if err != nil {
		return quad.Quad{}, fmt.Errorf("not an N-Quads statement: %v", err)
	}
	switch q.Subject.(type) {
	case quad.IRI, quad.BNode:
	default:
		return quad.Quad{}, fmt.Errorf("subject %s is not an IRI or a blank node", show(q.Subject))
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return quad.Quad{}, fmt.Errorf("predicate %s is not an IRI", show(q.Predicate))
	}
	if q.Object == nil {
		return quad.Quad{}, errors.New("no object")
	}
	if q.Label == nil {
		return quad.Quad{}, errors.New("no graph label: quotegraph keeps every quad under its article's IRI")
	}
	if _, ok := q.Label.(quad.IRI); !ok {
		return quad.Quad{}, fmt.Errorf("graph label %s is not an IRI", show(q.Label))
	}
	if ts, ok := q.Object.(quad.TypedString); ok {
		v, err := ts.ParseValue()
		if err != nil {
			return quad.Quad{}, fmt.Errorf("object %s: %v", show(ts), err)
		}
		q.Object = v
	}
	return q, nil
}

func show(v quad.Value) string {
	if v == nil {
		return "(none)"
	}
	s := v.String()
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}
