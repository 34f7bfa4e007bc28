package web

import (
	"html"
	"strings"
)

// htmlTag is a start tag found by scanTags.
type htmlTag struct {
	Name  string            // lower case
	Attrs map[string]string // lower-case names, entity-decoded values
	Text  string            // raw content of <script>, <style>, <title> and <textarea>
}

// scanTags returns the start tags of an HTML document in order. It is a small
// tokenizer, enough for pages this package renders (and for the tests that
// inspect them): it skips comments, doctypes and end tags, reads quoted and
// unquoted attributes, and treats the content of <script>, <style>, <title>
// and <textarea> as text up to the matching end tag, as HTML does (Text is
// kept as written: entities are not decoded).
func scanTags(doc string) []htmlTag {
	var tags []htmlTag
	i := 0
	for i < len(doc) {
		j := strings.IndexByte(doc[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := doc[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			k := strings.Index(rest[4:], "-->")
			if k < 0 {
				return tags
			}
			i += 4 + k + 3
			continue
		case strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, "<?"), strings.HasPrefix(rest, "</"):
			k := strings.IndexByte(rest, '>')
			if k < 0 {
				return tags
			}
			i += k + 1
			continue
		case len(rest) < 2 || !isASCIILetter(rest[1]):
			i++
			continue
		}
		tag, n := scanStartTag(rest)
		i += n
		switch tag.Name {
		case "script", "style", "title", "textarea":
			end := indexFold(doc[i:], "</"+tag.Name)
			if end < 0 {
				end = len(doc) - i
			}
			tag.Text = doc[i : i+end]
			i += end
		}
		tags = append(tags, tag)
	}
	return tags
}

// scanStartTag reads the start tag at the beginning of s ("<name ...>") and
// returns it with the number of bytes consumed.
func scanStartTag(s string) (htmlTag, int) {
	p := 1
	for p < len(s) && !isSpace(s[p]) && s[p] != '/' && s[p] != '>' {
		p++
	}
	tag := htmlTag{Name: strings.ToLower(s[1:p]), Attrs: map[string]string{}}
	for p < len(s) {
		for p < len(s) && (isSpace(s[p]) || s[p] == '/') {
			p++
		}
		if p >= len(s) {
			break
		}
		if s[p] == '>' {
			p++
			break
		}
		start := p
		for p < len(s) && !isSpace(s[p]) && s[p] != '=' && s[p] != '>' && s[p] != '/' {
			p++
		}
		if p == start { // a stray '=': skip it
			p++
			continue
		}
		name := strings.ToLower(s[start:p])
		for p < len(s) && isSpace(s[p]) {
			p++
		}
		value := ""
		if p < len(s) && s[p] == '=' {
			p++
			for p < len(s) && isSpace(s[p]) {
				p++
			}
			if p < len(s) && (s[p] == '"' || s[p] == '\'') {
				q := s[p]
				end := strings.IndexByte(s[p+1:], q)
				if end < 0 {
					end = len(s) - p - 1
				}
				value = s[p+1 : p+1+end]
				p += end + 2
			} else {
				vs := p
				for p < len(s) && !isSpace(s[p]) && s[p] != '>' {
					p++
				}
				value = s[vs:p]
			}
		}
		if _, dup := tag.Attrs[name]; !dup { // HTML keeps the first
			tag.Attrs[name] = html.UnescapeString(value)
		}
	}
	if p > len(s) {
		p = len(s)
	}
	return tag, p
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// indexFold is strings.Index ignoring ASCII case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
