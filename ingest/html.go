package ingest

import (
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/quotegraph/quotegraph"
)

// parseHTML reads a saved news page. The readability algorithm (Mozilla's,
// as ported by go-readability) finds the article's main content and drops
// the page chrome: navigation, advertisements, share buttons, footers. The
// content is then written out as the plain text of the article, a title
// line, a byline and one paragraph a line with blank lines between them,
// and read as plain text is, so that a page and the text of the same
// article give the same Article.
//
// For HTML input Article.Text is therefore that extracted text, not the
// page's bytes, and the Spans of Paragraphs and Statements are byte offsets
// into it.
func parseHTML(name, page string) (quotegraph.Article, error) {
	var title, byline, site string
	var paras []string
	var meta readability.Article
	parser := readability.NewParser()
	if art, err := parser.Parse(strings.NewReader(page), nil); err == nil && art.Node != nil {
		meta = art
		title, byline, site = clean(art.Title), clean(art.Byline), clean(art.SiteName)
		paras = blockTexts(art.Node)
	}
	if len(paras) == 0 { // no main content found: every paragraph of the page
		if doc, err := html.Parse(strings.NewReader(page)); err == nil {
			paras = paragraphTexts(doc)
		}
	}
	if len(paras) == 0 {
		if fixed := closeRawText(page); fixed != page {
			return parseHTML(name, fixed) // "<title>Soup<title>…": the title swallowed the page
		}
		return quotegraph.Article{}, quotegraph.Errorf(quotegraph.EINVALID, "no article text found in the page")
	}
	a := parsePlain(pageText(title, byline, paras))
	a.Source = name
	if a.Title == "" {
		a.Title = title
	}
	if a.Outlet == "" {
		a.Outlet = site
	}
	if a.Published.IsZero() && meta.PublishedTime != nil {
		a.Published = *meta.PublishedTime
	}
	if len(a.Paragraphs) == 0 {
		return quotegraph.Article{}, quotegraph.Errorf(quotegraph.EINVALID, "no article text found in the page")
	}
	return a, nil
}

// pageText writes an article's parts as plain text: the title, the byline
// and the paragraphs, separated by blank lines.
func pageText(title, byline string, paras []string) string {
	var b strings.Builder
	if title != "" && (len(paras) == 0 || !strings.EqualFold(paras[0], title)) {
		b.WriteString(title + "\n\n")
	}
	if byline != "" && !containsFold(paras, byline) {
		if !reByline.MatchString(byline) {
			byline = "By " + byline
		}
		b.WriteString(byline + "\n\n")
	}
	for _, p := range paras {
		b.WriteString(p + "\n\n")
	}
	return b.String()
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.Contains(strings.ToLower(x), strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// blockTags hold the paragraphs of an article's content.
var blockTags = map[atom.Atom]bool{atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Div: true,
	atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true, atom.Dd: true, atom.Dt: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Header: true, atom.Main: true}

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Figcaption: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Svg: true,
	atom.Template: true, atom.Iframe: true, atom.Head: true}

// blockTexts returns the text of each innermost block of n, in order:
// inline elements are joined into the block that holds them.
func blockTexts(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := clean(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && skipTags[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			cur.WriteString(" ")
			return
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

// paragraphTexts returns the text of the <p> elements of a page, for pages
// where readability finds no main content.
func paragraphTexts(doc *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && skipTags[n.DataAtom] {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			out = append(out, blockTexts(n)...)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// clean collapses white space (and drops control characters) in a text.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0' || r < 0x20
	}), " ")
}

// closeRawText closes a <title> or <textarea> that a malformed page never
// closes, at the next tag: an HTML parser reads everything after such an
// opening tag as its text, so the page would seem to have no body.
func closeRawText(page string) string {
	low := strings.ToLower(page)
	for _, tag := range []string{"title", "textarea"} {
		i := strings.LastIndex(low, "<"+tag)
		if i < 0 || strings.Contains(low[i:], "</"+tag) {
			continue
		}
		gt := strings.IndexByte(low[i:], '>')
		if gt < 0 {
			continue
		}
		next := strings.IndexByte(low[i+gt+1:], '<')
		if next < 0 {
			continue
		}
		at := i + gt + 1 + next
		return page[:at] + "</" + tag + ">" + page[at:]
	}
	return page
}
