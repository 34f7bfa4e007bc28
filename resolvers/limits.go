package resolvers

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// shapeLimit rejects queries that nest too deep or select too many fields
// (a thousand aliases of one field cost the server as much as a thousand
// fields), before anything runs.
type shapeLimit struct {
	maxDepth, maxFields int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                          { return "ShapeLimit" }
func (shapeLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	w := walker{doc: oc.Doc, seen: map[string]bool{}}
	depth := w.walk(op.SelectionSet, 1)
	var err *gqlerror.Error
	switch {
	case depth > l.maxDepth:
		err = gqlerror.Errorf("the query nests %d levels deep; the limit is %d", depth, l.maxDepth)
		errcode.Set(err, codeDepth)
	case w.fields > l.maxFields:
		err = gqlerror.Errorf("the query selects %d fields; the limit is %d", w.fields, l.maxFields)
		errcode.Set(err, codeFields)
	}
	return err
}

const (
	codeDepth      = "DEPTH_LIMIT_EXCEEDED"
	codeFields     = "FIELD_LIMIT_EXCEEDED"
	codeComplexity = "COMPLEXITY_LIMIT_EXCEEDED" // gqlgen's
)

// registerLimitCodes makes a query refused for its shape a protocol error,
// answered 422 like any other query the server will not run. gqlgen keeps
// error kinds in a process-wide table, written once here.
var registerLimitCodes = sync.OnceFunc(func() {
	for _, c := range []string{codeDepth, codeFields, codeComplexity} {
		errcode.RegisterErrorType(c, errcode.KindProtocol)
	}
})

type walker struct {
	doc    *ast.QueryDocument
	seen   map[string]bool // fragments being walked, against cycles
	fields int
}

// walk returns the depth of a selection set and counts its fields.
func (w *walker) walk(set ast.SelectionSet, depth int) int {
	deepest := depth - 1
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			w.fields++
			d = depth
			if len(s.SelectionSet) > 0 {
				d = w.walk(s.SelectionSet, depth+1)
			}
		case *ast.InlineFragment:
			d = w.walk(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			f := w.doc.Fragments.ForName(s.Name)
			if f == nil || w.seen[s.Name] {
				continue
			}
			w.seen[s.Name] = true
			d = w.walk(f.SelectionSet, depth)
			delete(w.seen, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
