package question_test

import (
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/question"
)

func TestParse(t *testing.T) {
	y := func(n int) time.Time { return time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC) }
	type Q = question.Question
	tests := []struct {
		in   string
		want Q
	}{
		// The forms the issue names.
		{"everything Zheng Zeguang said about norms", Q{Speaker: "Zheng Zeguang", Topic: "norms"}},
		{"what did Obama say about hacking?", Q{Speaker: "Obama", Topic: "hacking"}},
		{"Hong Lei on cybersecurity", Q{Speaker: "Hong Lei", Topic: "cybersecurity"}},
		{"who talked about norms", Q{Who: true, Topic: "norms"}},
		{"Who said anything about sanctions?", Q{Who: true, Topic: "sanctions"}},
		{"what did Carney say", Q{Speaker: "Carney"}},
		{"quotes about standards since 2015", Q{Topic: "standards", Since: y(2015)}},
		{"what did Zheng say in 2013", Q{Speaker: "Zheng", Since: y(2013), Until: y(2014)}},
		// Other ways of asking, with made-up names.
		{"Everything Ada Byron has said about the budget?", Q{Speaker: "Ada Byron", Topic: "budget"}},
		{"What has Mr. Smith said on trade", Q{Speaker: "Mr. Smith", Topic: "trade"}},
		{"What has Jane Doe been saying about tariffs?", Q{Speaker: "Jane Doe", Topic: "tariffs"}},
		{"what is the Treasury saying about inflation", Q{Speaker: "Treasury", Topic: "inflation"}},
		{"what did Ms. Ruiz have to say about the strike", Q{Speaker: "Ms. Ruiz", Topic: "strike"}},
		{"What does Ruiz think about unions?", Q{Speaker: "Ruiz", Topic: "unions"}},
		{"Ruiz's comments on housing", Q{Speaker: "Ruiz", Topic: "housing"}},
		{"Jane Doe's remarks about the election", Q{Speaker: "Jane Doe", Topic: "election"}},
		{"show me the mayor's latest statements on crime", Q{Speaker: "mayor", Topic: "crime"}},
		{"Ruiz's quotes", Q{Speaker: "Ruiz"}},
		{"did Ruiz mention tariffs", Q{Speaker: "Ruiz", Topic: "tariffs"}},
		{"Has Jane Doe ever talked about climate change?", Q{Speaker: "Jane Doe", Topic: "climate change"}},
		{"did the minister say anything about pensions in 2019", Q{Speaker: "minister", Topic: "pensions", Since: y(2019), Until: y(2020)}},
		{"show statements on cyber attacks by John Roe", Q{Speaker: "John Roe", Topic: "cyber attacks"}},
		{"statements by Jane Doe about taxes", Q{Speaker: "Jane Doe", Topic: "taxes"}},
		{"quotes from the White House on trade since 2015", Q{Speaker: "White House", Topic: "trade", Since: y(2015)}},
		{"list all remarks about drought", Q{Topic: "drought"}},
		{"who spoke on climate change in 2016", Q{Who: true, Topic: "climate change", Since: y(2016), Until: y(2017)}},
		{"who has been talking about the housing market", Q{Who: true, Topic: "housing market"}},
		{"who mentioned sanctions", Q{Who: true, Topic: "sanctions"}},
		{"who commented on the merger before 2020", Q{Who: true, Topic: "merger", Until: y(2020)}},
		{"who discussed tariffs between 2013 and 2015", Q{Who: true, Topic: "tariffs", Since: y(2013), Until: y(2016)}},
		{"what was said about the drought", Q{Topic: "drought"}},
		{"what did people say about vaccines", Q{Topic: "vaccines"}},
		{"anything about fisheries since May 2014", Q{Topic: "fisheries", Since: time.Date(2014, 5, 1, 0, 0, 0, 0, time.UTC)}},
		{"what did Ruiz say in 2013 about housing", Q{Speaker: "Ruiz", Topic: "housing", Since: y(2013), Until: y(2014)}},
		{"Ruiz said about housing", Q{Speaker: "Ruiz", Topic: "housing"}},
		{"statements since 2015", Q{Since: y(2015)}},
		{"“everything Ada Byron said about ‘norms’”", Q{Speaker: "Ada Byron", Topic: "norms"}},
	}
	for _, tt := range tests {
		got, err := question.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "   ", "hello", "norms", "42", "who", "what did", "quotes", "in 2013", "why is the sky blue"} {
		_, err := question.Parse(in)
		if quotegraph.ErrorCode(err) != quotegraph.EINVALID {
			t.Errorf("Parse(%q) err = %v, want INVALID", in, err)
		}
	}
}

func TestExamplesParse(t *testing.T) {
	for _, ex := range question.Examples {
		if _, err := question.Parse(ex); err != nil {
			t.Errorf("example %q: %v", ex, err)
		}
	}
}

func TestString(t *testing.T) {
	q, err := question.Parse("who talked about norms since 2015")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := q.String(), `speakers about "norms" since 2015-01-01`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
