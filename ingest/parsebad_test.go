package ingest_test

import (
	"strings"
	"testing"

	"github.com/quotegraph/quotegraph/ingest"
)

// TestParseRefusals: a page of boilerplate alone is no article, and the
// message names the reason, not the file (the caller names the path).
func TestParseRefusals(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"in/empty.txt", "  \n", "empty file"},
		{"in/cookies.html", `<html><head><title>Privacy</title></head><body><nav><a href="/">Home</a></nav>
<p>This website uses cookies to give you the best experience. By continuing to browse you agree to our use of cookies.</p>
<p>Sign up for our newsletter</p><footer><p>© 2026 Harbour Media. All rights reserved.</p></footer></body></html>`, "no article text"},
		{"in/consent.txt", "Manage cookie preferences\n\nWe use cookies to personalise content and ads. Click accept to consent.\n", "no article text"},
	} {
		_, err := ingest.Parse(tc.name, []byte(tc.data))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%s): error %v, want one saying %q", tc.name, err, tc.want)
			continue
		}
		base := tc.name[strings.LastIndex(tc.name, "/")+1:]
		if strings.Contains(err.Error(), base) {
			t.Errorf("Parse(%s): %q repeats the file name", tc.name, err)
		}
	}
}

// TestParseMalformedPage: a page whose <title> is never closed still
// yields the paragraphs after it; an article that mentions cookies in a
// sentence of its own keeps it.
func TestParseMalformedPage(t *testing.T) {
	page := `<html><head><title>Harbour<title><body><p>Port director Ilse Vang said on Friday that the cranes would be replaced.</p>
<p>“The old ones are older than I am,” Vang told reporters.</p><!-- an unclosed comment`
	a, err := ingest.Parse("soup.html", []byte(page))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if len(a.Paragraphs) != 2 || !strings.Contains(a.Text, "Ilse Vang said") || !strings.Contains(a.Text, "older than I am") {
		t.Errorf("paragraphs %d, text %q", len(a.Paragraphs), a.Text)
	}
	text := "Bakers fear a shortage\n\nThe bakery on Dock Street sold 4,000 cookies a day before the strike, its owner said.\n"
	a, err = ingest.Parse("bakery.txt", []byte(text))
	if err != nil || len(a.Paragraphs) != 1 {
		t.Errorf("a sentence about cookies was dropped: %v %d", err, len(a.Paragraphs))
	}
	text = "Port to reopen\n\nThe port will reopen on Monday, its director said.\n\nAlso Read: Fishermen fear new quotas, says union\n"
	a, err = ingest.Parse("port.txt", []byte(text))
	if err != nil || len(a.Paragraphs) != 1 {
		t.Errorf("an 'Also Read:' line was kept as a paragraph: %v %d", err, len(a.Paragraphs))
	}
}
