package topic

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugTags(t *testing.T) {
	s := os.Getenv("QG_TAGS")
	if s == "" {
		t.Skip()
	}
	x, _ := New()
	for _, tk := range x.tag(tokenize(s)) {
		fmt.Printf("%q cls=%d lemma=%q head=%q light=%v\n", tk.text, tk.cls, tk.lemma, tk.head, tk.light)
	}
}
func TestDebugExpand(t *testing.T) {
	s := os.Getenv("QG_EXPAND")
	if s == "" {
		t.Skip()
	}
	x, _ := New()
	for _, q := range strings.Split(s, ",") {
		for _, m := range x.Expand(q) {
			fmt.Printf("%s\t%s\t%.3f\t%s\t%s\n", q, m.Topic, m.Score, m.MatchedBy, m.Via)
		}
	}
}
