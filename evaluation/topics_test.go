package evaluation_test

import (
	"context"
	"slices"
	"testing"

	"github.com/quotegraph/quotegraph"
)

func TestTopicDetail(t *testing.T) {
	s := sampleStore(t)
	ctx := context.Background()
	d, err := s.Topic(ctx, "norms")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", d)
	if d.Name != "norm" || d.Statements < 6 {
		t.Errorf("Topic(norms) = %q with %d statements, want norm with at least 6", d.Name, d.Statements)
	}
	var names []string
	for _, sp := range d.Speakers {
		names = append(names, sp.Name)
	}
	for _, want := range []string{"Jay Carney", "Barack Obama", "Chuck Hagel", "Shen Dingli", "Zheng Zeguang"} {
		if !slices.Contains(names, want) {
			t.Errorf("Topic(norms).Speakers = %v, lacks %s", names, want)
		}
	}
	if len(d.Speakers) > 0 && d.Speakers[0].Name != "Zheng Zeguang" {
		t.Errorf("Topic(norms) top speaker %s, want Zheng Zeguang (two statements)", d.Speakers[0].Name)
	}
	var reached []string
	for _, r := range d.Reaches {
		reached = append(reached, r.Topic)
	}
	if !slices.Contains(reached, "norm") || !slices.Contains(reached, "standard") {
		t.Errorf("Topic(norms).Reaches = %v, want norm and standard", reached)
	}
	for i, r := range d.Related {
		if r.Score <= 0 || r.Score > 1 || (i > 0 && d.Related[i-1].Score < r.Score) {
			t.Errorf("Related out of order or range at %d: %+v", i, d.Related)
			break
		}
		if r.Name == "norm" || r.Name == "standard" {
			t.Errorf("Related holds the topic itself: %+v", r)
		}
	}
	if _, err := s.Topic(ctx, "zorblax"); quotegraph.ErrorCode(err) != quotegraph.ENOTFOUND {
		t.Errorf("Topic(zorblax) err = %v, want NOT_FOUND", err)
	}
}

func TestSpeakerTopics(t *testing.T) {
	s := sampleStore(t)
	ctx := context.Background()
	c, err := s.SpeakerTopics(ctx, "Mr. Zheng", quotegraph.Page{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d topics: %+v", c.Total, c.Items)
	if len(c.Items) != 10 || !c.HasNext {
		t.Errorf("first page: %d items, next %v", len(c.Items), c.HasNext)
	}
	var names []string
	for _, it := range c.Items {
		names = append(names, it.Name)
		if it.Statements < 1 || it.Speakers != 1 {
			t.Errorf("bad item %+v", it)
		}
	}
	for _, want := range []string{"cooperation", "trust", "interest"} {
		if !slices.Contains(names, want) {
			t.Errorf("Zheng's first topics %v lack %q", names, want)
		}
	}
	if _, err := s.SpeakerTopics(ctx, "Nobody Atall", quotegraph.Page{}); quotegraph.ErrorCode(err) != quotegraph.ENOTFOUND {
		t.Errorf("unknown speaker err = %v, want NOT_FOUND", err)
	}
}
