package graph

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/quotegraph/quotegraph"
)

const (
	defaultPage = 20
	maxPage     = 1000
)

// cursor is an opaque position in a sorted list.
func cursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("pos:" + strconv.Itoa(i)))
}

// position decodes a cursor.
func position(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if n, ok := strings.CutPrefix(string(b), "pos:"); ok {
			if i, err := strconv.Atoi(n); err == nil && i >= 0 {
				return i, nil
			}
		}
	}
	return 0, quotegraph.Errorf(quotegraph.EINVALID, "invalid cursor %q", c)
}

// paginate cuts one page out of a sorted list, as Relay's connection
// specification says: after and before narrow the list, then first takes
// from its start or last from its end.
func paginate[T any](all []T, p quotegraph.Page) (quotegraph.Connection[T], error) {
	out := quotegraph.Connection[T]{Total: len(all)}
	start, end := 0, len(all)
	if p.After != "" {
		i, err := position(p.After)
		if err != nil {
			return out, err
		}
		start = min(i+1, len(all))
	}
	if p.Before != "" {
		i, err := position(p.Before)
		if err != nil {
			return out, err
		}
		end = max(min(i, len(all)), start)
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
	out.Items = all[start:end]
	for i := start; i < end; i++ {
		out.Cursors = append(out.Cursors, cursor(i))
	}
	out.HasNext = end < len(all)
	out.HasPrevious = start > 0
	return out, nil
}
