//go:build debug

package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugSentence(t *testing.T) {
	txt := os.Getenv("TXT")
	toks := tokenize(txt, 0, len(txt))
	p := paragraph{toks: toks}
	p.quotes = pairQuotes(p.toks)
	p.sents = splitSentences(p.toks)
	for _, s := range p.sents {
		var b strings.Builder
		for k := s.a; k < s.b; k++ {
			tk := toks[k]
			fmt.Fprintf(&b, "%s", tk.text)
			if tk.inQ {
				b.WriteString("°")
			}
			if tk.kind == tQuote {
				fmt.Fprintf(&b, "[%v]", tk.open)
			}
			b.WriteString(" ")
		}
		fmt.Println("SENT:", b.String())
		for _, at := range sentenceAttributions(txt, &p, 0, s) {
			fmt.Printf("  ATT cue=%q m=%q name=%q content=%q fronted=%v\n", at.cue, at.m.text, at.m.name, joinText(txt, toks, at.ca, at.cb), at.fronted)
		}
	}
}
