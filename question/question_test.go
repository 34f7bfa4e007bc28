package question_test

import (
	"testing"
	"time"

	"github.com/quotegraph/quotegraph"
	"github.com/quotegraph/quotegraph/question"
)

func TestParse(t *testing.T) {
	y := func(n int) time.Time { return time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want question.Question
	}{
		{"everything Zheng Zeguang said about norms", question.Question{Speaker: "Zheng Zeguang", Topic: "norms"}},
		{"Everything Ada Byron has said about the budget?", question.Question{Speaker: "Ada Byron", Topic: "budget"}},
		{"what did Obama say about hacking?", question.Question{Speaker: "Obama", Topic: "hacking"}},
		{"What has Mr. Smith said on trade", question.Question{Speaker: "Mr. Smith", Topic: "trade"}},
		{"Hong Lei on cybersecurity", question.Question{Speaker: "Hong Lei", Topic: "cybersecurity"}},
		{"who talked about norms", question.Question{Who: true, Topic: "norms"}},
		{"Who said anything about sanctions?", question.Question{Who: true, Topic: "sanctions"}},
		{"who spoke on climate change in 2016", question.Question{Who: true, Topic: "climate change", Since: y(2016), Until: y(2017)}},
		{"what did Carney say", question.Question{Speaker: "Carney"}},
		{"quotes about standards since 2015", question.Question{Topic: "standards", Since: y(2015)}},
		{"statements by Jane Doe about taxes", question.Question{Speaker: "Jane Doe", Topic: "taxes"}},
		{"what did Zheng say in 2013", question.Question{Speaker: "Zheng", Since: y(2013), Until: y(2014)}},
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
	for _, in := range []string{"", "   ", "hello", "norms", "42"} {
		_, err := question.Parse(in)
		if quotegraph.ErrorCode(err) != quotegraph.EINVALID {
			t.Errorf("Parse(%q) err = %v, want INVALID", in, err)
		}
	}
}
