// Package graph is quotegraph's store: articles, statements, speakers, topics
// and outlets as a Cayley graph. Speaker –said→ statement –about→ topic is the
// path questions walk; each article's quads are written in one transaction
// under the article's IRI as their label, so an article is stored whole or not
// at all and can be removed whole.
//
// Cayley has no locking of its own (concurrent reads and writes crash its
// memstore and deadlock bbolt), so a Store serialises them: an RWMutex held
// for a whole query or a whole write.
package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	lru "github.com/hashicorp/golang-lru/v2"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/quotegraph/quotegraph"
)

// Concepts expands a topic query into the stored topic names it reaches.
// topic.Index implements it.
type Concepts interface {
	Expand(query string) []quotegraph.TopicMatch
}

// Config says which store to open.
type Config struct {
	// Path of the embedded bbolt file, created when missing.
	Path string
	// LockTimeout is how long to wait for another process's lock on the
	// file before giving up with EUNAVAILABLE (default 1s).
	LockTimeout time.Duration
	// Concepts expands topic queries; nil matches topic names exactly.
	Concepts Concepts
	Logger   *slog.Logger
}

// Store is a quotegraph.Store over a Cayley quad store.
type Store struct {
	mu       sync.RWMutex
	qs       graph.QuadStore
	reads    *lru.Cache[readKey, any]                         // see read.go
	lists    *lru.Cache[string, sorted[quotegraph.Statement]] // sorted statement lists by filter, until a write
	concepts Concepts
	log      *slog.Logger
	closed   bool
}

var _ quotegraph.Store = (*Store)(nil)

// Open opens the store at cfg.Path, creating it when missing.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Path == "" {
		return nil, quotegraph.Errorf(quotegraph.EINVALID, "no store path given")
	}
	if cfg.LockTimeout == 0 {
		cfg.LockTimeout = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if dir := filepath.Dir(cfg.Path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", cfg.Path, err)
		}
	}
	db, err := hbolt.Open(cfg.Path, &bolt.Options{Timeout: cfg.LockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, quotegraph.Errorf(quotegraph.EUNAVAILABLE,
			"store %s is in use by another process (waited %s for its lock)", cfg.Path, cfg.LockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, err)
	}
	// no_bloom: kv's write-ahead bloom filters cost ~300 MB on an empty
	// store; duplicate quads are found through the indexes instead.
	opts := graph.Options{kv.OptNoBloom: true}
	qs, err := kv.New(db, opts)
	if errors.Is(err, graph.ErrNotInitialized) {
		if err = kv.Init(db, opts); err == nil {
			qs, err = kv.New(db, opts)
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", cfg.Path, err)
	}
	reads, err := lru.New[readKey, any](readCacheSize)
	if err != nil {
		qs.Close()
		return nil, err
	}
	lists, err := lru.New[string, sorted[quotegraph.Statement]](listCacheSize)
	if err != nil {
		qs.Close()
		return nil, err
	}
	return &Store{qs: qs, reads: reads, lists: lists, concepts: cfg.Concepts, log: cfg.Logger}, nil
}

// readCacheSize bounds the read cache: node properties and walks.
const readCacheSize = 200_000

// listCacheSize bounds the sorted statement lists kept between pages.
const listCacheSize = 8

// Close closes the store; it waits for running queries and writes.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.qs.Close()
}

// applyDeltas writes deltas in one transaction and drops the cached reads
// they change: the walks from each quad's subject and object along its
// predicate, and its subject's properties. Callers hold the write lock.
func (s *Store) applyDeltas(d []graph.Delta, opts graph.IgnoreOpts) error {
	defer func() {
		s.lists.Purge()
		for _, dl := range d {
			q := dl.Quad
			p, _ := q.Predicate.(quad.IRI)
			subj, obj := quad.StringOf(q.Subject), quad.StringOf(q.Object)
			s.reads.Remove(readKey{n: subj})
			s.reads.Remove(readKey{n: subj, p: p, dir: quad.Subject})
			s.reads.Remove(readKey{n: obj, p: p, dir: quad.Object})
		}
	}()
	return s.qs.ApplyDeltas(d, opts)
}

// read runs fn holding the read lock.
func (s *Store) read(ctx context.Context, fn func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return quotegraph.Errorf(quotegraph.EUNAVAILABLE, "store is closed")
	}
	return fn()
}

// write runs fn holding the write lock.
func (s *Store) write(ctx context.Context, fn func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return quotegraph.Errorf(quotegraph.EUNAVAILABLE, "store is closed")
	}
	return fn()
}
