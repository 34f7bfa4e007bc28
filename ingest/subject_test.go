package ingest_test

import "testing"

// Subjects set off from their cue by an aside, and new cue verbs.
func TestSubjectAsides(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a discourse adverb between pronoun and cue",
			"Tom Kale spoke first. He, however, said the plan would fail.",
			[]string{"Tom Kale|indirect|the plan would fail"}},
		{"a discourse adverb between name and cue",
			"Ruth Kale, however, said the plan would fail.",
			[]string{"Ruth Kale|indirect|the plan would fail"}},
		{"an aside with from whose noun is also a verb",
			"A second diplomat, from a northern member state, said the talks were stalled.",
			[]string{"second diplomat|indirect|the talks were stalled"}},
		{"an unresolved pronoun falls back to the person just named",
			"Sam Kale spoke first. He said the plan would fail.",
			[]string{"Sam Kale|indirect|the plan would fail"}},
		{"but not to a person of the other gender",
			"\"We will rebuild,\" Tom Kale said.\n\"The water came fast,\" she said.",
			[]string{"Tom Kale|direct|We will rebuild", "she|direct|The water came fast"}},
		{"an organisation named with of and a place stays whole",
			"The Growers Federation of Lindmark said the prices were unfair.",
			[]string{"Growers Federation of Lindmark|indirect|the prices were unfair"}},
		{"a minister of a portfolio is still a person",
			"Minister of Finance Ana Duarte said the budget was balanced.",
			[]string{"Ana Duarte|indirect|the budget was balanced"}},
		{"fumed",
			"Ruth Kale fumed that the report was a disgrace.",
			[]string{"Ruth Kale|indirect|the report was a disgrace"}},
	})
}
