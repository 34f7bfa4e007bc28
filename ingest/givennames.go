package ingest

import "strings"

// Common given names whose bearers are overwhelmingly of one gender, so
// that "she" after "Clara Reyes" does not go to Tomas Reyes. A general list
// of frequent English-language and international given names; names worn
// by both (Jordan, Taylor, Alex, Kim) are left out.

var femaleNames = setOf("liz", "beth", "kate", "katie", "jenny", "sue", "meg", "pam", "becky", "cindy", "peggy",
	"sally", "molly", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
	"karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
	"dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
	"kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha",
	"katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
	"ruth", "julie", "olivia", "joyce", "virginia", "victoria", "lauren", "christina", "joan", "evelyn",
	"judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara",
	"frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia", "grace", "denise",
	"amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
	"charlotte", "marie", "kayla", "lori", "nancy",
	"ruth", "barbara", "claire",
	"clara", "ana", "anne", "annie", "lena", "lucy", "sofia", "sophie", "chloe", "ella", "zoe", "nora", "irene",
	"rosa", "eva", "ingrid", "angela", "ursula", "theresa", "christine", "svetlana", "olga",
	"natalia", "tatiana", "irina", "priya", "aisha", "fatima", "leila", "yuki", "carmen", "lucia", "isabel", "beatriz", "gabriela", "valentina", "julia", "monica", "veronica",
	"rita", "wendy", "tina", "holly", "jill", "jane", "joanne", "jennifer",
	"fiona", "siobhan", "siobhán", "niamh", "aoife", "sinead", "sinéad", "orla", "ciara", "mairead", "róisín",
	"roisin", "eileen", "maureen", "bridget", "kathy", "cathy", "tracy", "tracey", "kelly", "shannon", "erin",
	"caitlin", "kirsty", "morag", "ailsa", "isla", "eilidh", "gwen", "bronwen", "sian", "siân", "rhian",
	"megan", "bethan", "nia", "ffion", "mildred", "agnes", "edith", "ethel", "gladys", "hilda", "iris", "ivy",
	"mabel", "muriel", "norma", "pauline", "rosemary", "sheila", "sylvia", "vera", "yvonne", "brigitte",
	"ursula", "greta", "heidi", "ilse", "katrin", "sabine", "ines", "inês", "marta", "agnieszka", "katarzyna",
	"magdalena", "elena", "alessandra", "chiara", "francesca", "giulia", "paola", "silvia", "alejandra",
	"camila", "daniela", "fernanda", "mariana", "paula", "rocío", "rocio", "ximena", "ayesha", "amina", "zainab",
	"khadija", "mariam", "maryam", "noor", "nour", "salma", "yasmin", "zahra", "ananya", "deepa", "kavita",
	"lakshmi", "meera", "neha", "pooja", "sunita", "anjali", "shreya", "divya", "mei", "ling", "xiu", "yan",
	"hana", "sakura", "yoko", "keiko", "naomi", "ngozi", "chiamaka", "adaeze", "amara", "funmilayo", "folake",
	"abena", "akosua", "ama", "efua", "wanjiru", "wambui", "njeri", "nomvula", "thandiwe", "zanele", "lindiwe",
	"naledi", "precious", "mercy", "comfort", "blessing", "joy", "esther", "miriam", "deborah", "ruthie",
	"lorraine", "marisa", "kelsey", "lydia", "renata", "rosalind", "priscilla", "marjorie", "denise",
	"leah", "noemi", "imogen", "hannah", "harriet", "georgina", "philippa", "penelope", "serena", "vanessa")

var maleNames = setOf("jeff", "steve", "dan", "dave", "ben", "greg", "doug", "matt", "nick", "rob", "ron", "ken",
	"andy", "tony", "fred", "ed", "jon", "josh", "zach", "jake", "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas",
	"charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew",
	"joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
	"jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
	"benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
	"tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
	"walter", "noah", "jeremy", "christian", "keith", "roger", "gerald", "harold", "sean", "austin",
	"carl", "arthur", "lawrence", "dylan", "jesse", "bryan", "joe", "billy", "bruce", "albert", "willie",
	"gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
	"elijah", "louis", "bobby", "philip", "johnny", "bill", "mike", "tim",
	"jim", "tom", "bob", "dick", "harry", "vladimir", "dmitry", "sergei", "sergey", "igor", "ivan", "boris", "nikolai", "alexei", "mikhail",
	"hans", "klaus", "wolfgang", "jurgen", "emmanuel", "francois", "jacques", "pierre", "nicolas", "giuseppe", "matteo", "carlos", "luis", "miguel", "pedro", "jorge", "enrique", "manuel", "antonio",
	"francisco", "javier", "rafael", "fernando", "ricardo", "diego", "andres", "mohammed", "muhammad",
	"mohammad", "ahmed", "hassan", "hussein", "omar", "abdullah", "ibrahim", "mustafa", "benjamin", "rahul", "tomas", "karl", "otto", "lars", "sven", "olaf", "erik",
	"jens", "piotr", "andrzej", "viktor", "victor", "dmitri", "yuri", "jacob",
	"declan", "ciarán", "ciaran", "seán", "sean", "eoin", "niall", "cormac", "padraig", "pádraig", "diarmuid",
	"fergus", "hamish", "angus", "callum", "euan", "ewan", "iain", "alasdair", "rhys", "dafydd", "gareth",
	"owen", "huw", "gwyn", "alun", "bernard", "clive", "colin", "desmond", "derek", "geoffrey", "gordon",
	"graham", "howard", "ian", "leslie", "malcolm", "martin", "neil", "nigel", "norman", "trevor", "barry",
	"cedric", "cyril", "dudley", "reginald", "rupert", "hugh", "giles", "simon", "stuart", "julian", "marcus",
	"oliver", "hugo", "felix", "oscar", "alfie", "archie", "freddie", "harvey", "jamie", "luke", "liam",
	"connor", "kieran", "wolfram", "dieter", "helmut", "jörg", "jorg", "uwe", "stefan", "tobias", "markus",
	"lukas", "jan", "bartosz", "krzysztof", "tomasz", "pavel", "jiri", "ondrej", "giorgio", "marco", "luca",
	"alessandro", "lorenzo", "stefano", "pablo", "alejandro", "sergio", "raul", "raúl", "alberto", "mateo",
	"ali", "hamza", "yusuf", "khalid", "tariq", "bilal", "faisal", "rashid", "karim", "samir", "nabil",
	"arjun", "rohan", "vikram", "sanjay", "rajesh", "suresh", "anil", "sunil", "amit", "vijay", "ravi",
	"wei", "jun", "hiroshi", "takeshi", "kenji", "haruki", "kofi", "kwame", "kwabena", "kojo", "yaw",
	"chinedu", "emeka", "obinna", "tunde", "olufemi", "segun", "musa", "sipho", "thabo", "bongani", "kagiso",
	"themba", "mandla", "otieno", "kamau", "njoroge", "kipchoge", "dwayne", "darnell", "tyrone", "marquis",
	"cody", "travis", "wyatt", "clint", "dale", "glenn", "kent", "lyle", "vernon", "warren", "wendell")

// givenGender returns the gender a given name tells, or 0.
func givenGender(first string) byte {
	w := strings.ToLower(strings.TrimSuffix(first, "."))
	switch {
	case maleNames[w] && !femaleNames[w]:
		return 'm'
	case femaleNames[w] && !maleNames[w]:
		return 'f'
	}
	return 0
}
