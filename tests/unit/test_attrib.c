/* test_attrib.c: sources, roles and kinds the attribution pass finds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib.h"
#include "attrib-int.h"
#include "segment.h"
#include "t.h"

/*
 * Each case is a small article: sentences separated by " | ", paragraphs
 * by " || ". WHICH is the sentence whose source is checked (-1: the
 * last); SOURCE, ROLE and KIND what the pass must give it (NULL: none).
 * Every sentence here was written for this test.
 */
struct acase {
	const char	*text;
	int		 which;
	const char	*source;
	const char	*role;
	const char	*kind;
};

static const struct acase cases[] = {
	/* Verbs of saying, every tense and person. */
	{ "Lena Holm said 40 ships were waiting outside the port.", -1,
	  "Lena Holm", NULL, "person" },
	{ "The transport ministry says 300 buses have been ordered.", -1,
	  "transport ministry", NULL, "organisation" },
	{ "Opposition leaders claimed that 2,000 ballots were missing.", -1,
	  "Opposition leaders", NULL, "unnamed" },
	{ "The company has admitted it overstated profits by $40 million.",
	  -1, "company", NULL, "organisation" },
	{ "Farmers blamed the drought for a 30 percent drop in yields.", -1,
	  "Farmers", NULL, "unnamed" },
	{ "Residents say the water has been cut off for three days.", -1,
	  "Residents", NULL, "unnamed" },
	{ "Health officials in the province warned on Tuesday that 12 "
	  "clinics would close.", -1, "Health officials in the province",
	  NULL, "unnamed" },
	{ "The regional council has promised to repair every road by 2026.",
	  -1, "regional council", NULL, "organisation" },
	{ "The statistics office blamed the cold snap for a 0.5 percent "
	  "fall in output.", -1, "statistics office", NULL, "organisation" },
	{ "U.S. sources said the talks had stalled over 2 tariffs.", -1,
	  "U.S. sources", NULL, "unnamed" },
	{ "A Taliban official said 12 prisoners had been freed.", -1,
	  "Taliban official", NULL, "unnamed" },
	{ "The world's largest furniture retailer said it would hire "
	  "20,000 workers.", -1, "world's largest furniture retailer", NULL,
	  "organisation" },
	/* Inverted: ", said X", a quote then "said X". */
	{ "Exports fell 3 percent in May, said Anita Rao, an economist at "
	  "Nordbank.", -1, "Anita Rao", "economist at Nordbank", "person" },
	{ "\xe2\x80\x9cWe lost 60 members in a year,\xe2\x80\x9d said union "
	  "leader Tomas Berg.", -1, "Tomas Berg", "union leader",
	  "person" },
	{ "Sea ice shrank to its smallest extent since 1979, said climate "
	  "lab director Ana Pruitt.", -1, "Ana Pruitt",
	  "climate lab director", "person" },
	{ "Temperatures hit a record in July, the data center said.", -1,
	  "data center", NULL, "organisation" },
	{ "\xe2\x80\x9cThe plant will close in June,\xe2\x80\x9d the company "
	  "said.", -1, "company", NULL, "organisation" },
	{ "\xe2\x80\x9cThis confirms the losses are hidden\xe2\x80\x9d"
	  "declared Halvorsen in a speech.", -1, "Halvorsen", NULL,
	  "person" },
	/* "X told Y". */
	{ "Police chief Maria Lind told the Courier that arrests had "
	  "doubled.", -1, "Maria Lind", "Police chief", "person" },
	{ "A senior diplomat told reporters that 3 embassies would "
	  "reopen.", -1, "senior diplomat", NULL, "unnamed" },
	/* Titles and appositions. */
	{ "Marta Keel, chief euro-zone economist at Harbor Analytics, "
	  "commented: \xe2\x80\x98Output has stalled for two "
	  "quarters.\xe2\x80\x99", -1, "Marta Keel",
	  "chief euro-zone economist at Harbor Analytics", "person" },
	{ "Harbor Analytics, a research firm in Leeds, estimated that 9,000 "
	  "jobs were lost.", -1, "Harbor Analytics",
	  "research firm in Leeds", "organisation" },
	{ "A spokeswoman for Acme Foods, Jane Roe, said the recall covered "
	  "40 products.", -1, "Jane Roe", "spokeswoman for Acme Foods",
	  "person" },
	{ "A spokesman for the interior ministry said 14 people were "
	  "detained.", -1, "interior ministry", "spokesman",
	  "organisation" },
	{ "Deputy Director General of the Patent Office, Lin Chow, says "
	  "filings rose 9 percent.", -1, "Lin Chow",
	  "Deputy Director General of the Patent Office", "person" },
	{ "Norland's Brekke said the border would stay open until "
	  "March.", -1, "Brekke", "Norland", "person" },
	{ "The Monetary Authority's Karen Osei says rates will rise twice "
	  "this year.", -1, "Karen Osei", "Monetary Authority", "person" },
	{ "Finance Minister Paul Avery said the deficit fell to 2 percent.",
	  -1, "Paul Avery", "Finance Minister", "person" },
	{ "Chancellor of the Exchequer Rhys Morgan said growth would "
	  "resume.", -1, "Rhys Morgan", "Chancellor of the Exchequer",
	  "person" },
	/* Bodies with their acronyms, passives. */
	{ "The figures were announced by the Office for Road Safety (ORS) "
	  "on Wednesday.", -1, "Office for Road Safety (ORS)", NULL,
	  "organisation" },
	{ "About 40 percent of adults polled by the Daily Ledger said they "
	  "had cut spending.", -1, "Daily Ledger", NULL, "organisation" },
	{ "The minister was quoted as saying that 500 jobs were at risk.",
	  -1, "minister", NULL, "person" },
	/* "according to". */
	{ "According to the central bank, inflation reached 9 percent.",
	  -1, "central bank", NULL, "organisation" },
	{ "Sea ice covered 4.2 million square kilometers, according to data "
	  "released Thursday by the National Ice and Snow Data Center.", -1,
	  "National Ice and Snow Data Center", "data released Thursday",
	  "organisation" },
	{ "Turnout was 61 percent, according to a provincial election "
	  "commission report.", -1, "provincial election commission report",
	  NULL, "document" },
	/* Documents and data. */
	{ "A new study of 8,750 teenagers in Ohio found that screen time "
	  "had doubled.", -1, "new study of 8,750 teenagers in Ohio", NULL,
	  "document" },
	{ "Police figures show car thefts rose by 30 percent in 2023.", -1,
	  "Police figures", NULL, "document" },
	{ "A study by the Baltic Institute found that seven in ten beaches "
	  "were polluted.", -1, "Baltic Institute", "study",
	  "organisation" },
	{ "The report, published by the Greenwatch Foundation, found that "
	  "120 wells had dried up.", -1, "Greenwatch Foundation", "report",
	  "organisation" },
	{ "Currently, the WHO's official count says 9,000 cases were "
	  "confirmed.", -1, "WHO", "official count", "organisation" },
	/* Recommends, urges, forecasts, predicts. */
	{ "The health ministry recommends that adults walk 8,000 steps a "
	  "day.", -1, "health ministry", NULL, "organisation" },
	{ "Doctors urge parents to vaccinate children before school "
	  "starts.", -1, "Doctors", NULL, "unnamed" },
	{ "Amazon forecast sales of $150 billion for the quarter.", -1,
	  "Amazon", NULL, "organisation" },
	{ "Economists predict that growth will slow to 1 percent.", -1,
	  "Economists", NULL, "unnamed" },
	/* ", saying", participles. */
	{ "The ministry disputes this, saying only 40 people were "
	  "affected.", -1, "ministry", NULL, "organisation" },
	{ "A panel was set up, with Housing Minister Ruth Adeyemi "
	  "explaining that it would report in May.", -1, "Ruth Adeyemi",
	  "Housing Minister", "person" },
	/* Naming verbs need a quote. */
	{ "The mayor called the decision \xe2\x80\x9c" "a betrayal of every "
	  "voter\xe2\x80\x9d.", -1, "mayor", NULL, "person" },
	{ "Critics described the plan as \xe2\x80\x9c" "a tax on the "
	  "poor\xe2\x80\x9d.", -1, "Critics", NULL, "unnamed" },
	{ "The couple called their son Tom.", -1, NULL, NULL, NULL },
	/* A speaker and a colon. */
	{ "Finance Minister Paul Avery: \xe2\x80\x9cThe deficit fell to 2 "
	  "percent last year.\xe2\x80\x9d", -1, "Paul Avery",
	  "Finance Minister", "person" },
	/* A quoted "according to" does not steal the speaker. */
	{ "Mayor Ida Olsen wrote on X, \xe2\x80\x9c" "According to "
	  "preliminary data, 200 homes were flooded.\xe2\x80\x9d", -1,
	  "Ida Olsen", "Mayor", "person" },
	/* More shapes of a source. */
	{ "Peter Holm of the University of Tartu, the mission's principal "
	  "investigator, said the soil held ice.", -1, "Peter Holm",
	  "University of Tartu", "person" },
	{ "Rescue crews reached the village, the agency announced on Monday "
	  "that 9 people died.", -1, "agency", NULL, "organisation" },
	{ "The agency announced on Monday that it would cut 300 jobs.", -1,
	  "agency", NULL, "organisation" },
	{ "Output fell 2 percent, according to figures announced by the "
	  "Office for Farm Statistics on Friday.", -1,
	  "Office for Farm Statistics", "figures announced",
	  "organisation" },
	{ "The World Market Report says flows fell 39 percent.", -1,
	  "World Market Report", NULL, "document" },
	{ "The Trade Council's World Market Report says flows fell 39 "
	  "percent.", -1, "Trade Council", "World Market Report",
	  "organisation" },
	{ "The U.N. refugee agency (UNHCR) says 3,000 people cross every "
	  "day.", -1, "UNHCR", "U.N. refugee agency", "organisation" },
	{ "The official who briefed reporters said 12 ships were stopped.",
	  -1, "official", NULL, "unnamed" },
	{ "Two people familiar with the talks said a deal was close.", -1,
	  "Two people familiar with the talks", NULL, "unnamed" },
	{ "The central bank kept its rate at 4.5 percent and said inflation "
	  "would fall.", -1, "central bank", NULL, "organisation" },
	{ "The Kremlin dismissed a Western intelligence estimate that "
	  "12,000 soldiers had died.", -1, NULL, NULL, NULL },
	{ "A Treasury spokesman said the rules would not change.", -1,
	  "Treasury", "spokesman", "organisation" },
	{ "The tone was hawkish, said Tom Becker, an economist at the "
	  "firm.", -1, "Tom Becker", "economist at the firm", "person" },
	{ "Dr. Michael Tan, a neurologist who was not involved in the "
	  "research, called the findings \xe2\x80\x9creassuring\xe2\x80"
	  "\x9d.", -1, "Michael Tan", "neurologist", "person" },
	{ "The insurgents claimed responsibility for the attack.", -1,
	  "insurgents", NULL, "unnamed" },
	{ "The floods claimed the lives of 30 people.", -1, NULL, NULL,
	  NULL },
	{ "The central bank said rates would stay at 4 percent. | The bank's "
	  "own forecasts show growth of 0.8 percent.", -1, "central bank",
	  "own forecasts", "organisation" },
	{ "Rates stayed at 4 percent. | Data released on Wednesday by the "
	  "statistics agency showed sales fell 1.2 percent.", -1,
	  "statistics agency", "Data released on Wednesday",
	  "organisation" },
	{ "The plan, officials say, will cost $2 billion.", -1, "officials",
	  NULL, "unnamed" },
	{ "Government troops retook the town, state television reported.",
	  -1, "state television", NULL, "organisation" },
	/* Events are not attributions. */
	{ "The government announced the creation of a new public holiday.",
	  -1, NULL, NULL, NULL },
	{ "The council added 300 new parking spaces last year.", -1, NULL,
	  NULL, NULL },
	{ "The firm declined to say how many staff were laid off.", -1,
	  NULL, NULL, NULL },
	{ "Lisa Marr reports for the Courier from Geneva.", -1, NULL, NULL,
	  NULL },
	/* Pronouns and descriptions resolved. */
	{ "Dr. Ines Ruiz runs the clinic. | She said 40 patients were "
	  "treated.", -1, "Ines Ruiz", "Dr.", "person" },
	{ "The Ministry of Health published new figures on Monday. | The "
	  "ministry said 1,200 cases were recorded.", -1,
	  "Ministry of Health", NULL, "organisation" },
	{ "Ukrainian President Petro Vasko visited the front on Sunday. | "
	  "The Ukrainian president said 300 homes were destroyed.", -1,
	  "Petro Vasko", "Ukrainian President", "person" },
	{ "The International Rowing Federation changed its rules. | The "
	  "group said 14 nations had agreed.", -1,
	  "International Rowing Federation", NULL, "organisation" },
	{ "Officials said the road would reopen soon. | They said repairs "
	  "cost $2 million.", -1, "Officials", NULL, "unnamed" },
	{ "The statistics office said prices rose 3 percent. | It said "
	  "food cost 8 percent more than a year ago.", -1,
	  "statistics office", NULL, "organisation" },
	{ "Margaret Lund leads the agency. | Lund added that 30 staff had "
	  "left.", -1, "Margaret Lund", NULL, "person" },
	{ "Judge Mira Olsen opened the inquiry in 2021. | According to "
	  "her, 45 files had been destroyed.", -1, "Mira Olsen", "Judge",
	  "person" },
	{ "He said the new tax cost 200 million dollars.", -1, NULL, NULL,
	  NULL },
	{ "A report by Amnesty International came out on Tuesday. | The "
	  "report says 300 people were detained.", -1,
	  "Amnesty International", "report", "organisation" },
	{ "The report was released on Tuesday. | It says 300 people were "
	  "detained.", -1, "report", NULL, "document" },
	{ "The Ocean Watch Agency met in Oslo. | The agency raised its "
	  "alert level on Monday. | It says 40 reefs have bleached.", -1,
	  "Ocean Watch Agency", NULL, "organisation" },
	/* "she" is not the man named first. */
	{ "Mr. Lind bought the farm from Ana Ruiz and her husband. | "
	  "\xe2\x80\x9cIt cost 2 million,\xe2\x80\x9d she said.", -1,
	  "Ana Ruiz", NULL, "person" },
	/* The subject of a verb about someone is not the source of a
	 * sentence about him. */
	{ "Karl Miller testified before the committee in March. | Senators "
	  "said his account contradicted 14 emails.", -1, "Senators", NULL,
	  "unnamed" },
	{ "Prosecutors say Miller lied when he testified in 2019.", -1,
	  "Prosecutors", NULL, "unnamed" },
	/* Quotations across sentences and paragraphs. */
	{ "Hanna Berg lost her savings in 2008. || \xe2\x80\x9cThe money "
	  "is gone. | Nobody will see 1 cent of it again,\xe2\x80\x9d she "
	  "said.", 1, "Hanna Berg", NULL, "person" },
	{ "\xe2\x80\x9cWe handled 4,000 ships,\xe2\x80\x9d the harbour "
	  "master, Lars Dahl, said. | \xe2\x80\x9cTraffic doubled this "
	  "year. | Next year we expect 5,000.\xe2\x80\x9d", -1, "Lars Dahl",
	  "harbour master", "person" },
	{ "Lars Dahl, the harbour master, said: \xe2\x80\x9cTraffic doubled "
	  "this year. | We handled 4,000 ships. || \xe2\x80\x9cNext year we "
	  "expect 5,000 ships.\xe2\x80\x9d", -1, "Lars Dahl",
	  "harbour master", "person" },
	{ "Lars Dahl said traffic doubled. || \xe2\x80\x9cWe handled 4,000 "
	  "ships.\xe2\x80\x9d", -1, "Lars Dahl", NULL, "person" },
	{ "\xe2\x80\x9cWe handled 4,000 ships,\xe2\x80\x9d Dahl said. || "
	  "Prices fell 5 percent.", -1, NULL, NULL, NULL },
	/* An untagged quotation before the tagged one of the paragraph. */
	{ "Nina Vogt runs the port. || \xe2\x80\x9cWe handled 4,000 ships."
	  "\xe2\x80\x9d | \xe2\x80\x9cTraffic doubled,\xe2\x80\x9d she "
	  "said.", 1, "Nina Vogt", NULL, "person" },
	/* A quotation opening a paragraph is the last speaker's of the
	 * paragraph before, though a sentence without source came after. */
	{ "Lars Dahl said traffic doubled. | The port has 3 berths. || "
	  "\xe2\x80\x9cWe handled 4,000 ships.\xe2\x80\x9d", -1,
	  "Lars Dahl", NULL, "person" },
};

/*
 * Whole articles, written for this test in the styles of wire copy,
 * broadcast scripts, business, science, court and health reporting. For
 * each sentence (in order) the expected "source / role / kind", or "-"
 * for none.
 */
struct article {
	const char	*text;
	const char	*want[24];
};

static const struct article articles[] = {
	{ "Lawmakers approved a 42 billion euro budget early on Friday after "
	  "a session of 14 hours. | The bill passed by 181 votes to 160, the "
	  "parliamentary press office said. || Finance Minister Elena Sorin "
	  "told reporters that the budget would cut the deficit to 2.9 "
	  "percent of output. | \"We have kept every promise we made to "
	  "pensioners,\" she said. | \"Spending on health rises by 6 "
	  "percent, and no new taxes are introduced.\" || The opposition "
	  "Social Democrats disputed those figures, saying the plan relied "
	  "on growth of 2.5 percent. | \"The numbers simply do not add "
	  "up,\" said party leader Viktor Hall. | He said the government "
	  "had hidden a shortfall of at least 3 billion euros. || According "
	  "to the central bank, the economy grew 1.1 percent last year. | "
	  "The bank's governor, Ana Lisic, warned in a speech on Thursday "
	  "that inflation could return. || A poll of 1,200 voters conducted "
	  "for the Daily Courier found that 46 percent backed the budget. | "
	  "Analysts at Meridian Capital said the vote removed a risk for "
	  "bond markets.",
	  { "-", "parliamentary press office / - / organisation",
	    "Elena Sorin / Finance Minister / person",
	    "Elena Sorin / Finance Minister / person",
	    "Elena Sorin / Finance Minister / person",
	    "Social Democrats / opposition / organisation",
	    "Viktor Hall / party leader / person",
	    "Viktor Hall / party leader / person",
	    "central bank / - / organisation",
	    "Ana Lisic / bank's governor / person",
	    "poll of 1,200 voters conducted for the Daily Courier / - / "
	    "document",
	    "Analysts at Meridian Capital / - / unnamed" } },
	{ "Heavy rains have flooded villages along the Sava river, forcing "
	  "more than 8,000 people from their homes. | Aid groups say the "
	  "worst may be yet to come. | Jana Novak reports from Zagreb. || "
	  "The Red Cross says at least 23 people have died since the rains "
	  "began. | The agency estimates that 40,000 hectares of farmland "
	  "are under water. || Red Cross spokesman Ivan Petrovic says rescue "
	  "teams are using boats to reach isolated villages. || \"We have "
	  "evacuated 2,300 people in the last 48 hours alone,\" Petrovic "
	  "said. | \"Many of them are elderly and refused to leave.\" || "
	  "The World Food Programme says it has delivered 60 tons of food to "
	  "shelters. | It warns that supplies will run out within a week. "
	  "|| Local officials say the river rose 4 meters in two days.",
	  { "-", "Aid groups / - / unnamed", "-",
	    "Red Cross / - / organisation", "Red Cross / - / organisation",
	    "Ivan Petrovic / Red Cross spokesman / person",
	    "Ivan Petrovic / Red Cross spokesman / person",
	    "Ivan Petrovic / Red Cross spokesman / person",
	    "World Food Programme / - / organisation",
	    "World Food Programme / - / organisation",
	    "Local officials / - / unnamed" } },
	{ "Helix Semiconductor lowered its revenue forecast on Tuesday, "
	  "blaming weaker demand for phones in China. || The company now "
	  "expects revenue of $8.2 billion, down from $9 billion, it said in "
	  "a statement. | Shares fell 11 percent in late trading. || Chief "
	  "executive Dana Whitfield said inventories had reached \"unusually "
	  "high levels\" and would take two quarters to clear. | \"We are "
	  "not losing customers; we are waiting for them to sell what they "
	  "have,\" Whitfield told analysts on a call. || Industry data "
	  "published last month by the research firm Techscope showed "
	  "shipments fell 7 percent in the quarter. | A Techscope analyst, "
	  "Priya Raman, said she expected the decline to continue. || Helix "
	  "employs about 21,000 people. | A company spokeswoman declined to "
	  "say whether job cuts were planned.",
	  { "Helix Semiconductor / - / organisation",
	    "Helix Semiconductor / - / organisation", "-",
	    "Dana Whitfield / Chief executive / person",
	    "Dana Whitfield / Chief executive / person",
	    "Techscope / research firm / organisation",
	    "Priya Raman / Techscope analyst / person", "-", "-" } },
	{ "Glaciers in the Alps lost 6 percent of their volume in 2023, "
	  "according to a study published on Monday in the journal "
	  "Cryosphere. || The researchers, led by glaciologist Matthias "
	  "Brenner of the University of Bern, measured 176 glaciers using "
	  "drones. | They found that ice above 3,000 meters was melting for "
	  "the first time. || \"Even the highest glaciers are no longer "
	  "safe,\" Brenner said in an interview. | \"At this rate, most "
	  "small glaciers will be gone by 2050.\" || Swiss monitoring "
	  "network Glamos, which was not involved in the study, reported "
	  "similar losses last year. | Its data show that the country's "
	  "glaciers have lost a third of their volume since 2000.",
	  { "study published on Monday in the journal Cryosphere / - / "
	    "document", "-", "researchers / - / unnamed",
	    "Matthias Brenner / glaciologist / person",
	    "Matthias Brenner / glaciologist / person",
	    "Glamos / Swiss monitoring network / organisation",
	    "Glamos / data / organisation" } },
	{ "A court in Lyon on Wednesday sentenced former mayor Paul Girard "
	  "to four years in prison for taking bribes. || Judge Claire Moreau "
	  "said Girard had accepted at least 350,000 euros in cash between "
	  "2015 and 2019. | Prosecutors had asked for six years. || Girard, "
	  "64, denied the charges throughout the trial. | His lawyer, Marc "
	  "Dubois, said his client would appeal. | \"The verdict rests on "
	  "the word of two witnesses who were themselves paid,\" Dubois "
	  "told journalists. || Two executives who testified against Girard "
	  "received suspended sentences. | One of them, Luc Bernard, told "
	  "the court he had delivered cash to the mayor's office every "
	  "month.",
	  { "-", "Claire Moreau / Judge / person", "-",
	    "Paul Girard / former mayor / person",
	    "Marc Dubois / lawyer / person",
	    "Marc Dubois / lawyer / person", "-",
	    "Luc Bernard / - / person" } },
	{ "The number of patients waiting for treatment in England rose to "
	  "7.8 million in June, the highest since records began, NHS "
	  "figures show. || The Department of Health blamed strikes by "
	  "junior doctors, which it said had led to 120,000 cancelled "
	  "appointments. | A spokesperson for the department said: 'We are "
	  "investing a record 14 billion pounds to cut waiting lists.' || "
	  "The Royal College of Nursing disputed the government's account. "
	  "| Its general secretary, Pat Cullen, said staff shortages were "
	  "the main cause. | 'There are 40,000 nursing vacancies in "
	  "England,' she said. | 'Until that changes, waiting lists will "
	  "keep growing.' || The King's Fund, a health think tank, "
	  "estimates that waiting lists will stay high until 2027.",
	  { "NHS / figures / organisation",
	    "Department of Health / - / organisation",
	    "Department of Health / spokesperson / organisation",
	    "Royal College of Nursing / - / organisation",
	    "Pat Cullen / general secretary / person",
	    "Pat Cullen / general secretary / person",
	    "Pat Cullen / general secretary / person",
	    "King's Fund / health think tank / organisation" } },
};

/* Splits TEXT into sentences and paragraphs; returns how many. */
static size_t
split(const char *text, struct sentence *s, size_t max, char **buf)
{
	char		*p, *q;
	size_t		 n = 0;
	unsigned	 para = 0;

	*buf = strdup(text);
	for (p = *buf; p != NULL && n < max; p = q) {
		if ((q = strstr(p, " |")) != NULL) {
			*q = '\0';
			q += 2;
		}
		memset(&s[n], 0, sizeof s[n]);
		s[n].text = p;
		s[n].para = para;
		s[n].kind = SEG_SENTENCE;
		n++;
		if (q != NULL && *q == '|') {
			para++;
			q++;
		}
		if (q != NULL && *q == ' ')
			q++;
	}
	return n;
}

static void
test_cases(void)
{
	struct sentence		 s[24];
	struct attribution	 a[24];
	size_t			 i, k, n, w;
	char			*buf;

	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		n = split(cases[k].text, s, 24, &buf);
		attrib_sentences(s, n, a);
		w = cases[k].which < 0 ? n - 1 : (size_t)cases[k].which;
		t_checks += 3;
		if ((a[w].source == NULL) != (cases[k].source == NULL) ||
		    (a[w].source != NULL &&
		    strcmp(a[w].source, cases[k].source) != 0) ||
		    (a[w].role == NULL) != (cases[k].role == NULL) ||
		    (a[w].role != NULL &&
		    strcmp(a[w].role, cases[k].role) != 0) ||
		    (attrib_kind_name(a[w].kind) == NULL) !=
		    (cases[k].kind == NULL) || (cases[k].kind != NULL &&
		    strcmp(attrib_kind_name(a[w].kind), cases[k].kind) != 0))
			T_FAIL("case %zu \"%s\": got %s / %s / %s, expected "
			    "%s / %s / %s", k, s[w].text,
			    a[w].source ? a[w].source : "(null)",
			    a[w].role ? a[w].role : "(null)",
			    attrib_kind_name(a[w].kind) ?
			    attrib_kind_name(a[w].kind) : "(null)",
			    cases[k].source ? cases[k].source : "(null)",
			    cases[k].role ? cases[k].role : "(null)",
			    cases[k].kind ? cases[k].kind : "(null)");
		for (i = 0; i < n; i++)
			attrib_clear(&a[i]);
		free(buf);
	}
}

/* "source / role / kind" of A, or "-". */
static void
describe(const struct attribution *a, char *buf, size_t len)
{
	if (a->source == NULL)
		snprintf(buf, len, "-");
	else
		snprintf(buf, len, "%s / %s / %s", a->source,
		    a->role ? a->role : "-", attrib_kind_name(a->kind));
}

static void
test_articles(void)
{
	struct sentence		 s[24];
	struct attribution	 a[24];
	char			*buf, got[512];
	size_t			 i, k, n;

	for (k = 0; k < sizeof articles / sizeof articles[0]; k++) {
		n = split(articles[k].text, s, 24, &buf);
		attrib_sentences(s, n, a);
		for (i = 0; i < n; i++) {
			describe(&a[i], got, sizeof got);
			if (articles[k].want[i] == NULL) {
				T_FAIL("article %zu: no expectation for "
				    "sentence %zu", k, i);
				break;
			}
			t_checks++;
			if (strcmp(got, articles[k].want[i]) != 0)
				T_FAIL("article %zu, sentence %zu \"%.60s\": "
				    "got \"%s\", expected \"%s\"", k, i,
				    s[i].text, got, articles[k].want[i]);
		}
		for (i = 0; i < n; i++)
			attrib_clear(&a[i]);
		free(buf);
	}
}

/* The lexicon format: sections, inflections, phrases, flags, errors. */
static void
test_lexicon(void)
{
	static const char	 text[] =
	    "# a comment\n"
	    "[say]\n"
	    "warn, deny, stress # inflected by rule\n"
	    "admit/admitted +weak\n"
	    "tell/told/told +object\n"
	    "point out\n"
	    "[people]\n"
	    "official, man/men\n"
	    "[org]\n"
	    "ministry +any\n";
	static const struct {
		const char	*word;
		uint32_t	 cls;
		uint16_t	 form;
		uint16_t	 flags;
	} want[] = {
		{ "warns", LX_SAY, VF_3SG, 0 },
		{ "warned", LX_SAY, VF_PAST | VF_PART, 0 },
		{ "warning", LX_SAY, VF_ING, 0 },
		{ "denies", LX_SAY, VF_3SG, 0 },
		{ "denied", LX_SAY, VF_PAST | VF_PART, 0 },
		{ "stresses", LX_SAY, VF_3SG, 0 },
		{ "admitting", LX_SAY, VF_ING, LF_WEAK },
		{ "told", LX_SAY, VF_PAST | VF_PART, LF_OBJECT },
		{ "Officials", LX_PEOPLE, NF_PLURAL, 0 },
		{ "men", LX_PEOPLE, NF_PLURAL, 0 },
		{ "ministries", LX_ORG, NF_PLURAL, LF_ANY }
	};
	struct attrib_lex	*lex;
	struct lex_info		 info;
	const char		*w[2] = { "pointed", "out" };
	size_t			 len[2] = { 7, 3 }, k;
	char			*cause = NULL;

	lex = attrib_lex_parse("t", text, sizeof text - 1, &cause);
	T_OK(lex != NULL);
	if (lex == NULL) {
		T_FAIL("%s", cause);
		free(cause);
		return;
	}
	for (k = 0; k < sizeof want / sizeof want[0]; k++) {
		T_INT(attrib_lex_word(lex, want[k].word, strlen(want[k].word),
		    &info), 1);
		T_INT(info.cls, want[k].cls);
		T_INT(info.form, want[k].form);
		T_INT(info.flags, want[k].flags);
	}
	T_INT(attrib_lex_word(lex, "said", 4, &info), 0);
	T_INT(attrib_lex_phrase(lex, w, len, 2, &info), 2);
	T_INT(info.cls, LX_SAY);
	T_INT(info.form, VF_PAST | VF_PART);
	attrib_lex_free(lex);

	lex = attrib_lex_parse("t", "say\n", 4, &cause);
	T_OK(lex == NULL);
	T_STR(cause, "t:1: entry before any [section]");
	free(cause);
	lex = attrib_lex_parse("t", "[says]\n", 7, &cause);
	T_STR(cause, "t:1: unknown section \"says\"");
	free(cause);
	lex = attrib_lex_parse("t", "[say]\nsay +loud\n", 16, &cause);
	T_STR(cause, "t:2: unknown flag \"+loud\"");
	free(cause);
	/* The lexicon compiled in parses. */
	T_OK(attrib_lex_builtin() != NULL);
}

int
main(void)
{
	T_RUN(test_lexicon);
	T_RUN(test_cases);
	T_RUN(test_articles);
	return T_DONE();
}
