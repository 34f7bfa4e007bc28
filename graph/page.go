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

// position decodes a cursor; "" is the start (-1).
func position(c string) (int, error) {
	if c == "" {
		return -1, nil
	}
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

// paginate cuts one page out of a sorted list.
func paginate[T any](all []T, p quotegraph.Page) (quotegraph.Connection[T], error) {
	out := quotegraph.Connection[T]{Total: len(all)}
	after, err := position(p.After)
	if err != nil {
		return out, err
	}
	first := p.First
	switch {
	case first < 0:
		first = 0
	case first == 0:
		first = defaultPage
	}
	first = min(first, maxPage)
	start := min(after+1, len(all))
	end := min(start+first, len(all))
	out.Items = all[start:end]
	for i := start; i < end; i++ {
		out.Cursors = append(out.Cursors, cursor(i))
	}
	out.HasNext = end < len(all)
	out.HasPrevious = start > 0
	return out, nil
}
