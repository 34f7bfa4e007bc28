package loader

import (
	"bytes"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"github.com/quotegraph/quotegraph"
)

// Decode returns a file's content as UTF-8 text, with notes on what it did to
// read it ("decoded from UTF-16LE (byte-order mark)", "not UTF-8: read as
// Windows-1252"), or an EINVALID error for content that is not text (images,
// archives, NUL bytes, more than a few control characters and over 1% of
// the bytes).
//
// It reads, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-8; the
// charset an HTML page declares in its first KiB; Windows-1252 when bytes
// 0x80–0x9F are present, Latin-1 otherwise. UTF-8 with a few stray invalid
// bytes stays UTF-8, with U+FFFD in their place. It also removes invisible
// characters that split words without meaning anything (zero-width spaces,
// soft hyphens, bidirectional controls; letters of right-to-left scripts
// stay), stray C0 control characters, and reads lone CR line ends as LF.
//
// Byte offsets of statements point into the decoded text, which is what the
// store keeps as the article's text.
func Decode(data []byte) ([]byte, []string, error) {
	var notes []string
	text, note, err := decodeBOM(data)
	if err != nil {
		return nil, nil, err
	}
	if note != "" {
		notes = append(notes, note)
	} else {
		kind := binaryKind(data)
		if kind == unknownBinary {
			// Sniffing saw bytes that do not occur in text: say which, and
			// let a few stray control characters pass, to be removed.
			if i := bytes.IndexByte(data, 0); i >= 0 {
				kind = fmt.Sprintf("NUL byte at offset %d", i)
			} else if n, ctl := controlRatio(data); tooManyControls(n, ctl) {
				kind = fmt.Sprintf("%d control characters in %d bytes", ctl, n)
			} else {
				kind = ""
			}
		}
		if kind != "" {
			return nil, nil, quotegraph.Errorf(quotegraph.EINVALID, "binary file (%s), not a text or HTML article", kind)
		}
		text, note = decodeBytes(data)
		if note != "" {
			notes = append(notes, note)
		}
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return nil, nil, quotegraph.Errorf(quotegraph.EINVALID, "binary file (NUL byte at offset %d), not a text or HTML article", i)
	}
	if n, ctl := controlRatio(text); tooManyControls(n, ctl) {
		return nil, nil, quotegraph.Errorf(quotegraph.EINVALID, "binary file (%d control characters in %d bytes), not a text or HTML article", ctl, n)
	}
	text, removed := clean(text)
	return text, append(notes, removed...), nil
}

// decodeBOM decodes data that starts with a byte-order mark; note is empty
// when there is none.
func decodeBOM(data []byte) ([]byte, string, error) {
	var enc encoding.Encoding
	var name string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		// A UTF-8 BOM carries no meaning: drop it and read on as UTF-8.
		text, note := decodeBytes(data[3:])
		if note == "" {
			note = "UTF-8 byte-order mark removed"
		}
		return text, note, nil
	case bytes.HasPrefix(data, []byte{0x00, 0x00, 0xFE, 0xFF}):
		enc, name = utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), "UTF-32BE"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0x00, 0x00}):
		enc, name = utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), "UTF-32LE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE"
	default:
		return nil, "", nil
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", quotegraph.Errorf(quotegraph.EINVALID, "starts with a %s byte-order mark but is not %s text: %v", name, name, err)
	}
	return text, "decoded from " + name + " (byte-order mark)", nil
}

const unknownBinary = "unrecognised binary data"

// binaryKind names the kind of binary data data holds, "" for text. It goes
// by the WHATWG sniffing rules on the first 512 bytes (signatures of images,
// archives, PDF, fonts; bytes that never occur in text).
func binaryKind(data []byte) string {
	ct := http.DetectContentType(data)
	mt, _, _ := strings.Cut(ct, ";")
	switch {
	case strings.HasPrefix(mt, "text/"):
		return ""
	case mt == "application/octet-stream":
		return unknownBinary
	}
	return mt
}

var reMetaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)`)

// decodeBytes reads data without a byte-order mark as UTF-8, the charset an
// HTML page declares, Windows-1252 or Latin-1.
func decodeBytes(data []byte) ([]byte, string) {
	if utf8.Valid(data) {
		return data, ""
	}
	valid, invalid := utf8Counts(data)
	if valid >= 4*invalid {
		// UTF-8 with a few broken bytes (a truncated download, a bad
		// splice): keep it UTF-8.
		return bytes.ToValidUTF8(data, []byte("\uFFFD")),
			fmt.Sprintf("%d invalid UTF-8 sequences replaced with U+FFFD", invalid)
	}
	if m := reMetaCharset.FindSubmatch(data[:min(len(data), 1024)]); m != nil {
		name := strings.ToLower(string(m[1]))
		if enc, err := htmlindex.Get(name); err == nil {
			if canon, _ := htmlindex.Name(enc); canon != "utf-8" {
				if text, err := enc.NewDecoder().Bytes(data); err == nil {
					return text, "not UTF-8: decoded as " + canon + ", the charset the page declares"
				}
			}
		}
	}
	for _, b := range data {
		if b >= 0x80 && b <= 0x9F {
			text, _ := charmap.Windows1252.NewDecoder().Bytes(data)
			return text, "not UTF-8: read as Windows-1252"
		}
	}
	text, _ := charmap.ISO8859_1.NewDecoder().Bytes(data)
	return text, "not UTF-8: read as Latin-1 (ISO 8859-1)"
}

// utf8Counts counts the valid multi-byte sequences and the invalid bytes in
// data.
func utf8Counts(data []byte) (valid, invalid int) {
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			valid++
		}
		data = data[n:]
	}
	return valid, invalid
}

// controlRatio counts the bytes of text and its C0 control characters other
// than tab, line feed, form feed and carriage return.
func controlRatio(text []byte) (n, ctl int) {
	for _, b := range text {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' {
			ctl++
		}
	}
	return len(text), ctl
}

// tooManyControls tells binary data from text with a few stray control
// characters: more than four, and over 1% of the bytes.
func tooManyControls(n, ctl int) bool { return ctl > 4 && ctl*100 > n }

// invisible reports runes that are never part of a word or a sentence's
// meaning but split words or reorder what a reader sees: zero-width space,
// word joiner, zero-width no-break space (a BOM inside text), soft hyphen,
// and the bidirectional marks, embeddings, overrides and isolates. Zero-width
// (non-)joiners stay: scripts and emoji need them.
func invisible(r rune) bool {
	switch {
	case r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x00AD:
		return true
	case r == 0x200E, r == 0x200F, r == 0x061C: // LRM, RLM, ALM
		return true
	case r >= 0x202A && r <= 0x202E: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

// clean removes invisible characters and stray C0 controls and turns lone
// CRs into LFs; it says what it removed.
func clean(text []byte) ([]byte, []string) {
	var inv, ctl, cr int
	out := text
	copied := false
	ensure := func(i int) {
		if !copied {
			out = append(make([]byte, 0, len(text)), text[:i]...)
			copied = true
		}
	}
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case b == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
			ensure(i)
			out = append(out, '\n')
			cr++
			i++
			continue
		case b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r':
			ensure(i)
			ctl++
			i++
			continue
		case b < utf8.RuneSelf:
			if copied {
				out = append(out, b)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if invisible(r) {
			ensure(i)
			inv++
		} else if copied {
			out = append(out, text[i:i+n]...)
		}
		i += n
	}
	var notes []string
	if inv > 0 {
		notes = append(notes, fmt.Sprintf("removed %d invisible characters (zero-width, soft hyphen or bidirectional controls)", inv))
	}
	if ctl > 0 {
		notes = append(notes, fmt.Sprintf("removed %d control characters", ctl))
	}
	if cr > 0 {
		notes = append(notes, fmt.Sprintf("read %d lone carriage returns as line ends", cr))
	}
	return out, notes
}
