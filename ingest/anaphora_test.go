package ingest_test

import (
	"strings"
	"testing"
)

// runCases extracts each text after an opening line and compares
// speaker|kind|text lines.
func runCases(t *testing.T, cases []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	body := "The council met on Monday to vote on the budget for the coming year.\n"
	for _, tc := range cases {
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

func TestOrganisationAnaphora(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"the company after a name referred to as it",
			"Brightwell Turbines said on Monday that it had won a contract in Peru.\nThe company said the turbines would ship in June.",
			[]string{"Brightwell Turbines|indirect|it had won a contract in Peru", "Brightwell Turbines|indirect|the turbines would ship in June"}},
		{"the company after a legal name, skipping a public body",
			"Shares of Kestrel Mills Ltd fell after the Trade Commission opened an inquiry.\nThe company said it would cooperate with the inquiry.",
			[]string{"Kestrel Mills|indirect|it would cooperate with the inquiry"}},
		{"it said after an organisation",
			"Brightwell Turbines said that it had won a contract in Peru. It said the turbines would ship in June.",
			[]string{"Brightwell Turbines|indirect|it had won a contract in Peru", "Brightwell Turbines|indirect|the turbines would ship in June"}},
		{"the union with its name in apposition",
			"The dockers' union, the Harbour Workers Guild, said its members would strike.",
			[]string{"Harbour Workers Guild|indirect|its members would strike"}},
		{"the union named before",
			"The Harbour Workers Union met on Sunday.\nThe union said its members would strike.",
			[]string{"Harbour Workers Union|indirect|its members would strike"}},
		{"her office speaks for her",
			"Mayor Lena Park was not at the meeting. Her office said she was travelling.",
			[]string{"Lena Park|indirect|she was travelling"}},
		{"a person is not it",
			"Karl Weiss said it was a mistake.\nThe company said the plan would go ahead.",
			[]string{"Karl Weiss|indirect|it was a mistake", "company|indirect|the plan would go ahead"}},
	})
}

func TestTranscripts(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"questions and answers go to the interviewee",
			"Ruth Abara runs the ferry company. Abara spoke to us about fares.\n\nQ: Why raise fares now?\n\nA: Because fuel has doubled and we cannot carry the cost.",
			[]string{"Ruth Abara|direct|Because fuel has doubled and we cannot carry the cost."}},
		{"speaker labels go to the people named",
			"Ruth Abara and the port director, Hugo Mensah, debated the fares.\n\nMENSAH: The port cannot lower its fees this year.\n\nABARA: Then the fares will have to rise again.",
			[]string{"Hugo Mensah|direct|The port cannot lower its fees this year.", "Ruth Abara|direct|Then the fares will have to rise again."}},
		{"a lone label is no transcript",
			"Abara: fares must rise, says ferry chief\n\nRuth Abara runs the ferry company.", nil},
		{"a dateline label names no one",
			"NEW DELHI: The ferry will run on Sunday.\n\nUPDATE: The ferry was cancelled because of the storm.", nil},
		{"answers without questions are no transcript",
			"Ruth Abara runs the ferry company.\n\nA: Because fuel has doubled and we cannot carry the cost.", nil},
	})
}

func TestPhraseBetweenSubjectAndCue(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an aside after the subject",
			"Karl Weiss, for his part, said he would stay on the council.",
			[]string{"Karl Weiss|indirect|he would stay on the council"}},
		{"anonymity aside",
			"Officials of the Linden Water Board, on condition of anonymity, said that the reservoir was nearly empty.",
			[]string{"Linden Water Board|indirect|the reservoir was nearly empty"}},
		{"analysts at a firm speak for the firm",
			"Analysts at Harrow Partners wrote in a note that the deal would fail.",
			[]string{"Harrow Partners|indirect|the deal would fail"}},
		{"inverted cue with a lower-case description",
			`"The results were clear," said lead author Nadia Flores, a chemist at Orion College.`,
			[]string{"Nadia Flores|direct|The results were clear"}},
		{"named appositive with a prepositional phrase",
			"Her colleague, Tomas Brand of the Harbour Institute in Linden, said the data were sound.",
			[]string{"Tomas Brand|indirect|the data were sound"}},
	})
}

func TestLongOffices(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"ambassador to a two-word country",
			"Receiving Lao Ambassador to Sri Lanka Bounmy Phommachanh on Monday, the minister welcomed him.\n\nAmbassador Bounmy Phommachanh said that the talks would continue.",
			[]string{"Bounmy Phommachanh|indirect|the talks would continue"}},
		{"a name after a very long office",
			"Deputy Director-General of the Department of Water Supply under the Ministry of Natural Resources and Environment Le Van Minh told the press that the reservoirs were full.",
			[]string{"Le Van Minh|indirect|the reservoirs were full"}},
	})
}

func TestNickname(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a nickname inside a name",
			"Daniel \"Dan the Van\" Kowalski scored twice on Saturday.\n\n\"It felt like coming home,\" Kowalski said.",
			[]string{"Daniel Kowalski|direct|It felt like coming home"}},
	})
}

func TestSourceConditionIsNoStatement(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"asked not to be identified",
			"Two people familiar with the talks, who asked not to be identified because the talks are private, said the deal was close.",
			[]string{"people|indirect|the deal was close"}},
	})
}

func TestRolesAndOrganisationNames(t *testing.T) {
	for _, tc := range []struct {
		name, text, speaker, role string
	}{
		{"an honorific is no role", "Mr. Karl Weiss said the bridge was safe.", "Karl Weiss", ""},
		{"a country after an office is no role of its own",
			"Lao Ambassador to the US Bounmy Phommachanh said the talks would continue.", "Bounmy Phommachanh", "Lao Ambassador to the US"},
		{"a ministry's name runs through 'of'",
			"Peru's Ministry of Defence said the drills would end on Friday.", "Peru's Ministry of Defence", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sts, _ := extract(t, "The council met on Monday to vote on the budget.\n\n"+tc.text)
			if len(sts) != 1 {
				t.Fatalf("got %d statements, want 1", len(sts))
			}
			sp := sts[0].Speaker
			if sp.Name != tc.speaker {
				t.Errorf("speaker %q, want %q", sp.Name, tc.speaker)
			}
			var roles []string
			if tc.role != "" {
				roles = []string{tc.role}
			}
			if strings.Join(sp.Roles, "|") != strings.Join(roles, "|") {
				t.Errorf("roles %q, want %q", sp.Roles, roles)
			}
		})
	}
}
