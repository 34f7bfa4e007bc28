package ingest_test

import (
	"strings"
	"testing"
)

// TestAttributionCues covers nominal sources, colon leads, participles and
// cue words that report nothing, in text written for the test.
func TestAttributionCues(t *testing.T) {
	body := "The harbour board met on Monday to discuss the repair of the sea wall.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // speaker|kind|text
	}{
		{"according to a statement from", `According to a statement from the Port Authority, the repairs will cost $4 million.`,
			[]string{"Port Authority|indirect|the repairs will cost $4 million"}},
		{"according to a report by", `The wall had cracked twice, according to a report by the Coastal Herald.`,
			[]string{"Coastal Herald|indirect|The wall had cracked twice"}},
		{"according to plan", `Construction is proceeding according to plan, and the terminal will open according to the schedule.`,
			nil},
		{"colon after a comparative", `Councillor Jane Morrow was blunter: "This is a waste of money."`,
			[]string{"Jane Morrow|direct|This is a waste of money."}},
		{"colon lead continues the speaker", "Councillor Jane Morrow was blunter: \"This is a waste of money.\"\n\nThen, more seriously: \"We cannot afford another delay.\"",
			[]string{"Jane Morrow|direct|This is a waste of money.", "Jane Morrow|direct|We cannot afford another delay."}},
		{"said X colon", `Said Minister Paul Greer: "We will not wait any longer."`,
			[]string{"Paul Greer|direct|We will not wait any longer."}},
		{"colon after a thing is no speech", `The sign on the gate was blunt: "Keep out of the harbour."`,
			nil},
		{"said little", `The minister said little when questioned about the plan, and said nothing about the cost.`,
			nil},
		{"said much had changed", `Ruth Kale said much had changed since 2019.`,
			[]string{"Ruth Kale|indirect|much had changed since 2019"}},
		{"told a body a clause", `Ruth Kale told the committee the harbour was unsafe.`,
			[]string{"Ruth Kale|indirect|the harbour was unsafe"}},
		{"wrote on social media", `Ruth Kale wrote on social media: "Another broken promise."`,
			[]string{"Ruth Kale|direct|Another broken promise."}},
		{"quotation paragraph after a new speaker", "Minister Paul Greer said the plan was sound.\n\nOpposition leader Ruth Kale disagreed sharply with the minister.\n\n\"This plan is a disaster from start to finish.\"",
			[]string{"Paul Greer|indirect|the plan was sound", "Ruth Kale|direct|This plan is a disaster from start to finish."}},
		{"no speaker from a paragraph about things", "Minister Paul Greer said the plan was sound.\n\nThe harbour wall collapsed in 2019.\n\n\"This plan is a disaster from start to finish.\"",
			[]string{"Paul Greer|indirect|the plan was sound"}},
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
