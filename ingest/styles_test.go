package ingest_test

import (
	"strings"
	"testing"
)

// TestExtractHouseStyles holds made-up sentences in the house styles of
// outlets outside the United States: single quotation marks, long titles
// of office, transcripts, press releases.
func TestExtractHouseStyles(t *testing.T) {
	body := "The hearing on the harbour plan resumed on Monday after a week's delay.\n"
	for _, tc := range []struct {
		name, text string
		want       []string // speaker|kind|text
	}{
		{"single curly quotation marks", "‘The harbour will not be sold,’ said Mr Tobin Arkwright. ‘Not while I sit here.’",
			[]string{"Tobin Arkwright|direct|The harbour will not be sold", "Tobin Arkwright|direct|Not while I sit here."}},
		{"single straight quotation marks, a plural possessive inside", "'The dockers' pensions are safe,' Tobin Arkwright told the BBC.",
			[]string{"Tobin Arkwright|direct|The dockers' pensions are safe"}},
		{"a cue word inside single marks is no cue", "‘If I told them otherwise I would be lying to the town,’ said Councillor Tobin Arkwright.",
			[]string{"Tobin Arkwright|direct|If I told them otherwise I would be lying to the town"}},
		{"office with an object before the name", "Vice-Minister of Maritime Affairs Tran Thi Lan Anh said that the port would reopen in May.",
			[]string{"Tran Thi Lan Anh|indirect|the port would reopen in May"}},
		{"office whose object is joined by and", "Minister of Ports and Fisheries Osei Kwarteng said on Monday that the quota would stay.",
			[]string{"Osei Kwarteng|indirect|the quota would stay"}},
		{"office whose object does not tell where the name begins", "Union Minister of State for Harbour Works Suresh Kumar Nambiar on Friday said that dredging would begin.\nThe Minister said the contract had been signed.",
			[]string{"Suresh Kumar Nambiar|indirect|dredging would begin", "Suresh Kumar Nambiar|indirect|the contract had been signed"}},
		{"opined that", "Dr. Mira Solberg, an engineer at the port authority, opined that the breakwater was too low.",
			[]string{"Mira Solberg|indirect|the breakwater was too low"}},
		{"a time adverb between subject and cue", "Harbour Dynamics, a maker of cranes, today announced that it had won the contract.",
			[]string{"Harbour Dynamics|indirect|it had won the contract"}},
		{"a pronoun after a name that a sentence-opening description introduces", "Paul Mendes said the port would stay public.\nUnion boss Teodor Vranic rejected the offer on Friday.\n\"It was an insult to every docker,\" he said.",
			[]string{"Paul Mendes|indirect|the port would stay public", "Teodor Vranic|direct|It was an insult to every docker"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, gs := extract(t, body+tc.text)
			var have []string
			for _, g := range gs {
				have = append(have, g.String())
			}
			if strings.Join(have, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("mismatch (-want +got):\n-%s\n+%s", strings.Join(tc.want, "\n-"), strings.Join(have, "\n+"))
			}
		})
	}
}
