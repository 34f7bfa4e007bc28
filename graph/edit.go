package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// An analyst's corrections are quads under their own label, so that they
// outlive the articles they were made on and later ingests respect them.
var (
	corrections = quad.IRI(nodeNS + "corrections")
	pMergedInto = quad.IRI(qgNS + "mergedInto") // speaker → the speaker it is
	pNotAlias   = quad.IRI(qgNS + "notAlias")   // speaker → a name that is someone else
)

// DeleteArticle removes an article and everything only it said: every quad
// under its label, in one transaction. It reports whether it was stored.
func (s *Store) DeleteArticle(ctx context.Context, id string) (bool, error) {
	var found bool
	err := s.write(ctx, func() error {
		an := node(id)
		if !s.has(an, cArticle) {
			return nil
		}
		found = true
		tx := graph.NewTransaction()
		for _, q := range s.labelled(an) {
			tx.RemoveQuad(q)
		}
		return s.applyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreMissing: true})
	})
	if err != nil {
		return false, fmt.Errorf("delete article %s: %w", id, err)
	}
	return found, nil
}

// change is an edit of quads. Cayley's kv store miscounts a value both added
// and removed in one transaction (the value is dropped while a new quad still
// names it), so an edit is applied as two: the additions, then the removals.
// A crash between them leaves both the old and the new quads, never neither.
type change struct{ add, remove []quad.Quad }

func (c *change) Add(q quad.Quad)    { c.add = append(c.add, q) }
func (c *change) Remove(q quad.Quad) { c.remove = append(c.remove, q) }

func (s *Store) apply(c change) error {
	for _, step := range []struct {
		qs  []quad.Quad
		add bool
	}{{c.add, true}, {c.remove, false}} {
		if len(step.qs) == 0 {
			continue
		}
		tx := graph.NewTransactionN(len(step.qs))
		for _, q := range step.qs {
			if step.add {
				tx.AddQuad(q)
			} else {
				tx.RemoveQuad(q)
			}
		}
		if err := s.applyDeltas(tx.Deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return err
		}
	}
	return nil
}

// labelled returns every quad under label l.
func (s *Store) labelled(l quad.Value) []quad.Quad { return s.quadsAt(quad.Label, l, "") }

// quadsOf returns the quads (n, p, *) with their labels.
func (s *Store) quadsOf(n quad.Value, p quad.IRI) []quad.Quad { return s.quadsAt(quad.Subject, n, p) }

// quadsAt returns the whole quads whose direction d is n and, unless p is
// empty, whose predicate is p. Edits need whole quads (labels included);
// queries use walk and props, which read less.
func (s *Store) quadsAt(d quad.Direction, n quad.Value, p quad.IRI) []quad.Quad {
	ctx := context.Background()
	ref, err := s.qs.ValueOf(n)
	if err != nil || ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		if q, err := s.qs.Quad(it.Result()); err == nil && (p == "" || q.Predicate == p) {
			out = append(out, q)
		}
	}
	return out
}

// MergeSpeakers credits everything speaker from said to speaker into, makes
// from's name and aliases aliases of into, and records the merge so that
// later ingests credit from's statements to into.
func (s *Store) MergeSpeakers(ctx context.Context, from, into string) (quotegraph.SpeakerSummary, error) {
	var out quotegraph.SpeakerSummary
	err := s.write(ctx, func() error {
		fn, in := s.resolveSpeaker(from), s.resolveSpeaker(into)
		switch {
		case fn == nil:
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", from)
		case in == nil:
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", into)
		case fn == in:
			return quotegraph.Errorf(quotegraph.EINVALID, "%q and %q are already one speaker", from, into)
		}
		f, t := s.speaker(fn), s.speaker(in)
		var tx change
		// The corrections keep the target's identity even when every
		// article that named it is deleted.
		for _, q := range []quad.Quad{
			{Subject: in, Predicate: pType, Object: speakerClass(t.Kind)},
			{Subject: in, Predicate: pName, Object: quad.String(t.Name)},
			{Subject: in, Predicate: pKey, Object: quad.String(key(t.Name))},
		} {
			q.Label = corrections
			tx.Add(q)
		}
		for _, q := range s.quadsOf(fn, pSaid) {
			tx.Remove(q)
			tx.Add(quad.Quad{Subject: in, Predicate: pSaid, Object: q.Object, Label: q.Label})
		}
		for _, name := range append([]string{f.Name}, f.Aliases...) {
			tx.Add(quad.Quad{Subject: in, Predicate: pAltName, Object: quad.String(name), Label: corrections})
			tx.Add(quad.Quad{Subject: in, Predicate: pKey, Object: quad.String(key(name)), Label: corrections})
		}
		tx.Add(quad.Quad{Subject: fn, Predicate: pMergedInto, Object: in, Label: corrections})
		if err := s.apply(tx); err != nil {
			return err
		}
		out = s.summary(in)
		return nil
	})
	return out, err
}

// SplitAlias detaches alias from speaker: the statements where the speaker
// was named by alias go to a speaker of that name, and later ingests keep
// them apart.
func (s *Store) SplitAlias(ctx context.Context, speaker, alias string) (quotegraph.SpeakerSummary, error) {
	var out quotegraph.SpeakerSummary
	err := s.write(ctx, func() error {
		pn := s.resolveSpeaker(speaker)
		if pn == nil {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", speaker)
		}
		sp := s.speaker(pn)
		if key(alias) == key(sp.Name) {
			return quotegraph.Errorf(quotegraph.EINVALID, "%q is %s's own name, not an alias", alias, sp.Name)
		}
		nn := node(quotegraph.SpeakerID(alias))
		var tx change
		for _, q := range s.quadsOf(pn, pSaid) {
			if key(propMap(s.props(q.Object)).str(pMention)) != key(alias) {
				continue
			}
			tx.Remove(q)
			tx.Add(quad.Quad{Subject: nn, Predicate: pSaid, Object: q.Object, Label: q.Label})
		}
		for _, p := range []quad.IRI{pAltName, pKey} {
			for _, q := range s.quadsOf(pn, p) {
				if v, ok := q.Object.(quad.String); ok && key(string(v)) == key(alias) {
					tx.Remove(q)
				}
			}
		}
		for _, q := range []quad.Quad{
			{Subject: nn, Predicate: pType, Object: speakerClass(sp.Kind)},
			{Subject: nn, Predicate: pName, Object: quad.String(strings.TrimSpace(alias))},
			{Subject: nn, Predicate: pKey, Object: quad.String(key(alias))},
			{Subject: pn, Predicate: pNotAlias, Object: quad.String(key(alias))},
		} {
			q.Label = corrections
			tx.Add(q)
		}
		if err := s.apply(tx); err != nil {
			return err
		}
		out = s.summary(nn)
		return nil
	})
	return out, err
}

func (s *Store) summary(pn quad.Value) quotegraph.SpeakerSummary {
	return quotegraph.SpeakerSummary{Speaker: s.speaker(pn), Statements: len(s.out(pn, pSaid))}
}

// corrected applies the analyst's corrections to a statement's speaker: a
// name split off a speaker stays its own, a merged speaker is the one it was
// merged into.
func (s *Store) corrected(st quotegraph.Statement) quotegraph.Statement {
	var pn quad.Value = node(quotegraph.SpeakerID(st.Speaker.Name))
	if st.Mention != "" {
		for _, v := range s.out(pn, pNotAlias) {
			if v == quad.String(key(st.Mention)) {
				st.Speaker = quotegraph.Speaker{Name: strings.TrimSpace(st.Mention), Kind: st.Speaker.Kind}
				return st
			}
		}
	}
	for range 8 { // merges can chain; a bound guards against a cycle
		into := s.out(pn, pMergedInto)
		if len(into) == 0 {
			break
		}
		pn = into[0]
		sp := s.speaker(pn)
		st.Speaker.Aliases = append(append([]string(nil), st.Speaker.Aliases...), st.Speaker.Name)
		st.Speaker.Name = sp.Name
	}
	return st
}
