package topic

import (
	"fmt"
	"os"
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
