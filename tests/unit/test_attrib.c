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
	/* The people of a body named with "of", and a port as a body. */
	{ "Department of Transportation officials said 40 bridges were "
	  "unsafe.", -1, "Department of Transportation officials", NULL,
	  "unnamed" },
	{ "Port of Kelso officials said 40 ships docked in March.", -1,
	  "Port of Kelso officials", NULL, "unnamed" },
	{ "The Port of Kelso said 40 ships docked in March.", -1,
	  "Port of Kelso", NULL, "organisation" },
	{ "Cargo rose 12 percent in 2024, the port said.", -1, "port", NULL,
	  "organisation" },
	/* A surname that could name a body, after a given name. */
	{ "Michael Port said 40 ships docked in March.", -1, "Michael Port",
	  NULL, "person" },
	{ "Mayor Jane Town said 40 ships docked in March.", -1, "Jane Town",
	  "Mayor", "person" },
	{ "James Court said the ruling cost $2 million.", -1, "James Court",
	  NULL, "person" },
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
	/* An apposition to the object before the inverted verb is no
	 * subject of it. */
	{ "The board approved a budget of $3 million on Friday, a 5% rise on "
	  "last year, said Ida Moss, the board's treasurer.", -1, "Ida Moss",
	  "board's treasurer", "person" },
	{ "Sales reached 2 million units, a record, said Karl Veit.", -1,
	  "Karl Veit", NULL, "person" },
	{ "The port's director, Jo Lee, said Monday that 40 ships waited.",
	  -1, "Jo Lee", "port's director", "person" },
	{ "The agency's deputy head, Ole Brun, says Norway, which grew 9 "
	  "percent, will lead the list.", -1, "Ole Brun",
	  "agency's deputy head", "person" },
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
	/* "the bank" may stand for a bank named before by its name, not
	 * for another body described by another noun. */
	{ "Exports rose 5 percent in 2023, the agency said. | "
	  "\xe2\x80\x9cPrices rose 3 percent,\xe2\x80\x9d the bank said.",
	  -1, "bank", NULL, "organisation" },
	{ "Harlow Capital opened 40 branches in 2023. | Profits rose 9 "
	  "percent, the bank said.", -1, "Harlow Capital", NULL,
	  "organisation" },
	{ "Exports rose 5 percent in 2023, the agency said. | Imports fell "
	  "2 percent, the agency added.", -1, "agency", NULL,
	  "organisation" },
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
	  "National Ice and Snow Data Center", "data",
	  "organisation" },
	{ "Turnout was 61 percent, according to a provincial election "
	  "commission report.", -1, "provincial election commission report",
	  NULL, "document" },
	/* A body named by "according to" over the unnamed who said it:
	 * the one a desk can ask. Two named: the speaker. */
	{ "Insurers estimate the storm caused $3 billion in losses, "
	  "according to Capital Economics.", -1, "Capital Economics", NULL,
	  "organisation" },
	{ "Officials said 40 people died, according to Reuters.", -1,
	  "Reuters", NULL, "organisation" },
	{ "Vladimir Putin said the talks had failed, according to the "
	  "Kremlin.", -1, "Vladimir Putin", NULL, "person" },
	{ "A hospital spokeswoman said 12 beds were closed, according to "
	  "Reuters.", -1, "hospital spokeswoman", NULL, "unnamed" },
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
	/* To comment on a plan is to say nothing yet. */
	{ "Residents can comment on the plan until April 15.", -1, NULL,
	  NULL, NULL },
	/* A cue in a comparison is not whose the sentence is. */
	{ "Employers added 272,000 jobs in May, far more than the 180,000 "
	  "economists had forecast, the Labor Department said Friday.", -1,
	  "Labor Department", NULL, "organisation" },
	{ "Prices rose 4 percent, more than analysts had expected.", -1,
	  NULL, NULL, NULL },
	/* But "more than 300 doctors" is who said it. */
	{ "More than 300 doctors said the hospital had cut 40 beds last "
	  "year.", -1, "300 doctors", NULL, "unnamed" },
	{ "The hospital cut 40 beds, more than 300 doctors said.", -1,
	  "300 doctors", NULL, "unnamed" },
	/* "stress" a noun: a verb of saying only before what is said. */
	{ "Veterans with post-traumatic stress disorder waited 90 days for "
	  "care.", -1, NULL, NULL, NULL },
	{ "Veterans with post-traumatic stress disorder are waiting 90 days "
	  "for care at 12 clinics.", -1, NULL, NULL, NULL },
	{ "Officials stressed the plan would cost $3 billion.", -1,
	  "Officials", NULL, "unnamed" },
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
	  "Office for Farm Statistics", "figures",
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
	  "statistics agency", "Data",
	  "organisation" },
	{ "The plan, officials say, will cost $2 billion.", -1, "officials",
	  NULL, "unnamed" },
	{ "Government troops retook the town, state television reported.",
	  -1, "state television", NULL, "organisation" },
	/* Events are not attributions. */
	{ "The city announced plans for a network of cycle lanes.",
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
	/*
	 * Wire copy: the tag at the end, times and places between.
	 */
	{ "Troops fired tear gas at about 2,000 protesters near parliament "
	  "on Sunday, police said.", -1, "police", NULL, "organisation" },
	{ "Fourteen people were killed in the attack, a local official told "
	  "The Associated Press.", -1, "local official", NULL, "unnamed" },
	{ "Four people have been arrested, Kenyan police said Monday.", -1,
	  "Kenyan police", NULL, "organisation" },
	{ "The vote was postponed until June, the election commission said "
	  "in a statement on Friday.", -1, "election commission", NULL,
	  "organisation" },
	{ "Exports rose 4.5 percent in March from a year earlier, the customs "
	  "agency said on Tuesday.", -1, "customs agency", NULL,
	  "organisation" },
	{ "At least 200 homes were destroyed, according to the country's "
	  "disaster agency.", -1, "country's disaster agency", NULL,
	  "organisation" },
	{ "Inflation slowed to 2.1% in May, the lowest in three years, the "
	  "Office for National Statistics said.", -1,
	  "Office for National Statistics", NULL, "organisation" },
	{ "Unemployment rose to 4.4 percent, data from the Bureau of Labor "
	  "Statistics showed on Friday.", -1, "Bureau of Labor Statistics",
	  "data", "organisation" },
	{ "The rebels hold about 60 percent of the province, according to a "
	  "person familiar with the situation.", -1,
	  "person familiar with the situation", NULL, "unnamed" },
	{ "The company plans to cut 1,200 jobs, Reuters reported, citing two "
	  "sources.", -1, "Reuters", NULL, "organisation" },
	{ "Prices rose 8 percent last month, the state news agency Xinhua "
	  "reported.", -1, "Xinhua", "state news agency", "organisation" },
	{ "The tanker was carrying 300 tonnes of diesel, Iran's semi-official "
	  "Tasnim news agency reported.", -1, "~Tasnim", "*",
	  "organisation" },
	{ "The storm had winds of 140 mph late on Tuesday, the National "
	  "Hurricane Center in Miami said.", -1, "~National Hurricane Center",
	  "*", "organisation" },
	{ "Three soldiers were wounded, the army said in a statement posted "
	  "on Telegram.", -1, "army", NULL, "organisation" },
	{ "The fire destroyed 40 homes, the county sheriff's office said.",
	  -1, "county sheriff's office", NULL, "organisation" },
	{ "The death toll has risen to 61, the state-run news agency "
	  "reported on Saturday.", -1, "state-run news agency", NULL,
	  "organisation" },
	/* The tag before the content, "that" or none. */
	{ "The IMF said global growth would slow to 2.9 percent next year.",
	  -1, "IMF", NULL, "organisation" },
	{ "Human Rights Watch said in a report released on Monday that 120 "
	  "people had been detained.", -1, "Human Rights Watch", NULL,
	  "organisation" },
	{ "NHS England said 7.6 million people were waiting for treatment.",
	  -1, "NHS England", NULL, "organisation" },
	{ "The United Nations says 4 million people have fled the country.",
	  -1, "United Nations", NULL, "organisation" },
	{ "The World Health Organization (WHO) said 12 countries had "
	  "reported cases.", -1, "World Health Organization (WHO)", NULL,
	  "organisation" },
	{ "The Geneva-based World Meteorological Organization says 2023 was "
	  "the warmest year on record.", -1,
	  "World Meteorological Organization", "*", "organisation" },
	{ "Beijing has repeatedly denied that the camps hold 1 million "
	  "people.", -1, "Beijing", NULL, "organisation" },
	{ "The school district denied that it cut 40 teaching jobs this "
	  "year.", -1, "school district", NULL, "organisation" },
	{ "The water district said rates would rise 9 percent.", -1,
	  "water district", NULL, "organisation" },
	{ "\"The results are striking,\" said Dr. Ravi Menon, a surgeon at "
	  "Hillcrest Hospital who led the trial.", -1, "Ravi Menon",
	  "surgeon at Hillcrest Hospital", "person" },
	{ "The survey, published Thursday by the Lantern Institute, found 30 "
	  "percent fewer nests.", -1, "Lantern Institute", "survey",
	  "organisation" },
	{ "Output rose 2 percent, according to figures released on Monday by "
	  "the statistics board.", -1, "statistics board", "figures",
	  "organisation" },
	{ "The study, funded in part by the city, found 20 percent fewer "
	  "cases.", -1, "study", NULL, "document" },
	{ "Councilwoman Rosa Lind said the levy would raise $9 million.", -1,
	  "Rosa Lind", "Councilwoman", "person" },
	{ "The plan adds 45 nurses, according to a summary released by the "
	  "health board.", -1, "health board", "summary", "organisation" },
	{ "A video analysed by Bellcat researchers shows 12 tanks.", -1,
	  "Bellcat researchers", "video", "*" },
	{ "Repairs could cost $2 billion, according to analysts at "
	  "Brenner's.", -1, "analysts at Brenner's", NULL, "unnamed" },
	{ "Demand fell 8 percent, said an economist at Lowry's, a bank.",
	  -1, "Lowry's", "economist", "organisation" },
	/* A firm named after its founder: the possessive is its name's, and
	 * a verb, not a noun, follows it. */
	{ "Moody's said the debt reached 40 percent of output.", -1,
	  "Moody's", NULL, "organisation" },
	{ "The deficit will widen to 6 percent, according to Moody's.", -1,
	  "Moody's", NULL, "organisation" },
	{ "Sales fell 3 percent last year, McDonald's says.", -1,
	  "McDonald's", NULL, "organisation" },
	{ "Moody's analysts said the debt reached 40 percent of output.", -1,
	  "Moody's analysts", NULL, "*" },
	/* A possessive before a word that is a verb of saying too is a
	 * noun's: "claims", "promises". */
	{ "The minister's claims were false, the auditor said.", -1,
	  "auditor", NULL, "*" },
	{ "He said the minister's claims were false.", -1, NULL, NULL,
	  NULL },
	{ "Smith's claims that 300 people died were false, police said.", -1,
	  "police", NULL, "*" },
	{ "Ana Costa's promises of 300 homes were not kept, the council "
	  "said.", -1, "council", NULL, "*" },
	{ "The governor's reply said 300 people died.", -1, "governor",
	  "*", "*" },
	/* A document the sentence brings in is not the one named before;
	 * "carried out by" names the author over an aside too. */
	{ "Unemployment rose to 4 percent, according to figures from the "
	  "Statistics Office. | The study, published in The Lancet, found "
	  "that 30 percent of patients relapsed.", -1, "study", NULL,
	  "document" },
	{ "The study found that 3 percent of patients relapsed. | A study "
	  "published in The Lancet found that 30 percent of patients "
	  "relapsed.", -1,
	  "study published in The Lancet", NULL, "document" },
	{ "The poll, carried out by Norpoll, found 58 percent backed the "
	  "plan.", -1, "Norpoll", "poll", "organisation" },
	/* "The retailer" stands for a body named before, but not for one
	 * whose name says it is a public body. */
	{ "In a statement, the Department of Health said 1,200 beds had been "
	  "added. | Sales rose 4 percent in the quarter, the retailer said.",
	  -1, "retailer", NULL, "organisation" },
	{ "Harlow Foods opened 40 stores in 2023. | Sales rose 4 percent in "
	  "the quarter, the retailer said.", -1, "Harlow Foods", NULL,
	  "organisation" },
	/* Nor does "the bank" or "the company" stand for a public body
	 * known by name. */
	{ "The United Nations said 2 million people need food aid. | The "
	  "bank said exports fell 8 percent.", -1, "bank", NULL,
	  "organisation" },
	{ "NATO said it had sent 300 troops. | The company said it had "
	  "supplied 40 trucks.", -1, "company", NULL, "organisation" },
	/* "The newspaper" is the news outlet named before, not the nearest
	 * body; "the agency" is no business. */
	{ "Ray Dunn, a spokesman for Orvel Corp, told The Halden Gazette that "
	  "300 jobs would go. | The newspaper reported that the plant lost "
	  "$40 million last year.", -1, "Halden Gazette", NULL,
	  "organisation" },
	{ "Ray Dunn, a spokesman for Orvel Corp, said 300 jobs would go. | "
	  "The newspaper reported that the plant lost $40 million last year.",
	  -1, "newspaper", NULL, "organisation" },
	{ "The Food and Drug Administration proposed new limits on Monday. | "
	  "Velmar Inc. said the rules would cost it $40 million a year. | The "
	  "agency said the limits would prevent 300 deaths a year.", -1,
	  "Food and Drug Administration", NULL, "organisation" },
	{ "The Coastal Authority said 40 beaches were closed. | Pfizer said "
	  "its profit rose 9 percent. | The agency said 12 beaches would "
	  "reopen.", -1, "Coastal Authority", NULL, "organisation" },
	{ "Kenya's health ministry said 300 cases had been confirmed.", -1,
	  "Kenya's health ministry", NULL, "organisation" },
	/* Their modifiers still name a body anew; "the bank" is not a bank's
	 * name's, nor "the agency" an agency's. */
	{ "The Harlow Health Board said 300 cases had been confirmed. | The "
	  "U.N. refugee agency said 40,000 people had fled.", -1,
	  "U.N. refugee agency", NULL, "organisation" },
	{ "The Harlow Fire Service said 12 homes had burned. | The state news "
	  "agency said 40 people had died.", -1, "state news agency", NULL,
	  "organisation" },
	{ "The interior ministry said 300 migrants had arrived. | The agency "
	  "said 12 boats were intercepted.", -1, "agency", NULL,
	  "organisation" },
	/* A word of its own names another body of that kind; a word that
	 * only describes it does not. */
	{ "The state transport ministry said 300 buses were added in 2023. | "
	  "Unemployment fell to 4 percent last year, the labour ministry "
	  "reported.", -1, "labour ministry", NULL, "organisation" },
	{ "The state transport ministry said 300 buses were added in 2023. | "
	  "Fares rose 4 percent last year, the transport ministry reported.",
	  -1, "state transport ministry", NULL, "organisation" },
	/* A description all of whose words the name holds is no role. */
	{ "The state labour office said unemployment rose to 7 percent. | "
	  "The labour office said 300 jobs were lost in March.", -1,
	  "state labour office", NULL, "organisation" },
	{ "The Environmental Protection Agency proposed new limits. | The "
	  "federal agency said the limits would prevent 300 deaths a year.",
	  -1, "Environmental Protection Agency", "federal agency",
	  "organisation" },
	{ "The Environmental Protection Agency proposed new limits. | The "
	  "statistics agency said 300 plants would close.", -1,
	  "statistics agency", NULL, "organisation" },
	{ "The Ministry of Health said 300 beds were added. | The state-run "
	  "ministry said 12 hospitals would close.", -1, "Ministry of Health",
	  "state-run ministry", "organisation" },
	{ "The Ministry of Health said 300 beds were added. | The health "
	  "ministry said 12 hospitals would close.", -1, "Ministry of Health",
	  NULL, "organisation" },
	{ "The Bank of Harlow said inflation would fall to 2 percent. | The "
	  "regulator said 12 lenders had failed its stress test.", -1,
	  "Bank of Harlow", NULL, "organisation" },
	{ "Harlow Travel Agency said bookings rose 12 percent in May. | The "
	  "company said 40 staff were hired.", -1, "Harlow Travel Agency",
	  NULL, "organisation" },
	{ "The Harlow Chronicle reported that 30 shops closed. | American "
	  "Express said card spending fell 4 percent. | The newspaper said 12 "
	  "more would close.", -1, "Harlow Chronicle", NULL, "organisation" },
	{ "The Harlow Monitor reported that 30 shops closed. | The newspaper "
	  "said 12 more would close.", -1, "Harlow Monitor", NULL,
	  "organisation" },
	/* The office and its body before "declined to comment but said". */
	{ "A spokeswoman for the ministry declined to comment but said 200 "
	  "staff had been moved.", -1, "ministry", "spokeswoman",
	  "organisation" },
	{ "A spokesman for Orvel Corp declined to comment but said 40 stores "
	  "would close.", -1, "Orvel Corp", "spokesman", "organisation" },
	{ "A spokesman for Harlow City Council declined to comment but said "
	  "40 homes were affected.", -1, "Harlow City Council", "spokesman",
	  "organisation" },
	{ "A spokeswoman for the health ministry declined to comment but said "
	  "40 homes were affected.", -1, "health ministry", "spokeswoman",
	  "organisation" },
	/* The spokesman's office is not the council's. */
	{ "A spokesman for Harlow City Council said 40 homes were affected. | "
	  "The council said in a statement that 2,000 homes would be built.",
	  -1, "Harlow City Council", NULL, "organisation" },
	/* A document's author in an aside; a participle after a document
	 * is not its name. */
	{ "The report, by the Tarn Energy Council, says oil demand will peak "
	  "by 2030.", -1, "Tarn Energy Council", "report", "organisation" },
	{ "The figures, by age group, show 40 percent of young adults rent.",
	  -1, "figures", NULL, "document" },
	{ "The report, by some estimates, says 12,000 jobs were lost.", -1,
	  "report", NULL, "document" },
	{ "Government data published Friday showed inflation slowed to 3.1 "
	  "percent.", -1, "Government data", NULL, "document" },
	{ "Official figures released on Friday showed inflation slowed to 3.1 "
	  "percent.", -1, "Official figures", NULL, "document" },
	/* "The study" is not the statement a body put out just before. */
	{ "The Harlow council said in a statement that 2,000 homes would be "
	  "built. | The study, which followed 5,000 patients for a decade, "
	  "found a 20 percent drop in deaths.", -1, "study", NULL,
	  "document" },
	/* A document that opens the sentence makes "found" a cue; a time
	 * does not. */
	{ "In a report released Monday, the Harlow Institute found 40 "
	  "percent of rivers were polluted.", -1, "Harlow Institute", NULL,
	  "organisation" },
	{ "In the morning, police found 3 bodies near the river.", -1, NULL,
	  NULL, NULL },
	{ "In a raid prompted by an intelligence report, police found 300 "
	  "kilograms of cocaine.", -1, NULL, NULL, NULL },
	{ "In the wreckage of the report's office, firefighters found 3 "
	  "bodies.", -1, NULL, NULL, NULL },
	/* "Her spokesman", "his office", "her report": the person's; "told
	 * her the plan" is no possessive. */
	{ "Senator Vera Holm voted against the bill. | Her spokesman said the "
	  "plan would cost $3 billion.", -1, "Vera Holm", "spokesman",
	  "person" },
	{ "Mayor Tom Hale resigned on Monday. | His office said 40 staff would "
	  "stay.", -1, "Tom Hale", "office", "person" },
	{ "Maria Lopez, a hydrologist, studied 300 wells. | Her report found "
	  "40 percent of them leaked.", -1, "Maria Lopez", "report",
	  "person" },
	{ "Maria Lopez studied 300 wells. | The council told her the plan "
	  "would cost $3 million.", -1, "council", NULL, "organisation" },
	/* Hers, not a spokesman named before; with no woman named, the
	 * office, not "Her office". */
	{ "Sales will rise 5 percent, said Jen Doe, a spokesman for the "
	  "council. | Senator Vera Holm voted against the bill. | Her "
	  "spokesman said the plan would cost $3 billion.", -1, "Vera Holm",
	  "spokesman", "person" },
	{ "Acme Holdings said 40 staff would go. | Her office said 12 more "
	  "would go.", -1, "office", NULL, "organisation" },
	{ "NHS Harlow said 300 beds had been added.", -1, "NHS Harlow", NULL,
	  "organisation" },
	/* A name that reads as a place is a person's with a person's role;
	 * a body's first word alone is the body. */
	{ "Sales will rise, said Jen Park, an analyst at the firm.", -1,
	  "Jen Park", "analyst at the firm", "person" },
	{ "Sales rose 4 percent, said Orvel Corp, a chipmaker.", -1,
	  "Orvel Corp", "chipmaker", "organisation" },
	{ "Velmar Pharmaceuticals cut 300 jobs. | Velmar said in a statement "
	  "that 40 more would go.", -1, "Velmar", NULL, "organisation" },
	{ "Harlow Holdings said 300 jobs would go. | Harlow, a nurse at the "
	  "clinic, said 40 beds were closed.", -1, "Harlow",
	  "nurse at the clinic", "person" },
	/* Names with "del", "de la": whole; a body's by its words or by
	 * the description before it. */
	{ "Aguas del Sur said 40 wells were dry.", -1, "Aguas del Sur", NULL,
	  "organisation" },
	{ "The firm, Orvel, said 12 staff left.", -1, "Orvel", "firm",
	  "organisation" },
	{ "Juan de la Cruz said 30 homes flooded.", -1, "Juan de la Cruz",
	  NULL, "person" },
	/* A noun of no sort may stand for either. */
	{ "The Harlow Institute said in a statement that 2,000 homes would be "
	  "built. | The document said building would start in May.", -1,
	  "Harlow Institute", "document", "organisation" },
	{ "The Harlow Institute published a report on Monday. | The study "
	  "found a 20 percent drop in deaths.", -1, "Harlow Institute",
	  "study", "organisation" },
	{ "The prime minister's office said 30 officials had resigned.", -1,
	  "prime minister's office", NULL, "organisation" },
	{ "Local media reported that 12 people were missing.", -1,
	  "Local media", NULL, "*" },
	/*
	 * Titles before and after names, appositions, asides.
	 */
	{ "Health Minister Maria Gomez said 1,500 nurses would be hired.", -1,
	  "Maria Gomez", "Health Minister", "person" },
	{ "Maria Gomez, the health minister, said 1,500 nurses would be "
	  "hired.", -1, "Maria Gomez", "health minister", "person" },
	{ "\"We are hiring 1,500 nurses,\" said Maria Gomez, the country's "
	  "health minister.", -1, "Maria Gomez", "country's health minister",
	  "person" },
	{ "U.N. Secretary-General Antonio Reyes said 2 million people needed "
	  "aid.", -1, "Antonio Reyes", "U.N. Secretary-General", "person" },
	{ "The closure will cost 400 jobs, said Unite regional officer Dave "
	  "Kemp.", -1, "Dave Kemp", "Unite regional officer", "person" },
	{ "Dr. Alan Pruitt, a cardiologist at St. Mary's Hospital in London, "
	  "said the drug cut deaths by a fifth.", -1, "Alan Pruitt",
	  "cardiologist at St. Mary's Hospital in London", "person" },
	{ "Jane Okafor, 34, a nurse from Lagos, said she had not been paid "
	  "for three months.", -1, "Jane Okafor", "nurse from Lagos",
	  "person" },
	{ "Nurse Jane Okafor, who has worked at the clinic since 2015, said "
	  "40 patients a day were turned away.", -1, "Jane Okafor", "*",
	  "person" },
	{ "Rafael Duarte, who heads the country's largest farmers' union, "
	  "said yields fell 20 percent.", -1, "Rafael Duarte", "*",
	  "person" },
	{ "Speaking at a news conference in Nairobi, Health Minister Susan "
	  "Wekesa said 300 cases had been confirmed.", -1, "Susan Wekesa",
	  "Health Minister", "person" },
	{ "The minister, speaking in parliament on Tuesday, said 400 officers "
	  "would be recruited.", -1, "minister", NULL, "person" },
	{ "Sarah Hale, chief constable of West Yorkshire Police, said knife "
	  "crime had fallen by 12%.", -1, "Sarah Hale",
	  "chief constable of West Yorkshire Police", "person" },
	{ "Bank of England Governor Andrew Bailey said rates would stay "
	  "high.", -1, "Andrew Bailey", "Bank of England Governor",
	  "person" },
	{ "Deutsche Bank chief economist Karl Weiss said the recession would "
	  "be short.", -1, "Karl Weiss", "Deutsche Bank chief economist",
	  "person" },
	{ "Col. Dan Myers, a Pentagon spokesman, said 200 troops would be "
	  "sent.", -1, "Dan Myers", "Pentagon spokesman", "person" },
	{ "Mr Hughes said the plant would close in 2025.", -1, "Hughes",
	  "Mr", "person" },
	{ "The agency's director, Ana Ruiz, told VOA that 30 camps were "
	  "full.", -1, "Ana Ruiz", "agency's director", "person" },
	{ "Its chief executive, Tom Reed, said sales fell 5 percent.", -1,
	  "Tom Reed", "chief executive", "person" },
	{ "Lt. Gen. Omar Hassan, the army's chief of staff, said 40 soldiers "
	  "were killed.", -1, "Omar Hassan", "army's chief of staff",
	  "person" },
	{ "Mark de Vries, an analyst at ING in Amsterdam, said the euro "
	  "would fall.", -1, "Mark de Vries", "analyst at ING in Amsterdam",
	  "person" },
	{ "European Commission President Ursula von der Leyen said 5 billion "
	  "euros would be released.", -1, "Ursula von der Leyen",
	  "European Commission President", "person" },
	{ "One resident, Maria Lopez, said the water had been off for a "
	  "week.", -1, "Maria Lopez", "*", "person" },
	{ "Everton manager Sean Dyche said his side deserved a draw.", -1,
	  "Sean Dyche", "Everton manager", "person" },
	{ "\"It was a tough game,\" City boss Pep Lorca told BBC Sport.", -1,
	  "Pep Lorca", "City boss", "person" },
	{ "Former Treasury Secretary Larry Adams said inflation would stay "
	  "above 3%.", -1, "Larry Adams", "Former Treasury Secretary",
	  "person" },
	{ "Shares fell 6 percent, said Neil Wilson, chief market analyst at "
	  "Finalto.", -1, "Neil Wilson", "chief market analyst at Finalto",
	  "person" },
	/*
	 * Unnamed sources.
	 */
	{ "A senior official who asked not to be named said the talks had "
	  "collapsed.", -1, "senior official", NULL, "unnamed" },
	{ "A Western diplomat, speaking on condition of anonymity, said 300 "
	  "troops had crossed the border.", -1, "Western diplomat", NULL,
	  "unnamed" },
	{ "Two officials familiar with the plan said it would cost $4 "
	  "billion.", -1, "Two officials familiar with the plan", NULL,
	  "unnamed" },
	{ "Some residents said they had had no power for a week.", -1,
	  "~residents", NULL, "unnamed" },
	{ "Several witnesses told the BBC they saw a second explosion.", -1,
	  "~witnesses", NULL, "unnamed" },
	{ "Rescue workers said at least 30 bodies had been recovered.", -1,
	  "Rescue workers", NULL, "unnamed" },
	{ "Officials in Kabul said 14 people died.", -1, "Officials in Kabul",
	  NULL, "unnamed" },
	{ "Local authorities said the fire had been contained.", -1,
	  "Local authorities", NULL, "unnamed" },
	{ "Hospital sources said 12 of the injured were in a critical "
	  "condition.", -1, "Hospital sources", NULL, "unnamed" },
	{ "\"We heard three blasts,\" one shopkeeper told VOA.", -1,
	  "~shopkeeper", NULL, "unnamed" },
	{ "\"It is getting worse every day,\" a hospital spokeswoman said.",
	  -1, "hospital spokeswoman", NULL, "unnamed" },
	{ "Economists polled by Reuters had forecast growth of 0.3 percent.",
	  -1, "~Reuters", "*", "*" },
	{ "Both sides said the talks in Istanbul were productive.", -1,
	  "Both sides", NULL, "unnamed" },
	/*
	 * Documents and data.
	 */
	{ "A report by the International Energy Agency found that demand for "
	  "coal hit a record in 2023.", -1, "International Energy Agency",
	  "report", "organisation" },
	{ "A Gallup poll released on Tuesday found that 41 percent of voters "
	  "approve of the governor.", -1, "Gallup", "*", "organisation" },
	{ "According to data compiled by the Black Sea Grain Initiative, 32.9 "
	  "million tonnes of food were shipped.", -1,
	  "Black Sea Grain Initiative", "data", "organisation" },
	/* A person's document is no office: no role, or the apposition. */
	{ "According to research by Maria Lopez, wages fell 3 percent.", -1,
	  "Maria Lopez", NULL, "person" },
	{ "According to research by Maria Lopez, an economist at Oxford, "
	  "wages fell 3 percent.", -1, "Maria Lopez", "economist at Oxford",
	  "person" },
	{ "The survey of 2,000 adults, conducted by YouGov for the charity, "
	  "found that one in five had skipped meals.", -1, "YouGov", "*",
	  "organisation" },
	{ "Court documents show that the company paid $2 million to the "
	  "consultant.", -1, "Court documents", NULL, "document" },
	/* What a sentence finds is the finding of whom it is "according
	 * to". */
	{ "Data show unemployment fell to 4 percent, according to the "
	  "ministry.", -1, "ministry", NULL, "organisation" },
	/* "its" is the body that opens the sentence, not one before. */
	{ "The harbor fund has $4 million. | The port authority did not raise "
	  "fees in 2024, its chairman said.", -1, "port authority",
	  "chairman", "organisation" },
	{ "The harbor fund has $4 million. | The ministry raised taxes by 4 "
	  "percent, its spokesman said.", -1, "ministry", "spokesman",
	  "organisation" },
	/* "more than" a figure is no clause that ends the subject. */
	{ "A post shared more than 20,000 times on Facebook claims that 5,000 "
	  "people died.", -1, "post shared more than 20,000 times on Facebook",
	  NULL, "document" },
	{ "The lawsuit, filed in federal court in Texas, alleges that the "
	  "firm hid 400 safety complaints.", -1, "lawsuit", NULL,
	  "document" },
	{ "Research published in The Lancet suggests that one in three "
	  "adults does not exercise enough.", -1,
	  "Research published in The Lancet", NULL, "document" },
	{ "Satellite images analysed by the BBC show that 300 buildings were "
	  "destroyed.", -1, "BBC", "Satellite images",
	  "organisation" },
	{ "Figures published by the Home Office on Thursday show 45,000 "
	  "people crossed the Channel last year.", -1, "Home Office", "*",
	  "organisation" },
	{ "Official figures show the economy shrank by 0.3 percent.", -1,
	  "Official figures", NULL, "document" },
	{ "The data, released by the statistics agency on Friday, show that "
	  "exports fell 6 percent.", -1, "statistics agency", "data",
	  "organisation" },
	{ "A statement from the prime minister's office said 30 ministers "
	  "had resigned.", -1, "prime minister's office", "statement",
	  "organisation" },
	{ "Ferries stopped running on Friday, according to a statement on "
	  "Thursday from the port authority.", -1, "port authority",
	  "statement", "organisation" },
	{ "A letter last week from the regulator said 9 banks had "
	  "failed the test.", -1, "regulator", "letter", "organisation" },
	{ "A statement issued by the army said 12 soldiers were wounded.",
	  -1, "army", "*", "organisation" },
	{ "A UNICEF report released on Monday says 1.2 million children are "
	  "out of school.", -1, "UNICEF", "*", "organisation" },
	{ "An analysis of hospital records by the Health Foundation found "
	  "that waiting times doubled.", -1, "Health Foundation", "*",
	  "organisation" },
	{ "Preliminary results from the trial showed a 40 percent drop in "
	  "infections.", -1, "~results", "*", "document" },
	{ "The indictment says the men laundered $30 million.", -1,
	  "indictment", NULL, "document" },
	/*
	 * More verbs: every tense, passive, participles.
	 */
	{ "Mayor Tom Lisle was quoted by the Daily Ledger as saying that 200 "
	  "homes would be built.", -1, "Tom Lisle", "Mayor", "person" },
	{ "The company is expected to announce 500 job cuts.", -1, NULL, NULL,
	  NULL },
	{ "Prosecutors allege that the two men stole $4 million.", -1,
	  "Prosecutors", NULL, "unnamed" },
	{ "Critics argue that the plan would add 2 billion pounds to the "
	  "debt.", -1, "Critics", NULL, "unnamed" },
	{ "The opposition accused the government of hiding 3,000 deaths.",
	  -1, "opposition", NULL, "*" },
	{ "Scientists warn that sea levels could rise by a metre by 2100.",
	  -1, "Scientists", NULL, "unnamed" },
	{ "The chancellor has pledged to cut the deficit to 3 percent by "
	  "2027.", -1, "chancellor", NULL, "person" },
	{ "The central bank estimated that the economy grew 1.2 percent.",
	  -1, "central bank", NULL, "organisation" },
	{ "Ellen Park wrote in a blog post that 80 percent of cases were "
	  "mild.", -1, "Ellen Park", NULL, "person" },
	{ "In a letter to shareholders, chief executive Tim Brown wrote that "
	  "sales rose 9 percent.", -1, "Tim Brown", "chief executive",
	  "person" },
	{ "The group says on its website that it has 40,000 members.", -1,
	  "group", NULL, "organisation" },
	{ "Citing police sources, the newspaper reported that the suspect "
	  "was 19.", -1, "newspaper", NULL, "organisation" },
	{ "The Times reported on Sunday that 14 ministers had opposed the "
	  "plan.", -1, "Times", NULL, "organisation" },
	{ "The ministry confirmed 12 deaths on Saturday.", -1, "ministry",
	  NULL, "organisation" },
	{ "The firm admitted it had overcharged 80,000 customers.", -1,
	  "firm", NULL, "organisation" },
	/*
	 * No attribution: events, expectations, refusals, negations.
	 */
	{ "The bridge, which opened in 1932, carries 40,000 vehicles a day.",
	  -1, NULL, NULL, NULL },
	{ "Inflation fell to 3.2 percent in March.", -1, NULL, NULL, NULL },
	{ "The storm is expected to make landfall on Thursday.", -1, NULL,
	  NULL, NULL },
	{ "Officials have not said when the road will reopen.", -1, NULL,
	  NULL, NULL },
	{ "The minister did not say how much the plan would cost.", -1, NULL,
	  NULL, NULL },
	{ "Staff were told to leave the building.", -1, NULL, NULL, NULL },
	{ "The company, which reported profits of $3 billion last year, "
	  "employs 40,000 people.", -1, NULL, NULL, NULL },
	{ "The report is due to be published in May.", -1, NULL, NULL,
	  NULL },
	{ "The museum holds 2 million objects, including a letter written "
	  "by Napoleon.", -1, NULL, NULL, NULL },
	{ "A police spokesman declined to comment.", -1, NULL, NULL, NULL },
	{ "Officials did not respond to requests for comment.", -1, NULL,
	  NULL, NULL },
	{ "The president signed the bill into law on Friday.", -1, NULL,
	  NULL, NULL },
	{ "The film tells the story of a family in Gaza.", -1, NULL, NULL,
	  NULL },
	{ "Derek Blane, 58, admitted 14 counts of fraud in May.", -1, NULL,
	  NULL, NULL },
	{ "Police arrested 12 people after the match.", -1, NULL, NULL,
	  NULL },
	{ "The study will follow 5,000 children for ten years.", -1, NULL,
	  NULL, NULL },
	{ "Voters will elect a new parliament on 4 July.", -1, NULL, NULL,
	  NULL },
	/*
	 * Resolution: role nouns, "the 45-year-old", Mr and Ms, "it".
	 */
	{ "Karen Osei runs a bakery in Accra. | The 45-year-old said flour "
	  "prices had doubled.", -1, "Karen Osei", NULL, "person" },
	{ "Defence Minister Yuri Petrenko visited the base. | The minister "
	  "said 20 drones had been shot down.", -1, "Yuri Petrenko",
	  "Defence Minister", "person" },
	{ "Antonio Reyes, the U.N. secretary-general, visited the camp. | "
	  "The U.N. chief said 2 million people needed food.", -1,
	  "Antonio Reyes", "U.N. secretary-general", "person" },
	{ "Sarah Cole, the company's founder, spoke to reporters. | "
	  "Ms. Cole said revenue had tripled.", -1, "Sarah Cole",
	  "company's founder", "person" },
	{ "The Central Statistics Office released the figures on Tuesday. | "
	  "It said prices rose 4 percent.", -1, "Central Statistics Office",
	  NULL, "organisation" },
	{ "Greenpeace published the photos on Monday. | The environmental "
	  "group said 300 seals had died.", -1, "Greenpeace", "*",
	  "organisation" },
	{ "Apple said it would invest $1 billion in a campus in Texas. | "
	  "The iPhone maker said the site would create 3,000 jobs.", -1,
	  "Apple", "*", "organisation" },
	{ "According to Reuters, the company plans to cut 5,000 jobs. | "
	  "The news agency said the cuts would come next week.", -1,
	  "Reuters", "*", "organisation" },
	{ "The International Energy Agency published its annual outlook on "
	  "Tuesday. | The report says oil demand will peak by 2030.", -1,
	  "International Energy Agency", "report", "organisation" },
	{ "Police said a man was arrested. | According to a news release "
	  "from the Dover Police Department, the man's car crossed the "
	  "center line. | Officers found 2 bottles of vodka in the car, the "
	  "release said.", -1, "Dover Police Department", "release",
	  "organisation" },
	{ "Two people were taken to Bayview Hospital. | One was in serious "
	  "condition, a hospital spokeswoman said.", -1, "Bayview Hospital",
	  "spokeswoman", "organisation" },
	/*
	 * Shapes seen in news copy: a missing comma, a progressive, a
	 * surname that is a title word, an office run into the name,
	 * figures an agency records, a document that "sees".
	 */
	{ "\"We have found 300 craters,\" Ana Ruiz, a mission scientist "
	  "said.", -1, "Ana Ruiz", "mission scientist", "person" },
	{ "The main opposition party is alleging that 40,000 votes were "
	  "stolen.", -1, "main opposition party", NULL, "organisation" },
	{ "\"The soil holds ice,\" Tom Ruiz, a project scientist said.", -1,
	  "Tom Ruiz", "project scientist", "person" },
	{ "Doctors are warning that 2,000 hospital beds will be lost.", -1,
	  "Doctors", NULL, "unnamed" },
	{ "Former Bank of England Governor Mervyn Prince said rates were too "
	  "low.", -1, "Mervyn Prince", "Former Bank of England Governor",
	  "person" },
	{ "Mr. King said the mine employed 400 people.", -1, "King", "Mr.",
	  "person" },
	{ "Trade Council Director of the Division on Markets and Industry "
	  "James Okafor says exports fell 35 percent.", -1, "James Okafor",
	  "Trade Council Director of the Division on Markets and Industry",
	  "person" },
	{ "The U.N. refugee agency opened a new camp on Monday. | The agency "
	  "has registered 45,000 refugees this year.", -1,
	  "U.N. refugee agency", "*", "organisation" },
	{ "Police recorded 1,200 burglaries in the city last year.", -1,
	  "Police", NULL, "organisation" },
	/* A weak verb's subject yields to a cue of its own in the same
	 * sentence. */
	{ "Ohio recorded 1,400 crashes in 2024, police said.", -1, "police",
	  NULL, "organisation" },
	{ "The museum recorded a concert for the radio.", -1, NULL, NULL,
	  NULL },
	{ "The Trade Council's annual report sees a modest recovery in "
	  "2025.", -1, "Trade Council", "*", "organisation" },
	{ "The company expects revenue of $8.2 billion this year.", -1,
	  "company", NULL, "organisation" },
	{ "The survey crew hopes to know more by the end of the month.", -1,
	  NULL, NULL, NULL },
	{ "Officials saw the fire from the road.", -1, NULL, NULL, NULL },
	/* A title (a line starting "# ") is no one's: neither its
	 * speaker nor its names count. */
	{ "# Minister says 400 jobs at risk || Jobs at the plant are at risk, "
	  "the union said.", 0, NULL, NULL, NULL },
	{ "# Ana Costa: 300 homes lost in floods || The floods destroyed 300 "
	  "homes. | She said the army would help.", -1, NULL, NULL, NULL },
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
	/* Wire copy, US politics: a tag, a quote run, "he", a White House
	 * statement, an anonymous official. */
	{ "Senate Democrats unveiled a $50 billion plan on Tuesday to repair "
	  "the nation's bridges. | The plan would be paid for by closing tax "
	  "loopholes, Senate Majority Leader Ruth Calloway told reporters at "
	  "the Capitol. | \"Every day we wait, another bridge gets closer to "
	  "failing,\" Calloway said. | \"This is not a partisan issue.\" || "
	  "Republicans were quick to reject the plan. | Sen. Mark Ellison of "
	  "Ohio, the top Republican on the transportation committee, called "
	  "it \"a tax hike dressed up as infrastructure.\" | He said the "
	  "loopholes raise less than $20 billion over a decade. || The White "
	  "House said in a statement that President Dean Whitaker supported "
	  "the effort. | A senior administration official, who spoke on "
	  "condition of anonymity because he was not authorized to discuss "
	  "the talks, said a vote could come in March. || According to the "
	  "Federal Highway Administration, about 42,000 bridges are rated in "
	  "poor condition.",
	  { "-", "Ruth Calloway / Senate Majority Leader / person",
	    "Ruth Calloway / Senate Majority Leader / person",
	    "Ruth Calloway / Senate Majority Leader / person", "-",
	    "Mark Ellison / * / person", "Mark Ellison / * / person",
	    "White House / - / organisation",
	    "senior administration official / - / unnamed",
	    "Federal Highway Administration / - / organisation" } },
	/* UK local news: a council, a councillor's colon quote, campaigners,
	 * "its own" plan. */
	{ "Plans to close two libraries in Northfield have been shelved after "
	  "a public consultation. | Northfield Borough Council said 3,400 "
	  "people had responded, the largest number for any consultation it "
	  "had run. || Councillor Janet Price, cabinet member for culture, "
	  "said: \"We have listened to residents and we will keep both "
	  "libraries open until at least 2026.\" | She added that the "
	  "council would look for savings elsewhere. || Campaigners welcomed "
	  "the decision but warned that the fight was not over. | \"They "
	  "have said this before,\" said Tom Hughes, who chairs the Friends "
	  "of Northfield Library. | \"We will be watching the budget very "
	  "closely.\" || The council faces a shortfall of £12m next year, "
	  "according to its own budget.",
	  { "-", "Northfield Borough Council / - / organisation",
	    "Janet Price / * / person", "Janet Price / * / person",
	    "Campaigners / - / unnamed", "Tom Hughes / * / person",
	    "Tom Hughes / * / person",
	    "Northfield Borough Council / * / organisation" } },
	/* Science: a study "suggests" at the end, "the team", a lead author,
	 * an outside expert. */
	{ "Bees exposed to a common pesticide lose their way home more often, "
	  "a study published on Wednesday in the journal Nature suggests. | "
	  "Researchers at the University of Uppsala fitted 1,500 bumblebees "
	  "with tiny radio tags. | Bees fed the pesticide returned to the "
	  "hive 30 percent less often, the team found. || \"The effect was "
	  "much larger than we expected,\" said lead author Karin Lindqvist, "
	  "an ecologist at the university. | She said the doses used matched "
	  "those found in fields. || Not everyone is convinced. | Mark Doyle, "
	  "an entomologist at Imperial College London who was not involved "
	  "in the research, said the study was small. | \"Lab conditions are "
	  "not fields,\" he said. || The European Food Safety Authority said "
	  "it would review the findings.",
	  { "~study published on Wednesday in the journal Nature / - / "
	    "document", "-",
	    "~Researchers / - / unnamed",
	    "Karin Lindqvist / * / person", "Karin Lindqvist / * / person",
	    "-", "Mark Doyle / * / person", "Mark Doyle / * / person",
	    "European Food Safety Authority / - / organisation" } },
	/* Courts: a prosecutor, the judge, a barrister, a bank's
	 * spokesman. */
	{ "A former bank manager was jailed for six years on Friday for "
	  "stealing 2.3 million pounds from elderly customers. | Derek Blane, "
	  "58, of Harrogate, admitted 14 counts of fraud at Leeds Crown Court "
	  "in May. | Prosecutor Helen Marsh told the court that Blane had "
	  "targeted customers with dementia. | \"He chose his victims because "
	  "they were unlikely to notice,\" she said. || Judge Simon Craddock "
	  "said the offences were \"a gross breach of trust\". | In "
	  "mitigation, Blane's barrister, Owen Fitch, said his client was "
	  "deeply ashamed. || A spokesman for Northern Counties Bank said all "
	  "the money had been repaid.",
	  { "-", "-", "Helen Marsh / Prosecutor / person",
	    "Helen Marsh / Prosecutor / person",
	    "Simon Craddock / Judge / person", "Owen Fitch / * / person",
	    "Northern Counties Bank / spokesman / organisation" } },
	/* Aid agency, VOA style: "says" throughout, a spokesman named by
	 * his agency, "he says", a quote, "the agency". */
	{ "The U.N. children's agency says more than 2 million children in "
	  "the Sahel are at risk of severe malnutrition this year. | UNICEF "
	  "says the number is 20 percent higher than last year because of "
	  "drought. | Agency spokesman Pierre Lambert told reporters in "
	  "Geneva Friday that funding has not kept pace. | He says UNICEF "
	  "has received only a third of the $800 million it needs. || "
	  "\"Children are dying now, not next month,\" Lambert said. | "
	  "\"Every week of delay costs lives.\" || Aid groups working in the "
	  "region say fighting has made it hard to reach many villages. | "
	  "The World Food Program says it plans to feed 4 million people.",
	  { "U.N. children's agency / - / organisation",
	    "UNICEF / - / organisation",
	    "Pierre Lambert / Agency spokesman / person",
	    "Pierre Lambert / Agency spokesman / person",
	    "Pierre Lambert / Agency spokesman / person",
	    "Pierre Lambert / Agency spokesman / person",
	    "~Aid groups / - / unnamed",
	    "World Food Program / - / organisation" } },
	/* Health: unnamed officials, an agency with its long name, "the
	 * agency", a director with two titles, a quote run. */
	{ "The number of measles cases in the United States this year has "
	  "reached 1,200, the highest since 1992, federal health officials "
	  "said Thursday. | The Centers for Disease Control and Prevention "
	  "said most of the cases were among people who had not been "
	  "vaccinated. | Outbreaks in New York account for about "
	  "three-quarters of the total, according to the agency. || CDC "
	  "Director Dr. Ellen Park urged parents to make sure their children "
	  "are vaccinated. | \"Measles is not a harmless childhood illness,\" "
	  "Park said in a statement. | \"It can lead to pneumonia, brain "
	  "damage and death.\"",
	  { "federal health officials / - / unnamed",
	    "Centers for Disease Control and Prevention / - / organisation",
	    "Centers for Disease Control and Prevention / - / organisation",
	    "Ellen Park / * / person", "Ellen Park / * / person",
	    "Ellen Park / * / person" } },
	/* A quotation running over three paragraphs, then officials. */
	{ "For 30 years, Maria Santos has fished the waters off the village "
	  "of Praia Nova. || \"When I started, we caught 200 kilos on a good "
	  "day,\" she said, standing beside her boat. | \"Now we are lucky "
	  "to get 40.\" || \"The big trawlers come at night and take "
	  "everything. | Nobody stops them.\" || Fisheries officials say they "
	  "have increased patrols, but admit they have only two boats to "
	  "cover 300 kilometres of coast.",
	  { "-", "Maria Santos / - / person", "Maria Santos / - / person",
	    "Maria Santos / - / person", "Maria Santos / - / person",
	    "Fisheries officials / - / unnamed" } },
	/* Energy report: the report, its data, according to the report, a
	 * separate analysis, the director with the body's possessive. */
	{ "Global carbon emissions from energy rose 1.1 percent last year to "
	  "a record 37.4 billion tonnes, the International Energy Agency said "
	  "in a report published on Friday. | The report found that growth "
	  "in solar and wind power had prevented a larger increase. | China "
	  "accounted for more than half of the rise, the data show. | "
	  "Emissions in advanced economies fell 4.5 percent, according to "
	  "the report. || A separate analysis by the research group Carbon "
	  "Brief found that emissions in China may have peaked. | The IEA's "
	  "executive director, Faith Okoro, said the figures showed \"the "
	  "transition is happening, but not fast enough\".",
	  { "International Energy Agency / - / organisation",
	    "International Energy Agency / report / organisation",
	    "International Energy Agency / * / organisation",
	    "International Energy Agency / report / organisation",
	    "Carbon Brief / * / organisation",
	    "Faith Okoro / IEA's executive director / person" } },
	/* UK politics: a participle opening, a party's spokesman, "he told
	 * Sky News", a federation, figures from the ONS. */
	{ "Anna Whitlock has insisted the government will build 1.5 million "
	  "homes by 2029. | Speaking to the BBC on Sunday, the prime minister "
	  "said planning reforms would free thousands of sites. | But "
	  "Labour's housing spokesman, Ben Carter, said the figures did not "
	  "add up. | \"They have missed every housing target they have "
	  "set,\" he told Sky News. || The Home Builders Federation said the "
	  "industry was ready but warned of a shortage of bricklayers. | "
	  "Figures from the Office for National Statistics show 212,000 homes "
	  "were completed last year.",
	  { "Anna Whitlock / - / person", "~prime minister / * / person",
	    "Ben Carter / Labour's housing spokesman / person",
	    "Ben Carter / Labour's housing spokesman / person",
	    "Home Builders Federation / - / organisation",
	    "Office for National Statistics / Figures / organisation" } },
	/* Migration agency, present tense; "Millman says", "it also
	 * warns". */
	{ "The International Organization for Migration says the number of "
	  "migrants who died crossing the Mediterranean rose sharply this "
	  "year. | IOM spokesman Joel Millman says more than 3,000 people "
	  "have died since January. | Millman says most of the deaths "
	  "occurred between Libya and Italy. | He says smugglers are using "
	  "smaller boats. || The agency says it has helped 12,000 migrants "
	  "stranded in Libya return home. | It also warns that conditions "
	  "in detention centers there remain \"appalling.\" || Italian "
	  "officials say they have rescued more than 80,000 people at sea "
	  "so far this year.",
	  { "International Organization for Migration / - / organisation",
	    "Joel Millman / IOM spokesman / person",
	    "Joel Millman / IOM spokesman / person",
	    "Joel Millman / IOM spokesman / person",
	    "IOM / - / organisation", "IOM / - / organisation",
	    "Italian officials / - / unnamed" } },
	/* Local police news: police said, a news release, the release, a
	 * sentence with no source. */
	{ "A 34-year-old man was arrested Saturday after a crash that injured "
	  "four people on Route 9, police said. | According to a news "
	  "release from the Dover Police Department, the man's car crossed "
	  "the center line at about 11:30 p.m. | Officers found an open "
	  "bottle of vodka in the vehicle, the release said. | The man was "
	  "charged with driving under the influence.",
	  { "police / - / organisation",
	    "Dover Police Department / news release / organisation",
	    "Dover Police Department / release / organisation", "-" } },
	/* Central bank: a statement, a treasurer told the radio,
	 * economists at a bank. */
	{ "The Reserve Bank of Australia has kept interest rates on hold at "
	  "4.35 per cent for a sixth straight meeting. | In a statement, "
	  "governor Michele Bolton said inflation remained too high. | "
	  "Treasurer Jim Chambers told ABC Radio the decision was \"not "
	  "unexpected\". | Economists at Westpac said they expected the first "
	  "cut in February.",
	  { "-", "Michele Bolton / governor / person",
	    "Jim Chambers / Treasurer / person",
	    "Economists at Westpac / - / unnamed" } },
	/* A conflict report: police, an officer who asked not to be named,
	 * witnesses, a shopkeeper, the ministry. */
	{ "At least 14 people were killed when a car bomb exploded near a "
	  "market on Sunday, police said. | A police officer who asked not "
	  "to be named said the dead included six children. | Witnesses "
	  "said the blast shattered windows several streets away. | \"I saw "
	  "smoke and then people running,\" said Ahmed Yusuf, a shopkeeper. "
	  "|| No group has claimed responsibility for the attack. | The "
	  "Interior Ministry blamed militants linked to the Islamic State "
	  "group. | In a statement, the ministry said security forces had "
	  "arrested three suspects. || Residents said it was the third "
	  "bombing in the area this year.",
	  { "police / - / organisation", "police officer / - / unnamed",
	    "Witnesses / - / unnamed", "Ahmed Yusuf / shopkeeper / person",
	    "-", "Interior Ministry / - / organisation",
	    "Interior Ministry / - / organisation",
	    "Residents / - / unnamed" } },
	/* Business: results, a chief executive's quote run, an analyst. */
	{ "Greenway Stores reported a 9% rise in annual profit on Wednesday. "
	  "| The supermarket chain said pre-tax profit rose to 2.1 billion "
	  "pounds in the year to February. | Chief executive Susan Marlow "
	  "said prices had been cut on 3,000 products. | \"Customers are "
	  "still feeling the squeeze,\" she said. | \"Our job is to give "
	  "them value.\" || Shares in the company rose 4% in early trading. "
	  "| Richard Hunter, head of markets at Interactive Investor, said "
	  "the results were \"a solid performance in a difficult market\".",
	  { "Greenway Stores / - / organisation",
	    "Greenway Stores / * / organisation",
	    "Susan Marlow / Chief executive / person",
	    "Susan Marlow / Chief executive / person",
	    "Susan Marlow / Chief executive / person", "-",
	    "Richard Hunter / head of markets at Interactive Investor / "
	    "person" } },
	/* Space science: mission scientists, a deputy scientist with a long
	 * aside, the paper. */
	{ "The rover has found rocks on Mars that may have formed in water, "
	  "mission scientists said Wednesday. | The rocks contain minerals "
	  "that form only in liquid water, said Katie Stack Morgan, deputy "
	  "project scientist at NASA's Jet Propulsion Laboratory in "
	  "Pasadena, California. | \"This is the strongest evidence yet,\" "
	  "she said. || The findings were published in the journal Science. "
	  "| According to the paper, the water was present about 3.5 billion "
	  "years ago.",
	  { "mission scientists / - / unnamed",
	    "Katie Stack Morgan / * / person",
	    "Katie Stack Morgan / * / person", "-",
	    "~paper / * / document" } },
	/* Second-hand report, a company that declines. */
	{ "According to Reuters, the carmaker plans to cut 5,000 jobs in "
	  "Germany. | The news agency, citing two people familiar with the "
	  "matter, said the cuts would be announced next week. | The company "
	  "declined to comment. | Its shares fell 3 percent.",
	  { "Reuters / - / organisation", "Reuters / * / organisation", "-",
	    "-" } },
	/* Government press release: the department, a secretary's colon
	 * quote continued, an association and its spokesperson. */
	{ "The Department for Transport is to spend 200 million pounds on "
	  "rural bus services. | The money will pay for 120 new routes across "
	  "England, the department said. | Transport Secretary Alan Reeve "
	  "said: \"Buses are a lifeline for rural communities. | This "
	  "investment will mean more services, more often.\" || The Local "
	  "Government Association welcomed the funding but said councils "
	  "needed certainty. | Its transport spokesperson, Cllr Mary Doyle, "
	  "said bus use had fallen by a quarter since 2010.",
	  { "-", "Department for Transport / - / organisation",
	    "Alan Reeve / Transport Secretary / person",
	    "Alan Reeve / Transport Secretary / person",
	    "Local Government Association / - / organisation",
	    "Mary Doyle / * / person" } },
	/* Sport: a manager's quote run, the club's statement. */
	{ "Northfield Rovers moved three points clear at the top of the table "
	  "with a 2-0 win over Castleton on Saturday. | Leon Abbey scored "
	  "twice in the second half. | \"We were patient and the goals "
	  "came,\" Rovers manager Gary Holt told BBC Sport. | \"Leon is a "
	  "special player.\" || Castleton said in a statement that defender "
	  "Joe Marsh had torn a hamstring and would miss six weeks.",
	  { "-", "-", "Gary Holt / Rovers manager / person",
	    "Gary Holt / Rovers manager / person",
	    "Castleton / - / *" } },
	/* Broadcast script: the correspondent's credit, present tense,
	 * "he adds", "U.N. economists say", a named economist introduced
	 * with his office, then his surname. */
	{ "A U.N. report says container shipping shrank last year for the "
	  "first time in a decade. | Lisa Marr reports from Rome. || The "
	  "U.N. Food and Agriculture Organization says grain shipments fell "
	  "4 percent in 2023. | U.N. economists say drought in Argentina and "
	  "Kenya is to blame. || Tomas Weber "
	  "heads the agency's market analysis branch. | He tells the Courier that "
	  "shipping costs have doubled since January. | \"Many poor "
	  "countries cannot absorb these costs,\" Weber says. | \"They are "
	  "losing markets they spent years building.\" || Weber adds that "
	  "the outlook for this year is only slightly better.",
	  { "U.N. / report / organisation", "-",
	    "U.N. Food and Agriculture Organization / - / organisation",
	    "U.N. economists / - / unnamed", "-",
	    "Tomas Weber / * / person", "Tomas Weber / * / person",
	    "Tomas Weber / * / person", "Tomas Weber / * / person" } },
	/* Refugee agency: an acronym given once, "the agency", a spokeswoman
	 * in Geneva, "she says", "the U.N. agency", figures it gives. */
	{ "GENEVA - | The U.N. migration agency says more than 200,000 people "
	  "have now left the flooded valley. | The International "
	  "Organization for Migration (IOM) says most are sheltering in "
	  "schools and churches. | IOM spokeswoman Ana Ferreira says "
	  "conditions in the border camps are dire. | She says the agency "
	  "has only enough tents for half of the new arrivals. || \"We are "
	  "seeing families who walked for four days without food,\" "
	  "Ferreira said. || The U.N. agency estimates it will need $60 "
	  "million to cope with the crisis until the end of the year. | So "
	  "far, donors have pledged less than a third of that amount.",
	  { "-", "U.N. migration agency / - / organisation", "~IOM / - / "
	    "organisation", "Ana Ferreira / IOM spokeswoman / person",
	    "Ana Ferreira / IOM spokeswoman / person",
	    "Ana Ferreira / IOM spokeswoman / person",
	    "~U.N. / * / organisation", "-" } },
	/* Courts, UK style: "the court heard" is no source; "Mr Justice";
	 * the defence; a statement read outside court. */
	{ "A man who sold fake cancer drugs online has been jailed for five "
	  "years. | Kevin Marsh, 41, from Bristol, pleaded guilty to 11 "
	  "counts of fraud. | The court heard that he made 800,000 pounds "
	  "from 2,000 customers. | Sentencing him, Mr Justice Alder said "
	  "Marsh had preyed on the desperate. || In a statement read "
	  "outside court, the family of one victim said they had lost their "
	  "savings. | Detective Sergeant Ruth Cole, of Avon and Somerset "
	  "Police, said more victims were likely to come forward.",
	  { "-", "-", "-", "Alder / * / person",
	    "~family of one victim / - / *",
	    "Ruth Cole / * / person" } },
	/* Finance, wire style: a central bank, its governor named, "he
	 * told a news conference", economists polled, a quote inverted
	 * with a long apposition. */
	{ "The central bank raised its main interest rate by half a "
	  "percentage point to 5.25 percent on Thursday. | Governor Amara "
	  "Nwosu told a news conference that inflation, at 9.1 percent, was "
	  "still far too high. | He said further increases could not be "
	  "ruled out. || Most economists polled by Bloomberg had expected a "
	  "smaller rise. | \"This is a hawkish surprise,\" said Daniel "
	  "Okoye, chief economist at Lagos-based Meridian Securities. | "
	  "\"The bank is telling markets it will do whatever it takes.\"",
	  { "-", "Amara Nwosu / Governor / person",
	    "Amara Nwosu / Governor / person", "-",
	    "Daniel Okoye / * / person", "Daniel Okoye / * / person" } },
	/* Health: a WHO chief named by title, "the U.N. health agency",
	 * "it said", a ministry figure, a doctor quoted. */
	{ "The World Health Organization said Tuesday that cholera cases "
	  "worldwide more than doubled last year. | WHO Director-General "
	  "Maria Lund told reporters that 30 countries had reported "
	  "outbreaks. | The U.N. health agency said vaccine stocks were "
	  "exhausted. | It said it had asked manufacturers to increase "
	  "production. || In Malawi, the health ministry said 1,200 people "
	  "had died since January. | \"The wards are full,\" said Dr. Chisomo "
	  "Banda, who runs a treatment center in Blantyre.",
	  { "World Health Organization / - / organisation",
	    "Maria Lund / WHO Director-General / person",
	    "World Health Organization / * / organisation",
	    "World Health Organization / * / organisation",
	    "health ministry / - / organisation",
	    "Chisomo Banda / * / person" } },
	/* Government release: a minister's quote opening the paragraph,
	 * the tag in the middle; the department's figures. */
	{ "More than 40,000 homes will be fitted with solar panels under a "
	  "new scheme announced today. | \"This scheme will cut bills for "
	  "families,\" Energy Minister Carla Dunne said. \"It will also cut "
	  "emissions by 90,000 tonnes a year.\" || Figures from the "
	  "Department of Energy show that household bills rose 18 percent "
	  "last year. | The department said grants of up to 3,000 pounds "
	  "would be available from June.",
	  { "-", "Carla Dunne / Energy Minister / person",
	    "Department of Energy / * / organisation",
	    "Department of Energy / - / organisation" } },
	/* An election: observers, a commission, an opposition leader with
	 * "claimed", "the party", and a sentence about the vote with none. */
	{ "Voters in Zambaro went to the polls on Sunday to elect a new "
	  "president. | Turnout was 64 percent, the national electoral "
	  "commission said. | International observers said the vote was "
	  "largely peaceful but reported delays at 300 polling stations. || "
	  "Opposition leader Joseph Mwale claimed that ballot boxes had been "
	  "stuffed in 12 districts. | His party, the Democratic Alliance, "
	  "said it would challenge the results in court. | The commission "
	  "denied the claims.",
	  { "-", "national electoral commission / - / organisation",
	    "International observers / - / unnamed",
	    "Joseph Mwale / Opposition leader / person",
	    "Democratic Alliance / * / organisation",
	    "national electoral commission / - / organisation" } },
	/* A parenthetical tag, then an untagged quotation in the same
	 * paragraph: the one who spoke just before. */
	{ "Exports dropped by almost a third last year, a new study by "
	  "the Trade Council says. || Council director Mary Osei says sales "
	  "to Asia hit a high in 2018. || But, she says, "
	  "they slid by 30 percent in 2019. | \"In Latin America, the "
	  "decline was steeper still. | And that followed the strongest "
	  "year we ever had.\"",
	  { "Trade Council / * / organisation",
	    "Mary Osei / Council director / person",
	    "Mary Osei / Council director / person",
	    "Mary Osei / Council director / person",
	    "Mary Osei / Council director / person" } },
	/* Space science: NASA, a project scientist, "the scientists", a
	 * historian introduced, then quoted; a sentence that only
	 * introduces someone has none. */
	{ "Polar scientists say a drilling probe has confirmed that there is "
	  "liquid brine deep under the glacier. | The probe cut a core "
	  "and photographed dark bands that melted within two "
	  "days. | Project scientist Laura Klein of the University of "
	  "Otago says the bands must have been brine. | \"It could not have "
	  "been silt,\" she says. | \"Silt does not melt.\" || Roger Hale "
	  "is a polar historian at the Scott Polar Research Institute. | He "
	  "says the finding is the biggest since the first deep core in 1968.",
	  { "Polar scientists / - / unnamed", "-",
	    "Laura Klein / * / person", "Laura Klein / * / person",
	    "Laura Klein / * / person", "-", "Roger Hale / * / person" } },
	/* A line under a quotation that signs it, as a pull quote is
	 * signed: its quotation's speaker, and no one else's. */
	{ "The city's clinics treated 9,000 more patients in 2023, said Mira "
	  "Dahl, the health director. || \"We opened two clinics and hired "
	  "40 nurses.\" || \"Waiting times fell by a fifth. | Most patients "
	  "are seen within a week.\" || \xe2\x80\x94 Omar Haddad, head of "
	  "the nurses' union || Prices rose 2 percent in May. || "
	  "\xe2\x80\x94Tom Reed || \"Rents rose 9 percent.\" | -- Ines "
	  "Varga",
	  { "Mira Dahl / health director / person",
	    "Mira Dahl / health director / person",
	    "Omar Haddad / head of the nurses' union / person",
	    "Omar Haddad / head of the nurses' union / person", "-", "-",
	    "-", "Ines Varga / - / person", "-" } },
	/* "He" is no woman's pronoun, even when her name is all that says
	 * she is one. */
	{ "Tom Reed, the council leader, said the levy raised $9 million. "
	  "|| Mayor Anne Parker said the city would hire 300 officers. | He "
	  "said they would cost $40 million a year. || Ruth Ames said rents "
	  "rose 6 percent. | She said 900 families were waiting for homes.",
	  { "Tom Reed / council leader / person",
	    "Anne Parker / Mayor / person", "Tom Reed / * / person",
	    "Ruth Ames / - / person", "Ruth Ames / - / person" } },
};

/* Splits TEXT into sentences and paragraphs; returns how many. A
 * sentence that starts "# " is the article's title, one that ends " -" a
 * dateline. */
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
		s[n].kind = SEG_SENTENCE;
		if (strncmp(p, "# ", 2) == 0) {
			p += 2;
			s[n].kind = SEG_TITLE;
		} else if (strlen(p) >= 2 && strcmp(p + strlen(p) - 2,
		    " -") == 0)
			s[n].kind = SEG_DATELINE;
		s[n].text = p;
		s[n].para = para;
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

/*
 * Whether GOT matches WANT (either may be NULL: none). WANT "*" matches
 * anything but none; "~WORDS" any text that holds WORDS, as a reader
 * would accept "Iran's Tasnim news agency" for "Tasnim".
 */
static int
same(const char *got, const char *want)
{
	if (want != NULL && strcmp(want, "*") == 0)
		return got != NULL;
	if (got == NULL || want == NULL)
		return got == want;
	if (want[0] == '~')
		return strstr(got, want + 1) != NULL;
	return strcmp(got, want) == 0;
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
		if (!same(a[w].source, cases[k].source) ||
		    (cases[k].source != NULL && !same(a[w].role,
		    cases[k].role) && !(cases[k].role != NULL &&
		    strcmp(cases[k].role, "*") == 0)) ||
		    !same(attrib_kind_name(a[w].kind), cases[k].kind))
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

/* Whether the attribution A is the one WANT describes: "-", or "source /
 * role / kind", where each part may be "*" (anything) and the source
 * "~WORDS" (any source that holds WORDS). */
static int
matches(const struct attribution *a, const char *want)
{
	char		 src[256], role[256], kind[64];
	const char	*p, *q;

	if (strcmp(want, "-") == 0)
		return a->source == NULL;
	if (a->source == NULL || (p = strstr(want, " / ")) == NULL ||
	    (q = strstr(p + 3, " / ")) == NULL ||
	    (size_t)(p - want) >= sizeof src ||
	    (size_t)(q - p - 3) >= sizeof role ||
	    strlen(q + 3) >= sizeof kind)
		return 0;
	memcpy(src, want, p - want);
	src[p - want] = '\0';
	memcpy(role, p + 3, q - p - 3);
	role[q - p - 3] = '\0';
	strcpy(kind, q + 3);
	return same(a->source, src) && (strcmp(role, "*") == 0 ||
	    same(a->role, strcmp(role, "-") == 0 ? NULL : role)) &&
	    same(attrib_kind_name(a->kind), kind);
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
			if (!matches(&a[i], articles[k].want[i]))
				T_FAIL("article %zu, sentence %zu \"%.60s\": "
				    "got \"%s\", expected \"%s\"", k, i,
				    s[i].text, got, articles[k].want[i]);
		}
		if (i == n && articles[k].want[i] != NULL)
			T_FAIL("article %zu: %zu sentences, more expected",
			    k, n);
		for (i = 0; i < n; i++)
			attrib_clear(&a[i]);
		free(buf);
	}
}

/* A source named by hand gets the kind the pass would give it, so that a
 * report does not publish "officials" or "the 2023 audit" as an author. */
static void
test_kind_of(void)
{
	static const struct {
		const char	*name;
		enum attrib_kind kind;
	} names[] = {
		{ "Jane Roe", ATTRIB_PERSON },
		{ "officials", ATTRIB_UNNAMED },
		{ "a senior ministry official", ATTRIB_UNNAMED },
		{ "the 2023 audit", ATTRIB_DOCUMENT },
		{ "police figures", ATTRIB_DOCUMENT },
		{ "the health ministry", ATTRIB_ORG },
		{ "Reuters", ATTRIB_ORG },
		{ "Moody's", ATTRIB_ORG },
		{ "Sainsbury’s", ATTRIB_ORG },
		{ "World Health Organization (WHO)", ATTRIB_ORG },
		{ "", ATTRIB_NONE },
	};
	size_t	i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		T_INT((int)attrib_kind_of(names[i].name), (int)names[i].kind);
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
	T_RUN(test_kind_of);
	return T_DONE();
}
