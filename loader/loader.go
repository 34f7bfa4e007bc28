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
	"runtime/debug"
	"sort"
	"strings"
	"syscall"
	"unicode"

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

// Result is what processing one file found.
type Result struct {
	Article    quotegraph.Article
	Statements []quotegraph.Statement
	// Notes say what decoding did to read the file: "not UTF-8: read as
	// Windows-1252".
	Notes []string
}

// Process decodes, parses and extracts one file's content.
func (p Pipeline) Process(name string, data []byte) (quotegraph.Article, []quotegraph.Statement, error) {
	r, err := p.ProcessFile(name, data)
	return r.Article, r.Statements, err
}

// ProcessFile decodes one file's content to UTF-8 (see Decode), parses it and
// extracts its statements and their topics. A panic in parsing or extraction
// is returned as a *PanicError: one file never stops a run.
func (p Pipeline) ProcessFile(name string, data []byte) (res Result, err error) {
	text, notes, err := Decode(data)
	if err != nil {
		return Result{}, err
	}
	res.Notes = notes
	stage := "ingest.Parse"
	defer func() {
		if v := recover(); v != nil {
			res = Result{Notes: notes}
			err = &PanicError{Stage: stage, Value: v, Stack: debug.Stack()}
		}
	}()
	a, err := ingest.Parse(name, text)
	if err != nil {
		return res, err
	}
	a.Source = name
	if err := hasWords(name, a); err != nil {
		return res, err
	}
	stage = "ingest.Extract"
	stmts := ingest.Extract(a)
	if p.Topics != nil {
		stage = "topic extraction"
		for i := range stmts {
			stmts[i].Topics = p.Topics.Extract(stmts[i].Text)
		}
	}
	res.Article, res.Statements = a, stmts
	return res, nil
}

// hasWords refuses an article without body text: no paragraphs, or
// paragraphs without a single letter.
func hasWords(name string, a quotegraph.Article) error {
	for _, sp := range a.Paragraphs {
		if sp.Start < 0 || sp.End > len(a.Text) || sp.Start > sp.End {
			return fmt.Errorf("ingest.Parse returned paragraph %d-%d outside the %d-byte text (a bug: please report it with this file)", sp.Start, sp.End, len(a.Text))
		}
		for _, r := range a.Text[sp.Start:sp.End] {
			if unicode.IsLetter(r) {
				return nil
			}
		}
	}
	if len(a.Paragraphs) == 0 {
		return quotegraph.Errorf(quotegraph.EINVALID, "%s: no article text found", filepath.Base(name))
	}
	return quotegraph.Errorf(quotegraph.EINVALID, "%s: no words in the article text", filepath.Base(name))
}

// PanicError is a panic in parsing or extraction, caught so that the run goes
// on. It is a bug: the message says where, to report it with the file.
type PanicError struct {
	Stage string // "ingest.Parse", "ingest.Extract"
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	msg := fmt.Sprintf("%s panicked: %v", e.Stage, e.Value)
	if at := e.Where(); at != "" {
		msg += " at " + at
	}
	return msg + " (a bug: please report it with this file)"
}

// Where is the innermost frame of the stack outside the runtime and this
// package, as "file.go:123", "" when unknown.
func (e *PanicError) Where() string {
	lines := strings.Split(string(e.Stack), "\n")
	for i := 1; i+1 < len(lines); i++ {
		fn, file := lines[i], lines[i+1]
		if strings.HasPrefix(fn, "\t") || !strings.HasPrefix(file, "\t") {
			continue
		}
		file = strings.TrimSpace(file)
		if strings.HasPrefix(fn, "runtime") || strings.HasPrefix(fn, "panic(") || strings.Contains(fn, "/loader.") {
			continue
		}
		if j := strings.LastIndex(file, " +0x"); j >= 0 {
			file = file[:j]
		}
		dir, base := filepath.Split(file)
		return filepath.Base(dir) + "/" + base
	}
	return ""
}

// Failure is a file that could not be ingested, and why.
type Failure struct {
	Path string
	Err  error
}

func (f Failure) Error() string { return fmt.Sprintf("%s: %v", f.Path, f.Err) }

// Files lists the article files under the given paths: files as given,
// folders walked (hidden entries skipped), each file once, in order.
// Symbolic links are followed, to files and to folders, each folder walked
// once; a link that leads back into a folder being walked is a loop and is
// named as a failure, as are paths that cannot be read and entries that are
// not regular files (devices, pipes, sockets).
func Files(paths []string) ([]string, []Failure) {
	w := walker{seen: map[string]bool{}, walked: map[string]bool{}}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			w.fail(root, pathError(err))
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				w.fail(root, notRegular(info))
				continue
			}
			w.add(root)
			continue
		}
		w.found = w.found[:0]
		w.dir(root, nil)
		sort.Strings(w.found)
		for _, p := range w.found {
			w.add(p)
		}
	}
	return w.files, w.fails
}

type walker struct {
	files  []string
	fails  []Failure
	found  []string        // files of the root being walked
	seen   map[string]bool // real paths of the files listed
	walked map[string]bool // real paths of the folders walked
}

func (w *walker) fail(p string, err error) { w.fails = append(w.fails, Failure{p, err}) }

// add lists a file once, however many paths lead to it.
func (w *walker) add(p string) {
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		real = p
	}
	if !w.seen[real] {
		w.seen[real] = true
		w.files = append(w.files, p)
	}
}

// dir walks a folder; stack holds the real paths of the folders it is in.
func (w *walker) dir(p string, stack []string) {
	real, err := filepath.EvalSymlinks(p)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		w.fail(p, pathError(err))
		return
	}
	for _, up := range stack {
		if up == real {
			w.fail(p, quotegraph.Errorf(quotegraph.EINVALID, "symbolic link loop: leads back to the folder %s", up))
			return
		}
	}
	if w.walked[real] {
		return // reached before through another link
	}
	w.walked[real] = true
	entries, err := os.ReadDir(p)
	if err != nil {
		w.fail(p, pathError(err))
		// ReadDir returns what it read before the error.
	}
	stack = append(stack, real)
	for _, d := range entries {
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		q := filepath.Join(p, d.Name())
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(q)
			if err != nil {
				w.fail(q, linkError(err))
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsRegular():
			w.found = append(w.found, q)
		case mode.IsDir():
			w.dir(q, stack)
		default:
			w.fail(q, quotegraph.Errorf(quotegraph.EINVALID, "not a regular file (%s)", modeName(mode)))
		}
	}
}

func notRegular(info fs.FileInfo) error {
	return quotegraph.Errorf(quotegraph.EINVALID, "not a regular file (%s)", modeName(info.Mode()))
}

func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// linkError explains why a symbolic link cannot be followed.
func linkError(err error) error {
	err = pathError(err)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return quotegraph.Errorf(quotegraph.EINVALID, "broken symbolic link: its target does not exist")
	case errors.Is(err, syscall.ELOOP):
		return quotegraph.Errorf(quotegraph.EINVALID, "symbolic link loop: too many levels of symbolic links")
	}
	return err
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFile reads a file of at most max bytes. A larger file is refused from
// its size alone, before anything is read; a file whose size the system does
// not know is read up to max+1 bytes.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return nil, quotegraph.Errorf(quotegraph.EINVALID, "a folder, not a file")
		}
		if info.Mode().IsRegular() && info.Size() > max {
			return nil, tooLarge(info.Size(), max)
		}
	}
	size := int64(512)
	if info, err := f.Stat(); err == nil && info.Size() > 0 {
		size = info.Size() + 1 // one more, to see the end of the file
	}
	data, err := readAll(io.LimitReader(f, max+1), min(size, max+1))
	if err != nil {
		return nil, pathError(err)
	}
	if int64(len(data)) > max {
		return nil, tooLarge(-1, max)
	}
	return data, nil
}

// readAll is io.ReadAll starting from a buffer of the expected size, so that
// a large file takes its size in memory and not up to twice that.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func tooLarge(size, max int64) error {
	if size < 0 {
		return quotegraph.Errorf(quotegraph.EINVALID, "larger than the %d-byte limit (raise it with --max-bytes)", max)
	}
	return quotegraph.Errorf(quotegraph.EINVALID, "%d bytes, larger than the %d-byte limit (raise it with --max-bytes)", size, max)
}
