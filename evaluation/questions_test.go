package evaluation_test

// The questions and the statements that answer them, judged by hand by
// reading the five sample articles (testdata/articles). A statement is named
// by its speaker's canonical name and a substring of its text; one ref may
// name several statements (the same words reported by two outlets).
//
// want: statements an analyst asking the question expects.
// ok:   borderline statements, related enough that returning them is no
//       defect, and close enough that missing them is none either.
// Everything else returned is a false positive.

type ref struct{ speaker, text string }

type judged struct {
	question string
	want     []ref
	ok       []ref
	speakers []string // for "who" questions: speakers that must be named
	exact    bool     // any false positive or negative fails the test
}

// Refs to statements used by several questions.
var (
	zhengStandards = ref{"Zheng Zeguang", "setting international Internet standards"}
	obamaNorms     = ref{"Barack Obama", "international rules and norms"}
	hagelNorms     = ref{"Chuck Hagel", "establishing international norms for cyberspace"}
	shenNorms      = ref{"Shen Dingli", "acceptable norms of behavior"}
	carneyNorms    = ref{"Jay Carney", "establish norms against the theft"}
	cuiRules       = ref{"Cui Tiankai", "work out a new set of rules"}
	lieberthalObey = ref{"Kenneth Lieberthal", "obey rules"}
	zhengGuideline = ref{"Zheng Zeguang", "guidelines can be established"}
	obamaFramework = ref{"Barack Obama", "international framework to prevent the Internet"}

	obamaHacking  = ref{"Barack Obama", "act against China over hacking"}
	hongHacking   = ref{"Hong Lei", "biggest victims of hacking activities"}
	hongHackers   = ref{"Hong Lei", "opposes hackers or cyberattacks"}
	shenHacking   = ref{"Shen Dingli", "put a stop to hacking"}
	shenHackers   = ref{"Shen Dingli", "sponsors hackers for cyberattacks"}
	cuiHackers    = ref{"Cui Tiankai", "attacked by hackers"}
	chinaHacking  = ref{"China", "Internet hacking attacks"}
	postHackers   = ref{"Washington Post", "hackers broke into computer systems"}
	boardHackers  = ref{"US Defense Science Board", "hackers have gained access"}
	carneyIntrude = ref{"Jay Carney", "cyber intrusions"}
	obamaEspion   = ref{"Barack Obama", "industrial espionage in cyber space"}

	zhengCombated  = ref{"Zheng Zeguang", "combated cyberattacks"}
	yangVictims    = ref{"Yang Xiyu", "largest victims of cyberattacks"}
	zhengNetAttack = ref{"Zheng Zeguang", "opposes Internet attacks"}
	ministryAttack = ref{"China's Ministry of Defense", "144,000 attacks a month"}
	cuiTrace       = ref{"Cui Tiankai", "If we trace these attacks"}
	zhengOpposes   = ref{"Zheng Zeguang", "opposes all types of cyberattacks"}
	officialsSanct = ref{"U.S. officials", "considering sanctions"}

	zhengCyberMain = ref{"Zheng Zeguang", "Cybersecurity will be one of the main issues"}
	kirbyAgenda    = ref{"John Kirby", "agenda topic"}
	hongDiscuss    = ref{"Hong Lei", "constructive discussions with the US on cybersecurity"}
	hongManage     = ref{"Hong Lei", "calmly manage cybersecurity issues"}
	hagelDialogue  = ref{"Chuck Hagel", "promote dialogue on cybersecurity"}
	zhengIssueCS   = ref{"Zheng Zeguang", "on the issue of cybersecurity"}
	carneyAgenda   = ref{"Jay Carney", "cybersecurity is on the agenda"}
	carneyPriority = ref{"Jay Carney", "very high priority"}
	carneyConcern  = ref{"Jay Carney", "concern about cybersecurity"}
	reutersDiscuss = ref{"Reuters", "Obama will discuss cybersecurity"}
	zhengNetSec    = ref{"Zheng Zeguang", "common challenges\" on Internet security"}
	zhengFaceSec   = ref{"Zheng Zeguang", "face common challenges on Internet security"}
	carneyNetworks = ref{"Jay Carney", "protect our national networks"}
	carneyCyberIss = ref{"Jay Carney", "dialogue on cyber issues"}
	whiteHouseEx   = ref{"White House", "exchange about cyber issues"}
	ruanCyber      = ref{"Ruan Zongze", "disagreements over cyber issues"}
	zhengTeam      = ref{"Zheng Zeguang", "working team on cyberissues"}
	hongWorkGroup  = ref{"Hong Lei", "establish a work group"}
	timesSecurity  = ref{"New York Times", "national security"}

	zhengProtect  = ref{"Zheng Zeguang", "protect its own interests in cyberspace"}
	zhengSafeg    = ref{"Zheng Zeguang", "safeguards its own interests"}
	zhengEnvoy    = ref{"Zheng Zeguang", "special envoy"}
	hongEnviron   = ref{"Hong Lei", "cyberspace environment"}
	xiInterests   = ref{"Xi Jinping", "maintain common interests"}
	zhengEvidence = ref{"Zheng Zeguang", "\"ample\" evidence"}
	zhengNameList = ref{"Zheng Zeguang", "name list for recovering"}
	officialsEvid = ref{"U.S. officials", "not averse to such cooperation"}
	cuiEvidence   = ref{"Cui Tiankai", "hard evidence"}
	shenTrust     = ref{"Shen Dingli", "building mutual trust"}
	zhengCoopCS   = ref{"Zheng Zeguang", "conduct a dialogue and cooperate"}

	zhengRelations = ref{"Zheng Zeguang", "Sino-US relations"}
	zhengBigCount  = ref{"Zheng Zeguang", "new relations between big countries"}
	shiEyeing      = ref{"Shi Yinhong", "eyeing a new type of relationship"}
	shiDefine      = ref{"Shi Yinhong", "should clearly define the key interests"}
	shiAccepted    = ref{"Shi Yinhong", "concept has not been well accepted"}
	shiConsensus   = ref{"Shi Yinhong", "reach a consensus on the concept"}
	obamaStrains   = ref{"Barack Obama", "strains on the bilateral relationship"}
	carneyBroad    = ref{"Jay Carney", "broad and complex one"}
	zhengRange     = ref{"Zheng Zeguang", "range of issues"}
	zhengLeaders   = ref{"Zheng Zeguang", "the two leaders will discuss"}
)

var questions = []judged{
	// The founding question and its variants.
	{question: "everything Zheng Zeguang said about norms", want: []ref{zhengStandards}, exact: true},
	{question: "What did Zheng Zeguang say about standards?", want: []ref{zhengStandards}, ok: []ref{zhengGuideline}},
	{question: "who talked about norms",
		want:     []ref{obamaNorms, hagelNorms, shenNorms, carneyNorms, zhengStandards, cuiRules, lieberthalObey},
		ok:       []ref{zhengGuideline, obamaFramework},
		speakers: []string{"Jay Carney", "Barack Obama", "Chuck Hagel", "Shen Dingli", "Zheng Zeguang"}},
	{question: "who said anything about rules",
		want: []ref{obamaNorms, cuiRules, lieberthalObey},
		ok:   []ref{zhengStandards, hagelNorms, shenNorms, carneyNorms, zhengGuideline, obamaFramework}},
	{question: "who talked about standards",
		want: []ref{zhengStandards},
		ok:   []ref{obamaNorms, hagelNorms, shenNorms, carneyNorms, cuiRules, lieberthalObey, zhengGuideline}},
	{question: "quotes about norms since 2015", want: []ref{obamaNorms, zhengStandards}, ok: []ref{obamaFramework}},
	{question: "what did Chuck Hagel say about norms", want: []ref{hagelNorms}},
	{question: "Shen Dingli on norms", want: []ref{shenNorms}},
	{question: "what did Jay Carney say about norms", want: []ref{carneyNorms}},
	{question: "what did Obama say about rules", want: []ref{obamaNorms}, ok: []ref{obamaFramework}},
	{question: "What has Kenneth Lieberthal been saying about rules?", want: []ref{lieberthalObey}},
	{question: "did Hagel mention norms", want: []ref{hagelNorms}},

	// Hacking, attacks, espionage.
	{question: "quotes about hacking",
		want: []ref{obamaHacking, hongHacking, hongHackers, shenHacking, shenHackers, cuiHackers, chinaHacking, postHackers, boardHackers},
		ok: []ref{carneyIntrude, obamaEspion, zhengCombated, yangVictims, zhengNetAttack, ministryAttack,
			cuiTrace, zhengOpposes, officialsSanct, cuiRules, obamaStrains}},
	{question: "what did Obama say about hacking", want: []ref{obamaHacking}, ok: []ref{obamaEspion, obamaStrains, obamaFramework}},
	{question: "show statements on hacking by Shen Dingli", want: []ref{shenHacking, shenHackers}},
	{question: "quotes about cyberattacks",
		want: []ref{zhengCombated, yangVictims, zhengNetAttack, hongHackers, shenHackers, cuiTrace,
			ministryAttack, chinaHacking, zhengOpposes, officialsSanct, cuiRules},
		ok: []ref{obamaHacking, hongHacking, shenHacking, cuiHackers, postHackers, boardHackers, carneyIntrude, obamaEspion}},
	{question: "Zheng Zeguang on cyber-attacks", want: []ref{zhengCombated, zhengNetAttack, zhengOpposes}},
	{question: "who talked about cyber attacks",
		want: []ref{zhengCombated, yangVictims, zhengNetAttack, hongHackers, shenHackers, cuiTrace,
			ministryAttack, chinaHacking, zhengOpposes, officialsSanct, cuiRules},
		ok: []ref{obamaHacking, hongHacking, shenHacking, cuiHackers, postHackers, boardHackers, carneyIntrude, obamaEspion}},
	{question: "who talked about espionage", want: []ref{zhengCombated, obamaEspion},
		ok: []ref{carneyNorms, postHackers, boardHackers, carneyIntrude}},
	{question: "who talked about theft", want: []ref{carneyNorms}, ok: []ref{zhengCombated, obamaEspion}},
	{question: "who talked about weapons", want: []ref{postHackers, boardHackers}},
	{question: "who talked about sanctions", want: []ref{officialsSanct}, ok: []ref{obamaStrains}},

	// Cybersecurity and cyberspace.
	{question: "who talked about cybersecurity",
		want: []ref{zhengCyberMain, kirbyAgenda, hongDiscuss, hongManage, hagelDialogue, zhengIssueCS, carneyAgenda,
			carneyPriority, carneyConcern, reutersDiscuss, zhengNetSec, zhengFaceSec},
		ok: []ref{zhengStandards, carneyNetworks, carneyCyberIss, whiteHouseEx, ruanCyber, zhengTeam, hongWorkGroup, timesSecurity,
			zhengCombated, yangVictims, zhengNetAttack, hongHackers, shenHackers, cuiTrace, zhengOpposes,
			officialsSanct, obamaHacking, hongHacking, shenHacking, cuiHackers, chinaHacking, carneyIntrude, obamaEspion,
			hagelNorms, shenNorms, hongEnviron, zhengProtect, zhengSafeg, obamaFramework}},
	{question: "everything Hong Lei said about cyber security", want: []ref{hongDiscuss, hongManage},
		ok: []ref{hongWorkGroup, hongHacking, hongHackers}},
	{question: "Carney's comments on cybersecurity", want: []ref{carneyPriority, carneyConcern, carneyAgenda},
		ok: []ref{carneyNetworks, carneyCyberIss, carneyNorms}},
	{question: "quotes about cyberspace",
		want: []ref{zhengCombated, zhengProtect, zhengEnvoy, zhengNetAttack, obamaEspion, zhengNetSec, zhengSafeg,
			hongEnviron, hagelNorms, shenNorms},
		// WordNet: cyberspace = internet, net.
		ok: []ref{obamaFramework, zhengStandards, chinaHacking, zhengFaceSec}},
	{question: "who talked about the internet",
		want: []ref{obamaFramework, zhengStandards, chinaHacking, zhengNetAttack, zhengNetSec},
		ok:   []ref{zhengCombated, zhengProtect, zhengEnvoy, obamaEspion, zhengSafeg, hongEnviron, hagelNorms, shenNorms}},

	// Other topics.
	{question: "who talked about trust", want: []ref{zhengCombated, zhengNetSec, shenTrust, zhengBigCount},
		ok: []ref{chinaHacking, zhengTeam}},
	{question: "who talked about evidence", want: []ref{officialsEvid, zhengEvidence, cuiEvidence}},
	{question: "who talked about relations",
		want: []ref{zhengRelations, zhengBigCount, shiEyeing, shiDefine, zhengGuideline, obamaStrains, carneyBroad},
		ok:   []ref{shiAccepted, shiConsensus, hongWorkGroup}},
	{question: "statements by Shi Yinhong about relationships", want: []ref{shiEyeing, shiDefine},
		ok: []ref{shiAccepted, shiConsensus}},
	{question: "who talked about climate change", want: []ref{carneyPriority}},
	{question: "who talked about law enforcement", want: []ref{zhengCyberMain},
		ok: []ref{zhengNameList, officialsEvid, zhengEvidence}},
	{question: "who talked about the agenda", want: []ref{kirbyAgenda, carneyAgenda, carneyPriority},
		ok: []ref{zhengCyberMain, reutersDiscuss, zhengRange, zhengLeaders}},
	{question: "who said anything about elections"},
	{question: "quotes about football"},

	// Speakers and years.
	{question: "what did Cui Tiankai say", want: []ref{cuiEvidence, cuiHackers, cuiTrace, cuiRules}},
	{question: "what did Carney say",
		want: []ref{carneyAgenda, carneyPriority, carneyConcern, carneyNetworks, carneyCyberIss, carneyNorms}},
	{question: "what did Xi Jinping say", want: []ref{xiInterests}},
	{question: "what did Hong Lei say in 2013",
		want: []ref{hongDiscuss, hongManage, hongWorkGroup, hongHacking, hongHackers}},
	{question: "what did Zheng say in 2015",
		want: []ref{zhengCombated, zhengProtect, zhengCyberMain, zhengStandards, zhengEnvoy, zhengNetAttack, zhengNetSec,
			zhengSafeg, zhengEvidence, zhengNameList}},
	{question: "what did Zheng Zeguang say about evidence in 2015", want: []ref{zhengEvidence}, ok: []ref{zhengNameList}},

	// Added with the definition links and sense domains (issue 4, second
	// round); judged before the answers were read.
	{question: "who talked about weapons systems", want: []ref{postHackers, boardHackers}},
	{question: "who talked about weaponry", want: []ref{postHackers, boardHackers}},
	{question: "what did Cui Tiankai say about rules", want: []ref{cuiRules}},
	{question: "what did Obama say about norms", want: []ref{obamaNorms}, ok: []ref{obamaFramework}},
	{question: "what did Lieberthal say about norms", want: []ref{lieberthalObey}},
	{question: "who talked about rules since 2015", want: []ref{obamaNorms}, ok: []ref{zhengStandards, obamaFramework}},
	{question: "who said anything about mutual trust", want: []ref{zhengCombated, zhengNetSec, shenTrust, zhengBigCount},
		ok: []ref{chinaHacking, zhengTeam}},
	{question: "what did Shen Dingli say about trust", want: []ref{shenTrust}},
	{question: "Zheng Zeguang on trust", want: []ref{zhengCombated, zhengNetSec, zhengBigCount}, ok: []ref{zhengTeam}},
	{question: "who talked about property", want: []ref{carneyNetworks}},
	{question: "who talked about the military", want: []ref{zhengCyberMain, carneyPriority},
		ok: []ref{ministryAttack, shenHackers}},
	{question: "who talked about cooperation",
		want: []ref{zhengCombated, ruanCyber, zhengNetSec, hagelNorms, zhengTeam, zhengBigCount, officialsEvid, zhengCyberMain},
		ok: []ref{zhengStandards, yangVictims, zhengEnvoy, chinaHacking, zhengFaceSec, zhengNetAttack, zhengCoopCS, hongManage,
			hongDiscuss, hongWorkGroup, hagelDialogue, xiInterests}},
}
