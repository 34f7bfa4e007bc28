// Package loader feeds article files to a store: it walks files and folders,
// turns each file into an article and its statements, and stores each article
// in one transaction, skipping what is stored already. A bad file is named
// with its reason and the rest goes on.
package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/ingest"
)

// DefaultMaxBytes is the largest file read unless raised.
const DefaultMaxBytes = 10 << 20

// Topics finds the topics of a statement's text; topic.Index implements it.
type Topics interface {
	Extract(text string) []quotegraph.Topic
}

// Pipeline turns raw files into articles with statements and topics.
type Pipeline struct {
	Topics Topics // nil leaves statements without topics
}

// Process parses and extracts one file's content.
func (p Pipeline) Process(name string, data []byte) (quotegraph.Article, []quotegraph.Statement, error) {
	a, err := ingest.Parse(name, data)
	if err != nil {
		return a, nil, err
	}
	a.Source = name
	stmts := ingest.Extract(a)
	if p.Topics != nil {
		for i := range stmts {
			stmts[i].Topics = p.Topics.Extract(stmts[i].Text)
		}
	}
	return a, stmts, nil
}

// Failure is a file that could not be ingested, and why.
type Failure struct {
	Path string
	Err  error
}

func (f Failure) Error() string { return fmt.Sprintf("%s: %v", f.Path, f.Err) }

// Files lists the article files under the given paths: files as given,
// folders walked (hidden entries skipped), each file once, in order. Paths
// that cannot be read are returned as failures.
func Files(paths []string) ([]string, []Failure) {
	var files []string
	var fails []Failure
	seen := map[string]bool{}
	add := func(p string) {
		abs, err := filepath.Abs(p)
		if err == nil && !seen[abs] {
			seen[abs] = true
			files = append(files, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			fails = append(fails, Failure{root, pathError(err)})
			continue
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		var found []string
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fails = append(fails, Failure{p, pathError(err)})
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case d.Type().IsRegular():
				found = append(found, p)
			case d.Type()&fs.ModeSymlink != 0:
				// Symlinked files are read; symlinked folders are not
				// followed, so a loop cannot trap the walk.
				if st, err := os.Stat(p); err != nil {
					fails = append(fails, Failure{p, pathError(err)})
				} else if st.Mode().IsRegular() {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			fails = append(fails, Failure{root, err})
		}
		sort.Strings(found)
		for _, p := range found {
			add(p)
		}
	}
	return files, fails
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads a file of at most max bytes.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, pathError(err)
	}
	if int64(len(data)) > max {
		return nil, quotegraph.Errorf(quotegraph.EINVALID, "larger than the %d-byte limit (raise it with --max-bytes)", max)
	}
	return data, nil
}
