//go:build ignore

// gen writes the bad-input corpus of this folder: go run gen.go
//
// Each file is one kind of input a crawler brings back that is not a clean
// UTF-8 article. Some are not articles at all and must be refused with a
// reason; some are articles in a form that must be read anyway (another
// encoding, CRLF line ends, invisible characters). The large inputs (a 50 MB
// file, a 2 MB line) and the ones the file system makes (symbolic link loops,
// a named pipe) are made by cmd/quotegraph's bad-input test at run time, not
// kept here.
package main

import (
	"bytes"
	"compress/gzip"
	"image"
	"image/color"
	"image/png"
	"log"
	"math/rand"
	"os"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// article is a short article with direct and indirect statements, written
// for this corpus; accents and curly quotes test the decoders.
const article = `Ministers agree on water standards

By Ana Lima

GENEVA, March 3 (Reuters) - Environment minister José Müller said on Tuesday that the country would adopt new standards for drinking water by next year.
“We cannot wait any longer,” Müller told reporters. “Clean water is a right, not a privilege.”
Hélène Dupré, who leads the farmers’ union, said the rules would cost growers dearly.
“Nobody asked us,” Dupré said.
`

// latin1Article has no curly quotes: every character is in Latin-1.
const latin1Article = `Ministers agree on water standards

By Ana Lima

GENEVA, March 3 (Reuters) - Environment minister José Müller said on Tuesday that the country would adopt new standards for drinking water by next year.
"We cannot wait any longer," Müller told reporters. "Clean water is a right, not a privilege."
Hélène Dupré, who leads the farmers' union, said the rules would cost growers dearly.
"Nobody asked us," Dupré said.
`

func main() {
	w := func(name string, data []byte) {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(6))

	w("empty.txt", nil)
	w("whitespace-only.txt", []byte(" \t\n\n   \r\n\t \u00a0\n"))

	random := make([]byte, 4096)
	rng.Read(random)
	w("random.bin", random)

	img := image.NewRGBA(image.Rect(0, 0, 16, 16))
	for y := 0; y < 16; y++ {
		for x := 0; x < 16; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 16), uint8(y * 16), 128, 255})
		}
	}
	var pngb bytes.Buffer
	if err := png.Encode(&pngb, img); err != nil {
		log.Fatal(err)
	}
	w("photo.png", pngb.Bytes())
	// An image with a .txt name: the content decides, not the name.
	w("photo-named-txt.txt", pngb.Bytes())

	w("document.pdf", []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"))

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(article))
	zw.Close()
	w("article.txt.gz", gz.Bytes())

	w("nul-bytes.txt", []byte(strings.Replace(article, "drinking water", "drinking\x00\x00water", 1)))
	w("control-chars.txt", []byte(strings.Repeat("\x1b[31mALERT\x07\x1b[0m\x08\x08", 200)))

	// Each variant of the article gets its own title: the same text in two
	// encodings is one article.
	tag := func(s, t string) []byte {
		return []byte(strings.Replace(s, "Ministers agree", "Ministers ("+t+") agree", 1))
	}
	l1, err := charmap.ISO8859_1.NewEncoder().Bytes(tag(latin1Article, "Latin-1"))
	if err != nil {
		log.Fatal(err)
	}
	w("latin1.txt", l1)
	cp, err := charmap.Windows1252.NewEncoder().Bytes(tag(article, "Windows-1252"))
	if err != nil {
		log.Fatal(err)
	}
	w("windows-1252.txt", cp)
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(tag(article, "UTF-16LE"))
	if err != nil {
		log.Fatal(err)
	}
	w("utf16le-bom.txt", u16le)
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(tag(article, "UTF-16BE"))
	if err != nil {
		log.Fatal(err)
	}
	w("utf16be-bom.txt", u16be)
	w("utf8-bom.txt", append([]byte("\xEF\xBB\xBF"), tag(article, "BOM")...))
	// UTF-8 cut in the middle of a character, as a truncated download is.
	trunc := tag(article, "truncated")
	w("truncated-utf8.txt", append(trunc, "Dupré a dit: é"[:len("Dupré a dit: é")-1]...))

	gbkPage := `<!DOCTYPE html><html><head><meta charset="gbk"><title>水资源标准</title></head><body>
<h1>Ministers agree on water standards (GBK page)</h1>
<p>Environment minister José Müller said on Tuesday that the country would adopt new standards for drinking water, the ministry said in a statement titled 水资源标准.</p>
<p>"We cannot wait any longer," Müller told reporters.</p>
</body></html>`
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(gbkPage))
	if err != nil {
		log.Fatal(err)
	}
	w("gbk-declared.html", gbk)

	w("crlf.txt", bytes.ReplaceAll(tag(article, "CRLF"), []byte("\n"), []byte("\r\n")))
	w("cr-only.txt", bytes.ReplaceAll(tag(article, "CR"), []byte("\n"), []byte("\r")))

	zw1 := strings.NewReplacer("José Müller", "José\u200b Mül\u200bler", "standards", "stan\u00addards", "Dupré", "Dupré\u2060", "Ministers agree", "Ministers (zero-width) agree").Replace(article)
	w("zero-width.txt", []byte(zw1))
	rtl := string(tag(article, "RTL")) +
		"\u202eThe override makes this line read backwards.\u202c\n" +
		"Rabbi Miriam Katz said the plan was \u2067\u05de\u05d9\u05dd \u05d6\u05d4 \u05d7\u05d9\u05d9\u05dd\u2069, water is life.\n" +
		"\u201c\u0627\u0644\u0645\u0627\u0621 \u062d\u064a\u0627\u0629\u201d, Imam Yusuf Haddad said.\n"
	w("rtl.txt", []byte(rtl))

	var unb strings.Builder
	unb.WriteString("Unbalanced quotes everywhere\n\n")
	for i := 0; i < 400; i++ {
		unb.WriteString("“He said “we will ‘never stop, the minister said. «Non, said Dupré. \"Maybe ")
		if i%7 == 0 {
			unb.WriteString("\n")
		}
	}
	w("unbalanced-quotes.txt", []byte(unb.String()))

	var nest strings.Builder
	nest.WriteString("Deeply nested quotes\n\nThe minister said ")
	for i := 0; i < 2000; i++ {
		nest.WriteString([]string{"“", "‘", "\"", "'", "«"}[i%5])
		nest.WriteString("a ")
	}
	nest.WriteString("water")
	for i := 1999; i >= 0; i-- {
		nest.WriteString([]string{"”", "’", "\"", "'", "»"}[i%5])
	}
	nest.WriteString(", Müller said.\n")
	w("nested-quotes.txt", []byte(nest.String()))

	var soup strings.Builder
	soup.WriteString("<html><head><title>Soup<title><script>var s = \"</p>“quoted”\"; if (a < b && c > d) { document.write('<p>\"x,\" he said</p>') }</script>\n")
	soup.WriteString("<style>p::before { content: \"“\" }</style><body><div><p>Environment minister José Müller said on Tuesday <b>that <i>the country</b> would</i> adopt <a href=x>new standards<p>\n")
	soup.WriteString("<p>“We cannot wait any longer,” <span class=\"x\" <em>Müller</em> told reporters.<!-- “unclosed comment, he said\n")
	soup.WriteString("<table><tr><td>“Cell quote,” said nobody<td><![CDATA[ “cdata” ]]></table>&amp;&#8220;&#x201D;&bogus;&#99999999;\n")
	for i := 0; i < 300; i++ {
		soup.WriteString("<div><span><p>")
	}
	soup.WriteString("deep\n</body></html></html><p>after the end")
	w("html-soup.html", []byte(soup.String()))

	w("only-boilerplate.html", []byte(`<!DOCTYPE html><html><head><title>Cookies</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>
<p>Advertisement</p>
<p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p>
<p>Subscribe to our newsletter</p>
<p>Share this article: Facebook Twitter Email Print</p>
<p>Copyright © 2015 Example Media. All rights reserved.</p>
</body></html>
`))
	w("only-boilerplate.txt", []byte("Advertisement\n\nSubscribe to our newsletter\n\nShare this article\n\nPrint Mail Large Medium Small\n\nCopyright 2015 Example Media. All rights reserved.\n"))

	w("only-quote-marks.txt", []byte(strings.Repeat("\"“”‘’«»'", 3000)))
	var short strings.Builder
	for i := 0; i < 50000; i++ {
		short.WriteString("a\n")
	}
	w("many-short-lines.txt", []byte(short.String()))
	w("no-statements.txt", []byte("Water tables fall\n\nThe water table under the valley fell by two metres in ten years, according to survey data published on Tuesday.\nFarmers have drilled deeper wells since the drought began.\n"))
}
