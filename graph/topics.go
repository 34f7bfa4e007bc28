package graph

import (
	"context"
	"math"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/quotegraph/quotegraph"
)

// Topic describes the concept name reaches (through the concept index, as
// Statements' topic filter does): how many statements are about it, who
// talks about it most, the topics spoken of alongside it, and the stored
// topics it reached. ENOTFOUND when no stored statement is about it.
func (s *Store) Topic(ctx context.Context, name string) (quotegraph.TopicDetail, error) {
	var out quotegraph.TopicDetail
	err := s.read(ctx, func() error {
		ms := s.expand(name)
		if len(ms) == 0 {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no topic %q", name)
		}
		out.Name = ms[0].Topic
		matches := s.topicMatches(name)
		if len(matches) == 0 {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no statement is about %q", name)
		}
		out.Statements = len(matches)
		out.Reaches = s.reaches(ms)
		reached := map[string]bool{}
		for _, m := range ms {
			reached[strings.ToLower(m.Topic)] = true
		}
		speakers := map[quad.Value]int{}
		related := map[string]*quotegraph.RelatedTopic{}
		for sn, m := range matches {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, pn := range s.in(sn, pSaid) {
				speakers[pn]++
			}
			for _, t := range parseWeights(propMap(s.props(sn)).str(pWeights)) {
				if reached[strings.ToLower(t.Name)] {
					continue
				}
				r := related[t.Name]
				if r == nil {
					r = &quotegraph.RelatedTopic{Name: t.Name}
					related[t.Name] = r
				}
				r.Statements++
				r.Score += min(m.Score, t.Weight)
			}
		}
		for name, r := range related {
			// Weighted Jaccard: shared over either, so that a topic found
			// in every statement (a country that acts in all of them)
			// ranks below one found mostly where this one is.
			either := len(matches) + s.topicCount(name) - r.Statements
			r.Score /= float64(max(either, 1))
		}
		out.Speakers = s.rankSpeakers(speakers)
		out.Speakers = out.Speakers[:min(len(out.Speakers), quotegraph.MaxTopicSpeakers)]
		out.Related = rankRelated(related)
		return nil
	})
	return out, err
}

// expand is the concept index's expansion of a topic query, or the query
// itself when the store has no index.
func (s *Store) expand(query string) []quotegraph.TopicMatch {
	if s.concepts != nil {
		return s.concepts.Expand(query)
	}
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	return []quotegraph.TopicMatch{{Topic: q, Score: 1, MatchedBy: quotegraph.MatchExact}}
}

// reaches lists the stored topics among the matches, with their statement
// counts, in the matches' order (closest first).
func (s *Store) reaches(ms []quotegraph.TopicMatch) []quotegraph.TopicCount {
	var out []quotegraph.TopicCount
	for _, m := range ms {
		if n := s.topicCount(m.Topic); n > 0 {
			out = append(out, quotegraph.TopicCount{TopicMatch: m, Statements: n})
		}
	}
	return out
}

// topicCount is the number of statements about the stored topic name.
func (s *Store) topicCount(name string) int {
	return len(s.in(node(quotegraph.TopicID(name)), pAbout))
}

// rankRelated orders co-occurring topics by score, best first, at most
// MaxRelatedTopics.
func rankRelated(related map[string]*quotegraph.RelatedTopic) []quotegraph.RelatedTopic {
	out := make([]quotegraph.RelatedTopic, 0, len(related))
	for _, r := range related {
		r.Score = float64(int(r.Score*1000+0.5)) / 1000
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].Statements != out[j].Statements {
			return out[i].Statements > out[j].Statements
		}
		return out[i].Name < out[j].Name
	})
	return out[:min(len(out), quotegraph.MaxRelatedTopics)]
}

// SpeakerTopics lists what a speaker (any name or alias) talks about: each
// topic of their statements with how many of their statements are about
// it. The order is by how much the topic marks the speaker: the sum of its
// weights in their statements times its inverse document frequency,
// log(1 + statements/statements about it), so that a country named in
// every story ranks below what the speaker talks about (ties: the more
// statements, then by name). Speakers is 1 in every item. ENOTFOUND when
// no speaker has the name.
func (s *Store) SpeakerTopics(ctx context.Context, speakerName string, p quotegraph.Page) (quotegraph.Connection[quotegraph.TopicSummary], error) {
	var out quotegraph.Connection[quotegraph.TopicSummary]
	err := s.read(ctx, func() error {
		pn := s.resolveSpeaker(speakerName)
		if pn == nil {
			return quotegraph.Errorf(quotegraph.ENOTFOUND, "no speaker named %q", speakerName)
		}
		counts := map[string]int{}
		weights := map[string]float64{}
		for _, sn := range s.out(pn, pSaid) {
			if err := ctx.Err(); err != nil {
				return err
			}
			for _, t := range parseWeights(propMap(s.props(sn)).str(pWeights)) {
				counts[t.Name]++
				weights[t.Name] += t.Weight
			}
		}
		total := float64(len(s.in(cQuotation, pType)))
		list := make([]quotegraph.TopicSummary, 0, len(counts))
		for name, n := range counts {
			list = append(list, quotegraph.TopicSummary{Name: name, Statements: n, Speakers: 1})
			weights[name] *= math.Log(1 + total/float64(max(s.topicCount(name), 1)))
		}
		var err error
		out, err = paginate(list, func(t quotegraph.TopicSummary) string {
			return descFloat(weights[t.Name]) + "|" + desc(t.Statements) + "|" + t.Name
		}, p)
		return err
	})
	return out, err
}
