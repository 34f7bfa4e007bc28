package graph

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// The vocabulary: schema.org where a term fits, quotegraph's own namespace
// where none does. Node IRIs are URNs built from content-derived IDs.
const (
	schemaNS = "https://schema.org/"
	qgNS     = "https://quotegraph.org/ns#"
	rdfNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nodeNS   = "urn:quotegraph:"
)

var (
	pType = quad.IRI(rdfNS + "type")

	// Classes.
	cArticle   = quad.IRI(schemaNS + "NewsArticle")
	cQuotation = quad.IRI(schemaNS + "Quotation")
	cPerson    = quad.IRI(schemaNS + "Person")
	cOrg       = quad.IRI(schemaNS + "Organization")
	cAnonymous = quad.IRI(qgNS + "AnonymousSource")
	cTopic     = quad.IRI(schemaNS + "DefinedTerm")

	// speaker –said→ statement –about→ topic: the path questions walk.
	pSaid  = quad.IRI(qgNS + "said")
	pAbout = quad.IRI(schemaNS + "about")

	// Statement.
	pText     = quad.IRI(schemaNS + "text")
	pIsPartOf = quad.IRI(schemaNS + "isPartOf")
	pKind     = quad.IRI(qgNS + "kind")
	pCue      = quad.IRI(qgNS + "cue")
	pMention  = quad.IRI(qgNS + "mention")
	pRole     = quad.IRI(qgNS + "role")
	pStart    = quad.IRI(qgNS + "startOffset")
	pEnd      = quad.IRI(qgNS + "endOffset")
	pWeights  = quad.IRI(qgNS + "topicWeights") // "name=0.80;name=0.50"

	// Speaker, topic, outlet.
	pName        = quad.IRI(schemaNS + "name")
	pAltName     = quad.IRI(schemaNS + "alternateName")
	pJobTitle    = quad.IRI(schemaNS + "jobTitle")
	pAffiliation = quad.IRI(schemaNS + "affiliation")
	pKey         = quad.IRI(qgNS + "key")       // lower-cased name or alias, for look-ups
	pNameToken   = quad.IRI(qgNS + "nameToken") // each word of a person's full name

	// Article.
	pHeadline  = quad.IRI(schemaNS + "headline")
	pPublished = quad.IRI(schemaNS + "datePublished")
	pPublisher = quad.IRI(schemaNS + "publisher")
	pAuthor    = quad.IRI(schemaNS + "author")
	pURL       = quad.IRI(schemaNS + "url")
	pDateline  = quad.IRI(qgNS + "dateline")
	pSource    = quad.IRI(qgNS + "source")
	pBody      = quad.IRI(schemaNS + "articleBody")
	pParas     = quad.IRI(qgNS + "paragraphs") // "start-end,start-end"
)

// node is the IRI of the node with a content-derived ID.
func node(id string) quad.IRI { return quad.IRI(nodeNS + id) }

// idOf is the ID of a node IRI, "" for anything else.
func idOf(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	return strings.TrimPrefix(string(iri), nodeNS)
}

// key normalises a name for look-ups: lower case, single spaces, no
// honorific full stops ("Mr. Zheng" and "mr zheng" meet).
func key(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.ReplaceAll(s, ".", "")
}
