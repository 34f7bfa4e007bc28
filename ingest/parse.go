// Package ingest turns news articles into quotegraph Articles and finds the
// statements in them: who said what, directly, indirectly or in a mix of
// the two, with the speaker's canonical name, role and affiliation.
//
// Parse reads plain text (or HTML) and separates the article body from page
// debris and metadata. Extract splits the body into sentences, pairs
// quotation marks, finds speech cues ("said", "told", "according to"), the
// speaker of each and the content reported, resolves pronouns and short
// names to the fullest name in the article, and returns one Statement per
// reported content with byte offsets into the article text.
package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quotegraph/quotegraph"
	"golang.org/x/text/encoding/charmap"
)

// Parse turns a raw file into an Article. name is the file's name, used to
// tell HTML from plain text. Empty or binary input, and a page or file of
// boilerplate alone, is an EINVALID error whose message gives the reason
// without the name: the caller names the path.
func Parse(name string, data []byte) (quotegraph.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return quotegraph.Article{}, quotegraph.Errorf(quotegraph.EINVALID, "empty file, no article text")
	}
	if isBinary(data) {
		return quotegraph.Article{}, quotegraph.Errorf(quotegraph.EINVALID, "binary data, not a text or HTML article")
	}
	text := decodeText(data)
	if isHTML(name, text) {
		return parseHTML(name, text)
	}
	a := parsePlain(text)
	a.Source = name
	if len(a.Paragraphs) == 0 {
		return quotegraph.Article{}, quotegraph.Errorf(quotegraph.EINVALID, "no article text found")
	}
	return a, nil
}

// isBinary reports whether data holds NUL bytes or many control characters.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	ctl := 0
	for _, b := range data[:n] {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	if ctl*20 > n {
		return true
	}
	if !utf8.Valid(data) {
		// Latin-1 text has few bytes in 0x80-0x9f; binary data has many
		bad := 0
		for _, b := range data[:n] {
			if b >= 0x7f && b < 0xa0 {
				bad++
			}
		}
		return bad*10 > n
	}
	return false
}

// decodeText returns data as UTF-8: as is when valid, else read as
// Windows-1252 (the usual encoding of older pages).
func decodeText(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

func isHTML(name, text string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".html" || ext == ".htm" || ext == ".xhtml" {
		return true
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		(strings.HasPrefix(head, "<") && strings.Contains(head, "<head"))
}

// line is one line of the text: the span of its content without the
// surrounding white space.
type line struct{ s, e int }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v' }

// parsePlain reads a plain-text article: header lines (debris, title, date
// lines, bylines), then body paragraphs, one a line, until the footer.
func parsePlain(text string) quotegraph.Article {
	a := quotegraph.Article{Text: text, ID: quotegraph.ArticleID("", text)}
	var h headerInfo
	lines := logicalLines(text)
	inBody := false
	for i, ln := range lines {
		l := oneLine(text[ln.s:ln.e])
		if isFooter(l) {
			break
		}
		if isContrib(l) {
			h.byline(reContrib.FindStringSubmatch(l)[1])
		}
		if !inBody && h.metaLine(l) {
			continue
		}
		if isDebris(l) || isSectionLabel(l) {
			continue
		}
		if !inBody {
			if a.Title == "" && len(a.Paragraphs) == 0 && i+1 < len(lines) && isTitleLike(l) {
				a.Title = strings.TrimSpace(l)
				continue
			}
			inBody = true
			ln.s += h.datelineAt(l)
		}
		if ln.s < ln.e {
			a.Paragraphs = append(a.Paragraphs, quotegraph.Span{Start: ln.s, End: ln.e})
		}
	}
	a.Outlet, a.Authors, a.Published, a.Dateline = h.outlet, h.authors, h.published, h.dateline
	return a
}

// oneLine returns a paragraph joined from wrapped lines as one line, the
// line breaks turned into spaces so that byte offsets stay the same.
func oneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// isTitleLike reports whether a first line reads as a headline: short, and
// either without a final period or in title case.
func isTitleLike(l string) bool {
	words := strings.Fields(l)
	if len(l) > 220 || len(words) > 30 || strings.HasSuffix(l, ":") {
		return false
	}
	if !hasSentenceEnd(l) {
		return true
	}
	long, caps := 0, 0
	for _, w := range words {
		w = strings.Trim(w, "\"'“”‘’()")
		if len(w) < 4 {
			continue
		}
		long++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*6
}
