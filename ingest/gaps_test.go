package ingest_test

import "testing"

// Pronoun chains: a pronoun after a newly introduced person.
func TestPronounChains(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"he after a new subject",
			"Tom Kale said the bridge was safe. Later Peter Dunn arrived at the site. He said the cracks were new.",
			[]string{"Tom Kale|indirect|the bridge was safe", "Peter Dunn|indirect|the cracks were new"}},
		{"he after a new person in apposition",
			"Tom Kale said the bridge was safe. His deputy, Peter Dunn, disagreed. He said the cracks were new.",
			[]string{"Tom Kale|indirect|the bridge was safe", "Peter Dunn|indirect|the cracks were new"}},
		{"she by honorific skips a newer man",
			"Ms. Ruth Kale said the bridge was safe. Peter Dunn arrived later. She said the cracks were old.",
			[]string{"Ruth Kale|indirect|the bridge was safe", "Ruth Kale|indirect|the cracks were old"}},
		{"he by honorific skips a newer woman",
			"Mr. Tom Kale said the bridge was safe. Dame Ruth Orr arrived later. He said the cracks were old.",
			[]string{"Tom Kale|indirect|the bridge was safe", "Tom Kale|indirect|the cracks were old"}},
		{"she by earlier pronoun use",
			"Lee Marsh said she had checked the bridge. Peter Dunn arrived later. She said the cracks were old.",
			[]string{"Lee Marsh|indirect|she had checked the bridge", "Lee Marsh|indirect|the cracks were old"}},
		{"it after the organisation most recently the subject",
			"Brightwell Turbines said it had won a contract. The Harbour Workers Union then called a strike. It said the strike would last a week.",
			[]string{"Brightwell Turbines|indirect|it had won a contract", "Harbour Workers Union|indirect|the strike would last a week"}},
	})
}

// Subjects with apposition, surnamed descriptions and roles.
func TestSubjectStructures(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a person and her husband in apposition",
			"Ruth Kale and her husband, Peter Dunn, said the flood took everything.",
			[]string{"Peter Dunn|indirect|the flood took everything", "Ruth Kale|indirect|the flood took everything"}},
		{"a description with surnamed",
			"A retired teacher surnamed Lam said: \"The buses never come on time.\"",
			[]string{"Lam|direct|The buses never come on time."}},
		{"for the agency as a role",
			"Ruth Kale, for the Water Agency, said that the reservoir was full.",
			[]string{"Ruth Kale|indirect|the reservoir was full"}},
		{"a lead ending in says Title Name",
			"The reservoir will be full by June, says Professor Ruth Kale.",
			[]string{"Ruth Kale|indirect|The reservoir will be full by June"}},
		// "…, claiming that" characterises what the subject did, like
		// "arguing that": counting it as a report added spurious statements.
		{"claiming after a comma reports nothing",
			"Ruth Kale attacked the plan on Monday, claiming that it would double the fares.",
			nil},
		{"claimed that",
			"Ruth Kale claimed that the plan would double the fares.",
			[]string{"Ruth Kale|indirect|the plan would double the fares"}},
	})
}

// Words that are never speakers.
func TestJunkSpeakers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a dateline word",
			"LINDMARK: the council said the budget was balanced.",
			[]string{"council|indirect|the budget was balanced"}},
		{"a dateline word opening the article",
			"LINDMARK: Heavy rain closed the ring road on Sunday.\nLINDMARK said the road would reopen.",
			nil},
		{"a bare common noun the article writes in lower case",
			"The fee doubled last year.\nFee said the buses were late.",
			nil},
		{"a surname that is also a word, named in full",
			"Tom Fee runs the depot. The fee doubled last year.\nFee said the buses were late.",
			[]string{"Tom Fee|indirect|the buses were late"}},
		{"a group noun stays a speaker",
			"The residents met on Sunday.\nResidents said the buses were late.",
			[]string{"residents|indirect|the buses were late"}},
		{"a number phrase",
			"The 12,000 licence fee said nothing about the costs, Ruth Kale said.",
			[]string{"Ruth Kale|indirect|The 12,000 licence fee said nothing about the costs"}},
	})
}

// Names that already resolve by hand.
func TestNameForms(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a hyphenated given name stays whole",
			"Pan Hsiu-lan said the rent had doubled.",
			[]string{"Pan Hsiu-lan|indirect|the rent had doubled"}},
		{"a surname resolves to the name introduced earlier",
			"Ho Wing-sze runs a noodle shop.\n\"Business is slow,\" Ho said.",
			[]string{"Ho Wing-sze|direct|Business is slow"}},
	})
}

func TestItAfterSubjectOrganisation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"it with only an organisation before",
			"The Harbour Workers Union called a strike on Friday. It said the strike would last a week.",
			[]string{"Harbour Workers Union|indirect|the strike would last a week"}},
	})
}

// Roles read from the structure around the name. A description with
// "surnamed" names a person by surname only: the surname is the speaker
// (a person, one node per article like any surname) and the description
// is kept as the role.
func TestRolesFromStructure(t *testing.T) {
	cases := []struct{ text, speaker, role string }{
		{"Ruth Kale, for the Water Agency, said that the reservoir was full.", "Ruth Kale", "for the Water Agency"},
		{"The reservoir will be full by June, says Professor Ruth Kale.", "Ruth Kale", "Professor"},
		{"A retired teacher surnamed Lam said: \"The buses never come on time.\"", "Lam", "retired teacher"},
	}
	for _, tc := range cases {
		sts, _ := extract(t, "The council met on Monday.\n"+tc.text)
		if len(sts) != 1 {
			t.Errorf("%q: %d statements", tc.text, len(sts))
			continue
		}
		if s := sts[0].Speaker; s.Name != tc.speaker || roleOf(s.Roles) != tc.role {
			t.Errorf("%q: speaker %q role %v, want %q role %q", tc.text, s.Name, s.Roles, tc.speaker, tc.role)
		}
	}
}
