/* attrib.h: who each sentence of an article attributes its content to. */
#ifndef CD_ATTRIB_H
#define CD_ATTRIB_H

#include <stddef.h>

struct sentence;

/* What a source is. */
enum attrib_kind {
	ATTRIB_NONE,		/* no source */
	ATTRIB_PERSON,		/* "Vicky Redwood", "the president" */
	ATTRIB_ORG,		/* "the Office for National Statistics" */
	ATTRIB_DOCUMENT,	/* "a Ukrainian special forces report" */
	ATTRIB_UNNAMED		/* "officials", "a Taliban official" */
};

/* How the source was found: the family of the cue. */
enum attrib_cue {
	CUE_NONE,
	CUE_SAY,		/* "X said", "X told Y", "the council has
				   promised", "“...,” X added" */
	CUE_INVERTED,		/* ", said X", "“...” declared X" */
	CUE_ACCORDING,		/* "according to X" */
	CUE_FIND,		/* "a study found", "figures show" */
	CUE_PASSIVE,		/* "announced by X", "X was quoted as
				   saying" */
	CUE_PARTICIPLE,		/* "X disputes this, saying", "with X
				   explaining that" */
	CUE_COLON,		/* "X: “...”" */
	CUE_NAMING,		/* "X called the plan “...”" */
	CUE_QUOTE		/* no cue of its own: the sentence is part
				   of a quotation whose speaker is X */
};

struct attribution {
	char		*source;	/* the name or description; owned;
					   NULL when none */
	char		*role;		/* the source's title, office or
					   description, or the document it
					   speaks through; owned; NULL when
					   none */
	enum attrib_kind kind;		/* ATTRIB_NONE when no source */
	enum attrib_cue	 cue;		/* CUE_NONE when no source */
};

/*
 * Finds the source of each of the N sentences of one article, given in
 * reading order, into OUT (N entries the caller provides; each is
 * overwritten). Pronouns and descriptions ("she", "the agency") are
 * resolved to a source named before them, and the sentences of a
 * quotation get its speaker. Bylines, titles and headings get none. The
 * lexicon is data/attribution, compiled in and read once. Linear in the
 * article's length. Free each entry's strings with attrib_clear().
 */
void		 attrib_sentences(const struct sentence *, size_t n,
		    struct attribution *out);
void		 attrib_clear(struct attribution *);

/* Whether TEXT may name a source: not only times and small words
 * ("Sunday", "The"). For sources that come from elsewhere (a rule's
 * group). */
int		 attrib_may_name(const char *text);

/* Whether the word W (LEN bytes, any case) is one that says a sentence
 * is attributed: a verb of saying or finding ("said", "reported",
 * "found"), or the "according" of "according to". */
int		 attrib_cue_word(const char *w, size_t len);

/* What a source named by hand is ("Jane Roe", "officials", "the 2023
 * audit"): the kind the pass gives it as the one who says something;
 * ATTRIB_NONE when it does not read as a source. */
enum attrib_kind attrib_kind_of(const char *name);

/* Reads the compiled-in lexicon now if it was not yet: the functions above
 * read it the first time they need it, and two threads must not both do
 * that. */
void		 attrib_ready(void);

/* "person", "organisation", "document", "unnamed"; NULL for ATTRIB_NONE.
 * Static strings. */
const char	*attrib_kind_name(enum attrib_kind);

/* "say", "inverted", "according", "find", "passive", "participle",
 * "colon", "naming", "quote"; NULL for CUE_NONE. Static strings. */
const char	*attrib_cue_name(enum attrib_cue);

#endif
