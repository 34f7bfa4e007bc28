package ingest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/ingest"
)

// got is the part of a statement the table tests look at.
type got struct {
	Speaker string
	Kind    quotegraph.Kind
	Text    string
}

func (g got) String() string { return fmt.Sprintf("%s|%s|%s", g.Speaker, g.Kind, g.Text) }

func extract(t *testing.T, text string) ([]quotegraph.Statement, []got) {
	t.Helper()
	a, err := ingest.Parse("case.txt", []byte(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	sts := ingest.Extract(a)
	var out []got
	for _, s := range sts {
		if a.Text[s.Span.Start:s.Span.End] != s.Text {
			t.Errorf("span %v does not hold %q", s.Span, s.Text)
		}
		if s.ID != quotegraph.StatementID(a.ID, s.Span) || s.ArticleID != a.ID {
			t.Errorf("statement IDs not derived from article and span: %+v", s)
		}
		out = append(out, got{s.Speaker.Name, s.Kind, s.Text})
	}
	return sts, out
}

func TestExtractPatterns(t *testing.T) {
	body := "The council met on Monday to vote on the budget for the coming year.\n"
	for _, tc := range []struct {
		name, text string
		want       []string // speaker|kind|text
	}{
		{"direct fronted", `"We will build the bridge," Mayor Ana Torres said.`,
			[]string{"Ana Torres|direct|We will build the bridge"}},
		{"direct colon", `Ana Torres said: "The budget is balanced."`,
			[]string{"Ana Torres|direct|The budget is balanced."}},
		{"inverted curly", "“We will win,” said Ana Torres, the mayor of Linden.",
			[]string{"Ana Torres|direct|We will win"}},
		{"indirect that", `Ana Torres said on Tuesday that the budget was balanced.`,
			[]string{"Ana Torres|indirect|the budget was balanced"}},
		{"indirect fronted", `The river will flood next week, Paul Mendes warned.`,
			[]string{"Paul Mendes|indirect|The river will flood next week"}},
		{"according to before", `According to Paul Mendes, the vote was delayed by a week.`,
			[]string{"Paul Mendes|indirect|the vote was delayed by a week"}},
		{"according to after", `The vote was delayed by a week, according to Paul Mendes.`,
			[]string{"Paul Mendes|indirect|The vote was delayed by a week"}},
		{"told reporters", `Paul Mendes told reporters the vote was delayed by a week.`,
			[]string{"Paul Mendes|indirect|the vote was delayed by a week"}},
		{"citing", `The Daily Ledger, citing two officials, reported that the plan had failed.`,
			[]string{"Daily Ledger|indirect|the plan had failed"}},
		{"quoted as saying", `The Daily Ledger quoted Paul Mendes as saying that taxes would rise.`,
			[]string{"Paul Mendes|indirect|taxes would rise"}},
		{"wrote with appositive", `"It is over," wrote Lena Park, a historian at Orion College.`,
			[]string{"Lena Park|direct|It is over"}},
		{"described as", `Karl Weiss described the deal as "a disaster for workers."`,
			[]string{`Karl Weiss|mixed|the deal as "a disaster for workers."`}},
		{"mixed", `Karl Weiss said the deal was "a disaster for workers" and should be dropped.`,
			[]string{`Karl Weiss|mixed|the deal was "a disaster for workers" and should be dropped`}},
		{"split quote", `"We tried," Paul Mendes said. "We failed, and we know it."`,
			[]string{"Paul Mendes|direct|We tried", "Paul Mendes|direct|We failed, and we know it."}},
		{"sentence split around attribution is one", `"We tried," Paul Mendes said, "but we failed and we know it."`,
			[]string{`Paul Mendes|direct|We tried," Paul Mendes said, "but we failed and we know it.`}},
		{"a short whole sentence before the attribution is a statement of its own", `"It's over," Lena Park said. "We gave it everything we had, the voters chose someone else, and I accept that."`,
			[]string{`Lena Park|direct|It's over`, `Lena Park|direct|We gave it everything we had, the voters chose someone else, and I accept that.`}},
		{"a short whole sentence after the attribution is a statement of its own", `"We gave it everything we had, the voters chose someone else, and I accept that," Lena Park said. "It is over."`,
			[]string{`Lena Park|direct|We gave it everything we had, the voters chose someone else, and I accept that`, `Lena Park|direct|It is over.`}},
		{"quotation after a place phrase", `"It was fair," Lena Park said at a rally in Linden, Ohio, "but nobody believes me."`,
			[]string{`Lena Park|direct|It was fair," Lena Park said at a rally in Linden, Ohio, "but nobody believes me.`}},
		{"negated", `Paul Mendes did not say whether the vote was delayed.`, nil},
		{"declined", `Paul Mendes declined to say whether the vote was delayed.`, nil},
		{"adding", `Paul Mendes said the vote was delayed, adding that a new date would be set.`,
			[]string{"Paul Mendes|indirect|the vote was delayed", "Paul Mendes|indirect|a new date would be set"}},
		{"appositive", `Lena Park, a professor of history at Orion College, said the archive would reopen.`,
			[]string{"Lena Park|indirect|the archive would reopen"}},
		{"organisation", `The White House said the talks would resume in May.`,
			[]string{"White House|indirect|the talks would resume in May"}},
		{"anonymous", `U.S. officials said the talks would resume in May.`,
			[]string{"U.S. officials|indirect|the talks would resume in May"}},
		{"two speakers", `Paul Mendes and Lena Park said the plan was flawed.`,
			[]string{"Paul Mendes|indirect|the plan was flawed", "Lena Park|indirect|the plan was flawed"}},
		{"scare quotes are no statement", `The so-called "green deal" was approved by the council on Monday.`, nil},
		{"doubled apostrophes as quotation marks", `''We will build it,'' said Lena Park.`,
			[]string{"Lena Park|direct|We will build it"}},
		{"joint subject with base form", `Mr. Mendes and Ms. Park say the bridge is safe.`,
			[]string{"Mendes|indirect|the bridge is safe", "Park|indirect|the bridge is safe"}},
		{"relative pronoun", `The plan was drawn up by the Linden Transit Board, which said that fares would rise.`,
			[]string{"Linden Transit Board|indirect|fares would rise"}},
		{"age appositive", `"I was never asked," Paul Mendes, 82, told reporters.`,
			[]string{"Paul Mendes|direct|I was never asked"}},
		{"participle appositive", `Lena Park, opening the session on Monday, said the vote was delayed.`,
			[]string{"Lena Park|indirect|the vote was delayed"}},
		{"and before a second cue", `Paul Mendes said the cost had doubled — and he noted that the bank had refused a loan.`,
			[]string{"Paul Mendes|indirect|the cost had doubled", "Paul Mendes|indirect|the bank had refused a loan"}},
		{"parenthetical attribution", `The bridge, Paul Mendes said, would never be finished.`,
			[]string{"Paul Mendes|indirect|The bridge, Paul Mendes said, would never be finished"}},
		{"adverbial before speaker", `Asked about the cost, Paul Mendes said, "We will find the money."`,
			[]string{"Paul Mendes|direct|We will find the money."}},
		{"quotation then adding", `Paul Mendes said: "The bridge is safe," adding that inspectors had checked it.`,
			[]string{"Paul Mendes|direct|The bridge is safe", "Paul Mendes|indirect|inspectors had checked it"}},
		{"called with a description", `The Linden Ledger called the charges unfounded and politically motivated.`,
			[]string{"Linden Ledger|indirect|the charges unfounded and politically motivated"}},
		{"called a meeting is no statement", `Lena Park called a meeting of the council on Monday.`, nil},
		{"described as after the object", `Critics have described what Paul Mendes built as "a bridge to nowhere."`,
			[]string{`critics|mixed|what Paul Mendes built as "a bridge to nowhere."`}},
		{"although ends the content", `Lena Park said the vote was fair, although she refused to publish the count.`,
			[]string{"Lena Park|indirect|the vote was fair"}},
		{"but with a verb ends the content", `Lena Park called the delay "regrettable," but stopped short of blaming Paul Mendes.`,
			[]string{`Lena Park|mixed|the delay "regrettable,"`}},
		{"opening phrase is no subject", `During a speech on Monday, Lena Park attacked the plan, saying it would fail.`,
			[]string{"Lena Park|indirect|it would fail"}},
		{"weekday is no speaker", `"The veto will be overridden," Senate leader Mitch Conway, R-Ky., said Tuesday.`,
			[]string{"Mitch Conway|direct|The veto will be overridden"}},
		{"definite description of an office", "Sen. Ada Brook opened the hearing on Monday.\nThe senator said the inquiry would take a year.",
			[]string{"Ada Brook|indirect|the inquiry would take a year"}},
		{"statement issued by the subject", `The Linden Transit Board issued a statement saying that fares would rise.`,
			[]string{"Linden Transit Board|indirect|fares would rise"}},
		{"participle after a medium is no cue", `In a video posted Friday, Lena Park said the bridge was safe.`,
			[]string{"Lena Park|indirect|the bridge was safe"}},
		{"the owner of a report speaks", `The annual Linden Ledger report says that the mayor leads by ten points.`,
			[]string{"Linden Ledger|indirect|the mayor leads by ten points"}},
		{"plural noun is no cue", `The plan needs the help of states that may not want to pay, and those states Lena Park won in May.`, nil},
		{"participle of arguing bounds the content", `Lena Park said the plan would fail, arguing that costs had doubled.`,
			[]string{"Lena Park|indirect|the plan would fail"}},
		{"progressive of stressing is no report", `Lena Park is stressing that her plan will cut costs for families.`, nil},
		{"accusing is no report", `Paul Mendes accused the mayor of hiding the true cost of the bridge.`, nil},
		{"an estimate is no statement", `The Linden Budget Office estimates that the bridge will cost $40 million.`, nil},
		{"adverbial before a cue with an object is no content", `In the end, the council agreed to lend the company $5 million.`, nil},
		{"long appositive before the cue", `Lena Park, a developer for the Linden Housing Trust, which is made up of investors and builders, said many of the towers that critics point to were never finished.`,
			[]string{"Lena Park|indirect|many of the towers that critics point to were never finished"}},
		{"title inside an inverted subject", `"The vote was fair," said Ledger columnist Karl Weiss.`,
			[]string{"Karl Weiss|direct|The vote was fair"}},
		{"narrative after a quotation is no content", `"It is finished," Lena Park said, and soon the lights went out over the square.`,
			[]string{"Lena Park|direct|It is finished"}},
		{"participle after a quotation is no content", `"We will rebuild," Lena Park said, looking out over the crowd.`,
			[]string{"Lena Park|direct|We will rebuild"}},
		{"but before the rest of a quotation", `"I like Karl," she said, but "on taxes he has always been wrong."`,
			[]string{`she|direct|I like Karl," she said, but "on taxes he has always been wrong.`}},
		{"state before a title is no cue", `"It is a good day," state Sen. Ada Brook told the crowd.`,
			[]string{"Ada Brook|direct|It is a good day"}},
		{"addressee with a title", `"We are ready," Lena Park said to the Linden mayor, smiling.`,
			[]string{"Lena Park|direct|We are ready"}},
		{"surname that looks like a participle", "Ohio Secretary of State Jon Husted lost the case.\nHusted said the ruling was wrong.",
			[]string{"Jon Husted|indirect|the ruling was wrong"}},
		{"clause without that after a clause cue", `Lena Park acknowledged it was unlikely to pass.`,
			[]string{"Lena Park|indirect|it was unlikely to pass"}},
		{"adding without that", `"We will win," Lena Park said, adding she would never concede.`,
			[]string{"Lena Park|direct|We will win", "Lena Park|indirect|she would never concede"}},
		{"has long said", `Lena Park has long said that the bridge is safe.`,
			[]string{"Lena Park|indirect|the bridge is safe"}},
		{"noun after a determiner is no cue", `The authors of the report, which include two banks, combed through the filings.`, nil},
		{"adjective before a plural noun is no subject", `Lena Park, at the hearing, cited derogatory comments Karl Weiss had made about her.`, nil},
		{"a share of voters speaks", `Only half agreed, while 73 percent said the bridge was safe.`,
			[]string{"73 percent|indirect|the bridge was safe"}},
		{"called with a long object", `Lena Park called her vote in favor of the bridge a mistake.`,
			[]string{"Lena Park|indirect|her vote in favor of the bridge a mistake"}},
		{"called with a bare noun", `Karl Weiss has called climate change a hoax.`,
			[]string{"Karl Weiss|indirect|climate change a hoax"}},
		{"told someone to do something", `Lena Park told her aides to find the money without the council.`,
			[]string{"Lena Park|indirect|her aides to find the money without the council"}},
		{"relative pronoun before a time phrase", `The plan was drafted by Karl Weiss, who in 2010 said the bridge would never be built.`,
			[]string{"Karl Weiss|indirect|the bridge would never be built"}},
		{"many of whom", `The plan angered the Linden Residents Association, many of whom say the bridge is unsafe.`,
			[]string{"Linden Residents Association|indirect|the bridge is unsafe"}},
		{"name before an appositive and a relative", `The council met Karl Weiss, now the city treasurer, who said the budget was short.`,
			[]string{"Karl Weiss|indirect|the budget was short"}},
		{"content ends at the closing dash", `The Ledger report -- which notes that fares would rise -- should worry the council.`,
			[]string{"Ledger|indirect|fares would rise"}},
		{"a label is no statement", `The council rejected what Lena Park called "a reckless plan."`, nil},
		{"continued to do is no report", `Protesters continued to call for the resignation of the mayor.`, nil},
		{"agreed to an interview is no report", `Lena Park agreed to a short interview with the Ledger.`, nil},
		{"passive after an adverb", `Karl Weiss was once asked how the dispute would end.`, nil},
		{"a free relative before the cue", `Everything Karl Weiss says is a lie.`, nil},
		{"relative clause whose gap the content fills", `Lena Park took the donations, which she said were free of conditions.`,
			[]string{"Lena Park|indirect|were free of conditions"}},
		{"stressed with a noun phrase", `Lena Park stressed her support of the new bridge.`,
			[]string{"Lena Park|indirect|her support of the new bridge"}},
		{"wrote letters is no statement", `Lena Park wrote letters for several of her neighbours.`, nil},
		{"semicolon ends the content", `Lena Park said the vote was fair; the count was published on Monday.`,
			[]string{"Lena Park|indirect|the vote was fair"}},
		{"parenthetical with a time word", `The employees, Lena Park explained later, were well paid.`,
			[]string{"Lena Park|indirect|The employees, Lena Park explained later, were well paid"}},
		{"parenthetical with a place phrase", `The workers, Lena Park explained earlier in the hearing, were well paid.`,
			[]string{"Lena Park|indirect|The workers, Lena Park explained earlier in the hearing, were well paid"}},
		{"a phrase of time before the content", `Lena Park said after the vote she would not resign.`,
			[]string{"Lena Park|indirect|she would not resign"}},
		{"modifiers between commas before that", `Lena Park said on Monday, after a long meeting, that the plan failed.`,
			[]string{"Lena Park|indirect|the plan failed"}},
		{"a long quotation completed by a short tail", `"It is a small step," Lena Park said. "Nobody will call it reform, because the plan is basically just a tax increase" for the richest families.`,
			[]string{`Lena Park|direct|It is a small step`, `Lena Park|mixed|"Nobody will call it reform, because the plan is basically just a tax increase" for the richest families`}},
		{"a title in quotation marks opening a sentence is no statement", "Lena Park said the show was over.\n\"The Linden Hour\" aired for fourteen seasons on local television.", []string{"Lena Park|indirect|the show was over"}},
		{"nested single quotes", `"He told me, 'Stay home,' and I did," Lena Park said.`,
			[]string{"Lena Park|direct|He told me, 'Stay home,' and I did"}},
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

func TestExtractSpeakers(t *testing.T) {
	text := strings.Join([]string{
		"Linden votes on its bridge",
		"Mayor Lena Park, who won her second term in May, opened the session on Monday.",
		"Paul Mendes, who lost his seat last year, spoke against the plan.",
		"She said the bridge would be finished by 2027.",
		"Mendes said the cost had doubled.",
		`"We cannot pay for this" Mr. Mendes said.`,
		`"The money is there."`,
		"U.S. President Barack Obama praised the town in a letter, and Obama said the bridge was a model.",
		"Yang Yixi contributed to this story.",
	}, "\n")
	sts, gs := extract(t, text)
	want := []string{
		"Lena Park|indirect|the bridge would be finished by 2027",
		"Paul Mendes|indirect|the cost had doubled",
		"Paul Mendes|direct|We cannot pay for this",
		"Paul Mendes|direct|The money is there.",
		"Barack Obama|indirect|the bridge was a model",
	}
	var have []string
	for _, g := range gs {
		have = append(have, g.String())
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mismatch (-want +got):\n-%s\n+%s", strings.Join(want, "\n-"), strings.Join(have, "\n+"))
	}
	if sp := sts[0].Speaker; len(sp.Roles) == 0 || sp.Roles[0] != "Mayor" || sp.Kind != quotegraph.Person {
		t.Errorf("Lena Park: roles %q kind %q, want [Mayor] person", sp.Roles, sp.Kind)
	}
	if sp := sts[2].Speaker; !contains(sp.Aliases, "Mr. Mendes") {
		t.Errorf("Paul Mendes aliases %q lack Mr. Mendes", sp.Aliases)
	}
	if sts[4].Role != "U.S. President" && !contains(sts[4].Speaker.Roles, "U.S. President") {
		t.Errorf("Obama roles %q", sts[4].Speaker.Roles)
	}
}

func TestExtractRoleAffiliation(t *testing.T) {
	sts, _ := extract(t, "Intro line for the story goes here.\nLena Park, a professor of history at Orion College, said the archive would reopen.")
	if len(sts) != 1 {
		t.Fatalf("got %d statements, want 1", len(sts))
	}
	sp := sts[0].Speaker
	if sts[0].Role != "professor of history at Orion College" || !contains(sp.Affiliations, "Orion College") {
		t.Errorf("role %q affiliations %q", sts[0].Role, sp.Affiliations)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestExtractGivenNameGender(t *testing.T) {
	text := strings.Join([]string{
		"Harbor vote",
		"Tomas Reyes has run the ferry for forty years.",
		"His daughter, Clara Reyes, who runs the ticket office, opposed the bridge.",
		"She said the town would lose its heart.",
		"Senators Ada Brook and Karl Weiss said the bridge was safe.",
	}, "\n")
	_, gs := extract(t, text)
	want := []string{
		"Clara Reyes|indirect|the town would lose its heart",
		"Ada Brook|indirect|the bridge was safe",
		"Karl Weiss|indirect|the bridge was safe",
	}
	var have []string
	for _, g := range gs {
		have = append(have, g.String())
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mismatch (-want +got):\n-%s\n+%s", strings.Join(want, "\n-"), strings.Join(have, "\n+"))
	}
}
