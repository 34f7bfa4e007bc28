package topic_test

import (
	"slices"
	"testing"
)

// TestDefinitionsAndSenses: made-up statements, judged by hand, for the
// links the hypernym graph alone misses — a concept named in a definition
// (norm, "a standard or model or pattern regarded as typical", where
// pattern = rule; weaponry, "weapons considered collectively") — and for a
// broader concept reached only through a rare domain of an ambiguous word
// (property is broader than trust only in the legal sense). Every case must
// be judged right.
func TestDefinitionsAndSenses(t *testing.T) {
	x := index(t)
	cases := []struct {
		query, text string
		want        bool
	}{
		// Norms and rules, both ways.
		{"norms", "Both governments must agree on a new code of rules for state behaviour online.", true},
		{"norms", "The regulator said banks must follow the rules on data retention.", true},
		{"norms", "Delegates drafted conventions that every member state should respect.", true},
		{"rules", "Diplomats called for international norms for outer space.", true},
		// …and what must stay far from norms.
		{"norms", "Opposition parties boycotted the election.", false},
		{"norms", "The attack destroyed a power station.", false},
		{"norms", "The relationship between the two leaders has cooled.", false},
		{"norms", "The dialogue between the two sides resumed on Monday.", false},
		{"norms", "Security was tight around the stadium.", false},
		{"norms", "Both sides have an interest in stable markets.", false},
		{"norms", "The minister praised the cooperation of local police.", false},
		{"rules", "The ambassador described the meeting as candid.", false},
		// Weapons and the collections of them.
		{"weapons", "Engineers tested new weapons systems at the range.", true},
		{"weapons", "The exhibition shows the weaponry of medieval knights.", true},
		{"weapon", "Both navies are modernising their munitions.", true},
		{"weapons", "Investors moved money into the bond market.", false},
		{"weapons", "The committee set up a working group on pensions.", false},
		{"weapons", "New computer systems were installed at the ministry.", false},
		// Trust: the relationship, not the legal arrangement.
		{"trust", "Building mutual trust between the navies will take years.", true},
		{"trust", "Thieves stole valuable property from the warehouse.", false},
		{"trust", "The family put its belongings into storage.", false},
		{"property", "The estate was placed in a trust for the children.", true},
		{"property", "Both navies want to build trust.", false},
	}
	for _, c := range cases {
		score, m, tn, got := match(x, c.query, c.text)
		if got != c.want {
			t.Errorf("%q vs %q: matched %v (%.2f via %s %+v), want %v; topics %v",
				c.query, c.text, got, score, tn, m, c.want, names(x.Extract(c.text)))
		}
	}
}

// TestNormReach: the concepts "norms" reaches through its definition, and
// the ones it must not reach.
func TestNormReach(t *testing.T) {
	x := index(t)
	var got []string
	for _, m := range x.Expand("norms") {
		got = append(got, m.Topic)
		if m.Topic == "rule" && (m.Score < 0.7 || m.Via == "") {
			t.Errorf("norm → rule: %+v, want a score of at least 0.7 and a reason", m)
		}
	}
	for _, w := range []string{"norm", "standard", "rule", "convention"} {
		if !slices.Contains(got, w) {
			t.Errorf("Expand(norms) lacks %q: %v", w, got)
		}
	}
	for _, w := range []string{"election", "attack", "relationship", "dialogue", "security", "interest", "principle", "concept"} {
		if slices.Contains(got, w) {
			t.Errorf("Expand(norms) reaches %q: %v", w, got)
		}
	}
}
