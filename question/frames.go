package question

import (
	"regexp"
	"strings"
)

// General English words the frames are built from.
const (
	// Verbs of saying, in all their forms.
	say = `say|says|said|saying|tell|tells|told|telling|state|states|stated|stating|` +
		`talk|talks|talked|talking|speak|speaks|spoke|spoken|speaking|comment|comments|commented|commenting|` +
		`remark|remarks|remarked|mention|mentions|mentioned|mentioning|discuss|discusses|discussed|discussing|` +
		`think|thinks|thought|claim|claims|claimed|argue|argues|argued|note|notes|noted|write|writes|wrote|written|` +
		`declare|declares|declared|warn|warns|warned|explain|explains|explained|address|addresses|addressed|` +
		`raise|raises|raised|announce|announces|announced|suggest|suggests|suggested|express|expressed|` +
		`complain|complained|insist|insisted|stress|stressed|testify|testified|tweet|tweeted|post|posted|` +
		`feel|feels|felt|believe|believes|believed|opine|opined|weigh in|weighed in|quoted|cited`
	// Prepositions that introduce a subject matter.
	prep = `about|on|regarding|concerning|over|of|re|around|touching on|with regard to|in regard to|` +
		`with respect to|as to|in relation to|related to|relating to|mentioning|involving|when it comes to`
	// Nouns for what people say.
	nouns = `quotes|quote|quotations|quotation|statements|statement|remarks|remark|comments|comment|words|` +
		`views|view|thoughts|opinions|opinion|positions|position|claims|claim|sayings|utterances|` +
		`pronouncements|testimony|tweets|posts|sound ?bites|soundbites|citations|take|takes|stance|stances`
	aux       = `did|does|do|has|have|had|is|are|was|were|will|would|could|can|might|may|should`
	fillers   = `(?:(?i:ever|also|yet|really|actually|just|been|recently|publicly|once|already|got|had|has|have|to)\s+)*`
	things    = `(?:(?i:anything|something|things|much|a lot|a thing|publicly|openly|in public)\s+)?`
	imperativ = `(?:(?i:show|give|list|find|get|fetch|search|search for|look up|display|print|tell)\s+(?:(?i:me|us)\s+)?)?`
	det       = `(?:(?i:all|any|the|every|all the|all of the|some)\s+)?`
)

// frame is one way of asking: a pattern whose named groups "sp…" and
// "tp…" hold the speaker and the topic.
type frame struct {
	re          *regexp.Regexp
	who         bool // the answer is the speakers
	needSpeaker bool
}

func mustFrame(who, needSpeaker bool, parts ...string) frame {
	return frame{re: regexp.MustCompile("^" + strings.Join(parts, "") + "$"), who: who, needSpeaker: needSpeaker}
}

// frames in the order they are tried: the more specific first.
var frames = []frame{
	// who talked about Y · who has said anything about Y · who mentioned Y ·
	// who is quoted on Y
	mustFrame(true, false, `(?i:who|which speakers|which people|which officials|whom)\s+`, `(?:(?i:`+aux+`)\s+)?`,
		fillers, `(?i:`+say+`)\s+`, things, `(?:(?i:`+prep+`)\s+)?`, `(?P<tp>.+)`),
	// quotes about Y · statements by X about Y · show statements on Y by X
	mustFrame(false, false, imperativ, det, `(?i:`+nouns+`)`, `(?:\s+(?i:made|given|said))?`,
		`(?:\s+(?i:by|from|of)\s+(?P<sp1>.+?))?`, `(?:\s+(?i:`+prep+`)\s+(?P<tp>.+?))?`,
		`(?:\s+(?i:by|from)\s+(?P<sp2>.+?))?`),
	// what was said about Y · anything about Y · everything on Y
	mustFrame(false, false, imperativ, `(?i:what|everything|anything|all|something)\s+`,
		`(?:(?i:was|is|has been|have been|were|been|is being|was being)\s+)?`,
		`(?:(?i:said|written|stated|reported|discussed)\s+)?`, `(?i:`+prep+`)\s+(?P<tp>.+)`),
	// what did X say about Y · everything X has said on Y · what has X been
	// saying about Y · what did X have to say about Y
	mustFrame(false, false, imperativ, `(?i:what|everything|anything|all|whatever|all that|everything that|anything that)\s+`,
		`(?:(?i:`+aux+`)\s+)?`, `(?P<sp>.+?)\s+`, fillers, `(?i:`+say+`)`,
		`(?:\s+`, things, `(?:(?i:`+prep+`)\s+)?(?P<tp>.+))?`),
	// did X mention Y · has X said anything about Y · did X talk about Y
	mustFrame(false, true, `(?i:`+aux+`)\s+`, `(?P<sp>.+?)\s+`, fillers, `(?i:`+say+`)\s+`, things,
		`(?:(?i:`+prep+`)\s+)?`, `(?P<tp>.+)`),
	// X's comments on Y · Obama's remarks about Y · Carney's statements
	mustFrame(false, true, imperativ, `(?:(?i:the|all|all of)\s+)?`, `(?P<sp>.+?)'s?\s+`,
		`(?:(?i:latest|recent|public|own|last|first|most recent|main|key)\s+)?`, `(?i:`+nouns+`)`,
		`(?:\s+(?i:`+prep+`)\s+(?P<tp>.+))?`),
	// X on Y · X about Y (a capitalised name)
	mustFrame(false, true, `(?P<sp>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*)\s+(?i:on|about|regarding|re)\s+(?P<tp>.+)`),
	// X said about Y · X has said · X says
	mustFrame(false, true, `(?P<sp>.+?)\s+`, fillers, `(?i:said|says|say|has said|said anything|wrote|told)`,
		`(?:\s+`, things, `(?i:`+prep+`)\s+(?P<tp>.+))?`),
}

// reTime finds a time phrase: "in 2013", "since May 2015", "between 2013
// and 2015".
var reTime = regexp.MustCompile(`(?i)[\s,]+(in|during|since|after|before|until|till|from|between|prior to)\s+` +
	`(?:(january|february|march|april|may|june|july|august|september|october|november|december|` +
	`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s+)?((?:19|20)\d\d)` +
	`(?:\s*(?:and|to|-|–|until|through)\s*((?:19|20)\d\d))?\b`)

// generic words stand for no one in particular: "what did people say".
func generic(s string) bool {
	switch strings.ToLower(s) {
	case "people", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "they", "others",
		"anyone else", "nobody", "one", "you", "we", "folks", "the speakers", "speakers", "sources":
		return true
	}
	return false
}

// cleanName drops what is not part of a name: a leading auxiliary, "the"
// before an organisation, a possessive.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"did ", "does ", "has ", "have ", "the ", "The "} {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			s = s[len(w):]
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	return strings.TrimSpace(s)
}

// cleanTopic drops quotation marks and determiners around the topic.
func cleanTopic(s string) string {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	for _, w := range []string{"the ", "a ", "an ", "any ", "some ", "all ", "his ", "her ", "their ", "its ", "our "} {
		if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
			s = s[len(w):]
			break
		}
	}
	return strings.TrimSpace(s)
}
