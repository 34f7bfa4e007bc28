package ingest_test

import "testing"

func TestPartyTags(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"party and state tags, then descriptions by them",
			"Rep. Dale Harrow (R-Ohio), who leads the budget hawks, said his members would not move.\nSen. Ines Ortega, D-N.M., said the vote was close.\nThe Ohio Republican added that he had met the speaker twice.\nThe New Mexico Democrat said she would vote yes.",
			[]string{"Dale Harrow|indirect|his members would not move", "Ines Ortega|indirect|the vote was close",
				"Dale Harrow|indirect|he had met the speaker twice", "Ines Ortega|indirect|she would vote yes"}},
		{"a party in a description must match the tag",
			"Sen. Ines Ortega, D-N.M., said the vote was close.\nThe Ohio Republican said it would fail.",
			[]string{"Ines Ortega|indirect|the vote was close", "Ohio Republican|indirect|it would fail"}},
	})
}

func TestOfficesInIndianPolitics(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an office 'in the' assembly, initials in a name, a bracketed party and an aside",
			"Leader of the Opposition in the Legislative Assembly R. Ashok Gowda said the party would hold protests.\nJanata Front (United) State president K.B. Narayan, in a statement, demanded a rollback. He said it would hurt daily wage workers.\n\"No. We've got a good bill,\" the minister said.",
			[]string{"R. Ashok Gowda|indirect|the party would hold protests", "K.B. Narayan|indirect|it would hurt daily wage workers", "minister|direct|No. We've got a good bill"}},
	})
}

func TestOfficeEpithetsAfterSpeakers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an occupation after a speaker described otherwise",
			"\"Zoning is the real fight,\" says Nora Quill, a senior fellow at the Harbor Institute.\n\"Rates will come down,\" the economist says. \"The codes will not change on their own.\"",
			[]string{"Nora Quill|direct|Zoning is the real fight", "Nora Quill|direct|Rates will come down", "Nora Quill|direct|The codes will not change on their own."}},
		{"a party no one gave the governor",
			"Gov. Lena Marsh vetoed the bill on Thursday. \"It meant nothing,\" Marsh told reporters.\nIn her veto letter, the Democratic governor wrote that the bill \"left families with no protection.\"",
			[]string{"Lena Marsh|direct|It meant nothing", "Lena Marsh|mixed|the bill \"left families with no protection.\""}},
	})
}

func TestDescriptionSetOffBeforeName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a leader described before her name is not the prime minister",
			"The Green leader, Ailsa Morven, used her questions to press for public ownership. \"Will the prime minister admit the model is broken?\" she asked.\nThe prime minister said he would not waste years on nationalisation.",
			[]string{"Ailsa Morven|direct|Will the prime minister admit the model is broken?", "prime minister|indirect|he would not waste years on nationalisation"}},
	})
}

func TestParticipleAfterATimePhrase(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"at one point telling, after an office set off by its holder's name",
			"The Speaker, Dame Rhian Price, twice had to intervene, at one point telling a backbencher: \"The member will get his turn.\"",
			[]string{"Rhian Price|direct|The member will get his turn."}},
	})
}

func TestPronounsAfterDescribedSubjects(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a senator described by party and state is the subject she refers to",
			"Senator Mara Lind, Democrat of Oregon, said the pause was proof that pressure works.\nHer colleague Senator Ruth Dane, Democrat of Maine, was less charitable. She said the tariff had caused months of chaos.",
			[]string{"Mara Lind|indirect|the pause was proof that pressure works", "Ruth Dane|indirect|the tariff had caused months of chaos"}},
		{"a name inside a quotation is no antecedent of the paragraph that goes on with it",
			"\"I grew up here,\" Cal Wexford said. \"When Sima Arden cheered for those mandates, she wasn't thinking about us.\n\"So here's my promise: I will kill the mandate.\"",
			[]string{"Cal Wexford|direct|I grew up here", "Cal Wexford|direct|When Sima Arden cheered for those mandates, she wasn't thinking about us.", "Cal Wexford|direct|So here's my promise: I will kill the mandate."}},
	})
}

func TestShortQuotesAndAbsolutes(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a one-word quotation before the cue",
			"Tennis star Ana Ferro was asked what came next. \"Sleep,\" she said.",
			[]string{"Ana Ferro|direct|Sleep"}},
		{"an unnamed source before a colon",
			"A senior aide said leaders were confident. Another aide was less sure: \"Honestly, it's a coin flip.\"",
			[]string{"senior aide|indirect|leaders were confident", "aide|direct|Honestly, it's a coin flip."}},
		{"with a name and a participle cue",
			"The cabinet raised fares by 12%, with Chief Minister Nagesh Rao insisting that the corporations could no longer absorb rising costs.",
			[]string{"Nagesh Rao|indirect|the corporations could no longer absorb rising costs"}},
	})
}

func TestOpeningParticipleBeforeColon(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a participle clause before the subject of a colon quotation",
			"President Hal Dunmore delayed the tariff.\nSpeaking to reporters on the South Lawn before leaving for the weekend, he offered only this: \"We'll see what Canada does.\"",
			[]string{"Hal Dunmore|direct|We'll see what Canada does."}},
	})
}

func TestFirstNameOnly(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a source who gave only a first name",
			"Interior Minister Selim Aras said 8,000 people had been rescued.\nA rescuer in Antakya, who gave only his first name, Murat, said his team had pulled 12 people out. \"We cannot hear voices anymore,\" he told AFP.",
			[]string{"Selim Aras|indirect|8,000 people had been rescued", "Murat|indirect|his team had pulled 12 people out", "Murat|direct|We cannot hear voices anymore"}},
	})
}

func TestAskedAbout(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"asked about a topic is no statement",
			"\"I have raised all I need,\" Rep. Bo Sands said, cutting off a reporter who asked about finances.",
			[]string{"Bo Sands|direct|I have raised all I need"}},
	})
}

func TestNounClausesAndGivenNames(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"what someone says, as a noun clause, is no report",
			"The confusion over what Gov. Hal Brand says his tax plan would do has lasted a year.\nIt was what analysts described as a \"classic pre-debate tactic.\"",
			[]string{"analysts|mixed|a \"classic pre-debate tactic.\""}},
		{"a given name and a surname that is also an outlet's",
			"Mary Fox said the plan would fail.",
			[]string{"Mary Fox|indirect|the plan would fail"}},
	})
}

func TestWhileAfterAQuotation(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"while after a closing quotation starts the writer's clause",
			"Gov. Ada Voss said the package \"puts recovery first,\" while her rival did not say whether he would sign it.",
			[]string{"Ada Voss|mixed|the package \"puts recovery first,\""}},
	})
}
