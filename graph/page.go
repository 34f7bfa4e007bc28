package graph

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/quotegraph/quotegraph"
)

const (
	defaultPage = 20
	maxPage     = 1000
)

// Lists are paged by key: every list is sorted by a string key of its items
// and a cursor is the key of an item. A page after a cursor starts at the
// first item whose key is greater, so pages stay right while articles are
// stored or deleted between them (no item skipped or repeated), which
// positions would not.

// cursor is an opaque position: an item's key.
func cursor(key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte("k:" + key))
}

// cursorKey decodes a cursor.
func cursorKey(c string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if k, ok := strings.CutPrefix(string(b), "k:"); ok {
			return k, nil
		}
	}
	return "", quotegraph.Errorf(quotegraph.EINVALID, "invalid cursor %q", c)
}

// sortByKey sorts a list by its items' keys and returns the keys in order.
func sortByKey[T any](list []T, key func(T) string) []string {
	keys := make([]string, len(list))
	idx := make([]int, len(list))
	for i := range list {
		keys[i], idx[i] = key(list[i]), i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	sorted := slices.Clone(list)
	sortedKeys := make([]string, len(list))
	for i, j := range idx {
		sorted[i], sortedKeys[i] = list[j], keys[j]
	}
	copy(list, sorted)
	return sortedKeys
}

// sorted is a list sorted by its items' keys.
type sorted[T any] struct {
	items []T
	keys  []string
}

// paginate sorts a list by key and cuts one page out of it.
func paginate[T any](all []T, key func(T) string, p quotegraph.Page) (quotegraph.Connection[T], error) {
	return pageOf(sorted[T]{items: all, keys: sortByKey(all, key)}, p)
}

// pageOf cuts one page out of a sorted list, as Relay's connection
// specification says: after and before narrow the list, then first takes
// from its start or last from its end. The page's items are a copy.
func pageOf[T any](l sorted[T], p quotegraph.Page) (quotegraph.Connection[T], error) {
	all, keys := l.items, l.keys
	out := quotegraph.Connection[T]{Total: len(all)}
	start, end := 0, len(all)
	if p.After != "" {
		k, err := cursorKey(p.After)
		if err != nil {
			return out, err
		}
		start, _ = slices.BinarySearch(keys, k)
		if start < len(keys) && keys[start] == k {
			start++
		}
	}
	if p.Before != "" {
		k, err := cursorKey(p.Before)
		if err != nil {
			return out, err
		}
		end, _ = slices.BinarySearch(keys, k)
		end = max(end, start)
	}
	switch {
	case p.Last > 0:
		start = max(start, end-min(p.Last, maxPage))
	case p.First < 0:
		end = start
	default:
		first := p.First
		if first == 0 {
			first = defaultPage
		}
		end = min(end, start+min(first, maxPage))
	}
	out.Items = slices.Clone(all[start:end])
	for i := start; i < end; i++ {
		out.Cursors = append(out.Cursors, cursor(keys[i]))
	}
	out.HasNext = end < len(all)
	out.HasPrevious = start > 0
	return out, nil
}

// Key parts that sort as strings in the order wanted.

// desc makes larger counts sort first.
func desc(n int) string { return fmt.Sprintf("%012d", 999_999_999_999-int64(n)) }

// descFloat makes larger non-negative scores sort first.
func descFloat(f float64) string { return fmt.Sprintf("%020.9f", 1e9-max(0, min(f, 1e9))) }

// newest makes later times sort first; an unknown time sorts last.
func newest(t time.Time) string {
	if t.IsZero() {
		return "~"
	}
	return fmt.Sprintf("%014d", 10_000_000_000_000-t.Unix())
}

// asc keeps a number's order.
func asc(n int) string { return fmt.Sprintf("%012d", n) }
