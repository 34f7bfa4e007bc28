package ingest

import (
	"strings"
	"unicode/utf8"
)

// Hard-wrapped plain text: lines broken at a fixed width within
// paragraphs, blank lines between paragraphs. Its lines are joined back
// into paragraphs whose spans run over the line breaks, so that offsets
// still point into the original text.

// physLine is one non-blank line of the text and whether a blank line (or
// the start of the text) stands before it.
type physLine struct {
	line
	afterBlank bool
}

// logicalLines returns the lines of the text, with the lines of a
// hard-wrapped paragraph joined into one.
func logicalLines(text string) []line {
	phys := physLines(text)
	out := make([]line, 0, len(phys))
	width := wrapWidth(text, phys)
	for i, p := range phys {
		if width > 0 && i > 0 && !p.afterBlank && wrappedBefore(text, phys[i-1].line, p.line, width) {
			out[len(out)-1].e = p.e
			continue
		}
		out = append(out, p.line)
	}
	return out
}

func physLines(text string) []physLine {
	var out []physLine
	blank := true
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, physLine{line{s, e}, blank})
			blank = false
		} else {
			blank = true
		}
		start = end + 1
	}
	return out
}

// wrapWidth returns the width at which the text is hard-wrapped, or 0 when
// it is not: no line is longer than 100 characters, and most line breaks
// within a paragraph fall where the next word would not have fitted.
func wrapWidth(text string, phys []physLine) int {
	if len(phys) < 4 {
		return 0
	}
	width := 0
	for _, p := range phys {
		width = max(width, utf8.RuneCountInString(text[p.s:p.e]))
	}
	if width > 100 || width < 40 {
		return 0
	}
	pairs, wrapped := 0, 0
	for i, p := range phys {
		if i > 0 && !p.afterBlank {
			pairs++
			if wrappedBefore(text, phys[i-1].line, p.line, width) {
				wrapped++
			}
		}
	}
	if wrapped < 2 || wrapped*2 < pairs {
		return 0
	}
	return width
}

// wrappedBefore reports whether next continues the paragraph of prev: the
// first word of next would not have fitted on prev, so the break was the
// wrapping's, not the writer's.
func wrappedBefore(text string, prev, next line, width int) bool {
	first := text[next.s:next.e]
	if i := strings.IndexAny(first, " \t"); i >= 0 {
		first = first[:i]
	}
	n := utf8.RuneCountInString(text[prev.s:prev.e]) + 1 + utf8.RuneCountInString(first)
	return n > width-2
}
