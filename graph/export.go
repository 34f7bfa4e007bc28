package graph

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/quotegraph/quotegraph"
)

// Export writes every quad of the graph. Formats: "nquads".
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	if format != "nquads" {
		return quotegraph.Errorf(quotegraph.EINVALID, "unknown export format %q (want nquads)", format)
	}
	return s.read(ctx, func() error {
		qw := nquads.NewWriter(w)
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			q, err := s.qs.Quad(it.Result())
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if err := qw.WriteQuad(fullDatatypes(q)); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return qw.Close()
	})
}

// fullDatatypes writes literal datatypes as full IRIs: Cayley names them
// "xsd:integer", which RDF tools read as an unknown type.
func fullDatatypes(q quad.Quad) quad.Quad {
	if ts, ok := q.Object.(quad.TypedStringer); ok {
		t := ts.TypedString()
		t.Type = t.Type.Full()
		q.Object = t
	}
	return q
}
