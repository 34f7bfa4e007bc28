package ingest_test

import "testing"

// A capitalised description before a name is the speaker's role, not part of
// the name.
func TestDescriptionBeforeName(t *testing.T) {
	cases := []struct{ text, speaker, role string }{
		{`"We were never asked," Grandmother Jane Doe said.`, "Jane Doe", "Grandmother"},
		{`"It is a disgrace," Resident Li Wei said.`, "Li Wei", "Resident"},
		{`"The budget is a mess," Conservative Ann Roy said.`, "Ann Roy", "Conservative"},
		{`"My client is innocent," Public Defender Sam Cole said.`, "Sam Cole", "Public Defender"},
		{`"The audit found nothing," City Controller Ray Ode said.`, "Ray Ode", "City Controller"},
		{`"We played well," Two-goal Smith said.`, "Smith", "Two-goal"},
		{`"The fish are gone," Fisherman Abu Bakar said.`, "Abu Bakar", "Fisherman"},
		{`"The rules are clear," Lee Hsien Loong said.`, "Lee Hsien Loong", ""},
		{`"We will appeal," Mark Anthony Brown said.`, "Mark Anthony Brown", ""},
		{`"It works," SOURCE Veltrana Labs said.`, "SOURCE Veltrana Labs", ""},
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

func roleOf(rs []string) string {
	if len(rs) == 0 {
		return ""
	}
	return rs[0]
}
