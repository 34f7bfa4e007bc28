package ingest_test

import "testing"

// Epithets: a person described, not named, where they speak ("the
// 52-year-old said", "the grandmother of five said"), and offices of local
// government written short.
func TestEpithets(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an age for a person just quoted",
			"Market trader Ivo Kostadinov, who sells spices, said the rents had doubled.\n\"I pay more for the stall than for my flat,\" the 52-year-old said.",
			[]string{"Ivo Kostadinov|indirect|the rents had doubled", "Ivo Kostadinov|direct|I pay more for the stall than for my flat"}},
		{"an age and an occupation after the cue",
			"Another driver, who asked to be known only as Ravi, said he slept four hours a night.\n\"I see my children on Sundays,\" said the 38-year-old courier.",
			[]string{"Ravi|indirect|he slept four hours a night", "Ravi|direct|I see my children on Sundays"}},
		{"a kinship description with of",
			"Retired nurse Edith Mwale said the clinic was her lifeline.\n\"I cannot walk to the next town,\" the grandmother of five said.",
			[]string{"Edith Mwale|indirect|the clinic was her lifeline", "Edith Mwale|direct|I cannot walk to the next town"}},
		{"a description as the subject of a later cue",
			"Mum-of-three Carol Pettigrew, 58, won the prize on Friday.\nThe former school cook has worked at the canteen for 20 years and says she will keep the job.",
			[]string{"Carol Pettigrew|indirect|she will keep the job"}},
		{"an office no one was given, after its holder spoke",
			"Extra ferries will run from May, says Datuk Aziz Osman.\nThe state ports committee chairman said the ferries would cut waiting times.",
			[]string{"Aziz Osman|indirect|Extra ferries will run from May", "Aziz Osman|indirect|the ferries would cut waiting times"}},
		{"a party in the description that the last speaker does not hold",
			"Democratic Sen. Lydia Crane said the bill was dead.\nThe Republican senator said it would pass.",
			[]string{"Lydia Crane|indirect|the bill was dead", "Republican senator|indirect|it would pass"}},
	})
}

func TestShortOffices(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"councillor written short",
			"Shire mayor Cr Roslyn Teague said the branch was a lifeline.\n\"Nobody asked us,\" Cr Teague said.\nCllr Owen Prys said the council would object.",
			[]string{"Roslyn Teague|indirect|the branch was a lifeline", "Roslyn Teague|direct|Nobody asked us", "Owen Prys|indirect|the council would object"}},
		{"a constituency joined by and before the member",
			"Dumfries and Galloway MSP Fiona Baird said the road was unsafe.",
			[]string{"Fiona Baird|indirect|the road was unsafe"}},
		{"a member for a constituency, set off before the name",
			"A member of the committee and Member of Parliament (MP) for Keta North, Madam Akosua Dzifa Mensah, noted that the lagoon had silted up.\nThe District Chief Executive (DCE) for Keta, Mr Kwabena Adjei, told reporters that dredging would start in March.",
			[]string{"Akosua Dzifa Mensah|indirect|the lagoon had silted up", "Kwabena Adjei|indirect|dredging would start in March"}},
		{"a long portfolio that ends in a common word",
			"Provincial Minister for Environment Protection and Climate Change Malik Asad Raza said the kilns would close.",
			[]string{"Malik Asad Raza|indirect|the kilns would close"}},
		{"two given names stand for the full name",
			"State executive councillor Mohd Nizam Ariffin said the bridge would open in June. Mohd Nizam said the contractor had been paid.",
			[]string{"Mohd Nizam Ariffin|indirect|the bridge would open in June", "Mohd Nizam Ariffin|indirect|the contractor had been paid"}},
	})
}

func TestSpokespeopleOfBodies(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a spokeswoman of a named body, then she",
			"A Harbour Department spokeswoman said the schedule was under review.\nShe said the new boats would arrive in spring.",
			[]string{"Harbour Department|indirect|the schedule was under review", "Harbour Department|indirect|the new boats would arrive in spring"}},
		{"a business named by its description opens the sentence",
			"Payments platform Quillpay has blamed a faulty update for the outage, and said it would refund fees.",
			[]string{"Quillpay|indirect|it would refund fees"}},
	})
}

func TestAsidesAndActs(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a participle aside between the name and the cue",
			"Councillor Ruth Abara, asked about the flood warning, said she had heard it before.\nAbara, when pressed on the budget, said the money was there.",
			[]string{"Ruth Abara|indirect|she had heard it before", "Ruth Abara|indirect|the money was there"}},
		{"what the speaker did besides speaking ends the content",
			"The minister said the state would study the plan but stopped short of promising funds.\nThe mayor said the road would reopen and declined to give a date.",
			[]string{"minister|indirect|the state would study the plan", "mayor|indirect|the road would reopen"}},
	})
}

func TestLongSubjectsAndColons(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a long organisation name, its short form and an office before the name",
			"Transport Operators Federation of West Africa (Tofwa) national organiser Kwesi Boateng said drivers would stay off the roads.",
			[]string{"Kwesi Boateng|indirect|drivers would stay off the roads"}},
		{"a long aside of how it was said",
			"The Water Resources Department, in a statement issued late on Sunday, said the river would peak on Tuesday.",
			[]string{"Water Resources Department|indirect|the river would peak on Tuesday"}},
		{"an adverb between the subject of a clause content and its auxiliary",
			"Joan Pike won the draw. Pike admitted the news still had not sunk in.",
			[]string{"Joan Pike|indirect|the news still had not sunk in"}},
		{"a manner verb and a colon after descriptions",
			"Alf Rudd, 70, a retired miner, laughed: \"I have asked for a new shed.\"",
			[]string{"Alf Rudd|direct|I have asked for a new shed."}},
	})
}

func TestJointSubjectThenPronoun(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a name joined to a group opens the sentence the pronoun follows",
			"Skipper Rob Ellis said the weed came in May.\nOpposition spokesman Carl Dunne said the harbour had been neglected.\nBack at the quay, Ellis and two other skippers have started clearing the weed themselves.\n\"We can't wait on anybody,\" he said.",
			[]string{"Rob Ellis|indirect|the weed came in May", "Carl Dunne|indirect|the harbour had been neglected", "Rob Ellis|direct|We can't wait on anybody"}},
	})
}

func TestWhatStandsBetweenNameAndCue(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a stretch between dashes",
			"Odile Brandt -- co-author of a book on the strikes, published last year -- said the unions had overplayed their hand.",
			[]string{"Odile Brandt|indirect|the unions had overplayed their hand"}},
		{"an appositive, then a stretch between dashes",
			"Piet Jansen, the chief executive of Dune Media -- the company that owns the station, which also streams online -- told me, \"We sell what people watch.\"",
			[]string{"Piet Jansen|direct|We sell what people watch."}},
		{"a town and a state set off by commas",
			"Mavis Ortega, of Dayton, Ohio, said she had waited three hours to vote.",
			[]string{"Mavis Ortega|indirect|she had waited three hours to vote"}},
		{"an age, then a relative clause",
			"Rep. Ellen Voss said the inquiry would go on. Voss, 61, who has sat on the committee since 2009, told reporters it was clear the files had been altered.",
			[]string{"Ellen Voss|indirect|the inquiry would go on", "Ellen Voss|indirect|it was clear the files had been altered"}},
	})
}

func TestParticiplesAfterClauses(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a participle after a relative clause's cue goes with the sentence's subject",
			"Mayor Dana Holt was defensive when asked about not paying a contractor who said he was owed $40,000, saying, \"He did a poor job.\"",
			[]string{"contractor|indirect|he was owed $40,000", "Dana Holt|direct|He did a poor job."}},
		{"a participle after a verb and of",
			"Governor Ian Marsh and his deputy never tire of telling the story of the flood: \"We rebuilt the town in a year.\"",
			[]string{"Ian Marsh|direct|We rebuilt the town in a year."}},
		{"an idiom of saying is no speech",
			"Rita Bell said the tax plan was a start. It goes without saying that the plan will be costly.",
			[]string{"Rita Bell|indirect|the tax plan was a start"}},
		{"a run-in head in capitals before the subject",
			"REGULATORS TOOK NOTE — Dr Oren Pike appeared at a 2014 hearing for saying that a diet tea was a \"miracle cure.\"",
			[]string{"Oren Pike|mixed|a diet tea was a \"miracle cure.\""}},
	})
}

func TestSomeoneOfSomeone(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a lawyer and a family speak as themselves",
			"Darren Pike did not appear at the hearing.\nPike's lawyer said his client would not answer questions.\nPike's family said they were heartbroken.",
			[]string{"Pike's lawyer|indirect|his client would not answer questions", "Pike's family|indirect|they were heartbroken"}},
		{"a former adviser no longer speaks for them",
			"Mayor Lena Ortiz's former chief strategist said the speech was a mistake.",
			[]string{"Mayor Lena Ortiz's former chief strategist|indirect|the speech was a mistake"}},
		{"a spokeswoman speaks for them",
			"Senator Ray Cobb's spokeswoman said the claims were false.",
			[]string{"Ray Cobb|indirect|the claims were false"}},
	})
}

func TestFootageTitlesAndLeads(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"footage of someone asking",
			"The new ad uses footage of Senator Ada Brook asking, \"Why are we still waiting?\"",
			[]string{"Ada Brook|direct|Why are we still waiting?"}},
		{"a quoted programme title after the cue is no second part",
			"\"The mood is sour,\" Pat Lowe, a party strategist, said Thursday on Channel 9's \"Morning Desk.\"",
			[]string{"Pat Lowe|direct|The mood is sour"}},
		{"a lead with a colon before a quotation and a later cue",
			"Rep. Ines Cole (D-Ore.) scolded him: \"The science is settled,\" she said.",
			[]string{"Ines Cole|direct|The science is settled"}},
		{"say as a supposition opens no speaker",
			"Say the council demanded proof of residence before it would help.",
			[]string{}},
	})
}

func TestOneWordAnswers(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"an answer of one word after a colon, the question before it",
			"Asked if she would resign, Ms Ida Fenwick replied: \"No.\"",
			[]string{"Ida Fenwick|direct|No."}},
	})
}

func TestColonAfterDescribedName(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a description, the name set off, a manner verb and a colon",
			"Her neighbour, Joe Banks, disagreed: \"It's a disgrace.\"\nKim Tran told reporters the councilman would vote no.",
			[]string{"Joe Banks|direct|It's a disgrace.", "Kim Tran|indirect|the councilman would vote no"}},
	})
}

func TestDemonymsAndParticles(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a Dutch particle and a demonym as an epithet",
			"City boss Joost ten Kate said his side had been unlucky. \"We created chances,\" the Dutchman said.",
			[]string{"Joost ten Kate|indirect|his side had been unlucky", "Joost ten Kate|direct|We created chances"}},
		{"a party member as an epithet must be of that party",
			"Democratic Rep. Nia Ford said the bill was dead. \"It will pass,\" the Republican said.",
			[]string{"Nia Ford|indirect|the bill was dead", "Republican|direct|It will pass"}},
	})
}

func TestExchangesAtAHearing(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"bare quotations after an exchange alternate between its speakers",
			"\"How many inspectors?\" asked Rep. Lena Park of Ohio.\n\"Nineteen,\" Rafe Holm replied.\n\"So each gets a minute per car.\"\n\"That's not how the work is divided.\"\n\"Then tell me how it is divided.\"",
			[]string{"Lena Park|direct|How many inspectors?", "Rafe Holm|direct|Nineteen", "Lena Park|direct|So each gets a minute per car.",
				"Rafe Holm|direct|That's not how the work is divided.", "Lena Park|direct|Then tell me how it is divided."}},
	})
}

func TestMoreSubjectShapes(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"as after a closing quotation ends the content",
			"Gov. Ed Sandler told a packed hall that voters were \"tired of being yelled at,\" as he opened a three-day swing.",
			[]string{"Ed Sandler|mixed|voters were \"tired of being yelled at,\""}},
		{"a fronted phrase of place before the subject of 'and said'",
			"Back on Mill Road, Teague pulled a chair closer to the fire and said he planned to be there every day.",
			[]string{"Teague|indirect|he planned to be there every day"}},
		{"an appositive that opens with an adjective",
			"Dr Sunil Varma, medical director of the county hospital trust, said the department was under pressure.",
			[]string{"Sunil Varma|indirect|the department was under pressure"}},
		{"a long participle aside",
			"Salcedo, asked by analyst Priya Venn whether the lower prices would dent margins next year, said he expected margins to recover.",
			[]string{"Salcedo|indirect|he expected margins to recover"}},
	})
}

func TestNameBeforeWhoClauseWithTown(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"a couple sharing a surname set off after a description",
			"The couple, Ana and Luis Moreno, said they had lost everything.",
			[]string{"Ana Moreno|indirect|they had lost everything", "Luis Moreno|indirect|they had lost everything"}},
		{"police and another group joined by and",
			"Police and fire officials said the blaze started in the kitchen.",
			[]string{"Police and fire officials|indirect|the blaze started in the kitchen"}},
		{"a name, a who clause that ends in a town and state, then the cue",
			"Her sister, Dana Reyes-Holt, who drove up from Lowell, Mass., said she liked the candidate but doubted he could win.",
			[]string{"Dana Reyes-Holt|indirect|she liked the candidate but doubted he could win"}},
	})
}

func TestTheyAfterGroups(t *testing.T) {
	runCases(t, []struct {
		name, text string
		want       []string
	}{
		{"they after an unnamed group that opened the sentence before",
			"The nurses' union said pay talks had collapsed.\nResidents of the estate were angry. They said the council had ignored them for years.",
			[]string{"nurses' union|indirect|pay talks had collapsed", "residents of the estate|indirect|the council had ignored them for years"}},
		{"they after officials whose head comes before a place",
			"Acme Corp reported a loss.\nHealth officials in Ohio said the outbreak was contained. They added that two more cases were likely.",
			[]string{"Health officials in Ohio|indirect|the outbreak was contained", "Health officials in Ohio|indirect|two more cases were likely"}},
	})
}
