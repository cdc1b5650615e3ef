/* attrib-int.h: what the attribution pass's files share, and no one else. */
#ifndef CD_ATTRIB_INT_H
#define CD_ATTRIB_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "attrib.h"

/*
 * The lexicon (attrib-lex.c): data/attribution read into a hash table of
 * words, each with the classes of its sections and, for verbs and nouns,
 * which form it is.
 */

/* Sections of data/attribution, as bits: a word may be in several. */
#define LX_SAY		(1u << 0)	/* verb of saying */
#define LX_FIND		(1u << 1)	/* verb of finding */
#define LX_CALL		(1u << 2)	/* verb of naming */
#define LX_AGENT	(1u << 3)	/* participle before "by X" */
#define LX_ACCORDING	(1u << 4)	/* "according to" */
#define LX_TITLE	(1u << 5)
#define LX_HONORIFIC	(1u << 6)
#define LX_PEOPLE	(1u << 7)
#define LX_ORG		(1u << 8)
#define LX_ORGNAME	(1u << 9)
#define LX_DOC		(1u << 10)
#define LX_PRONOUN	(1u << 11)
#define LX_DET		(1u << 12)
#define LX_CLAUSE	(1u << 13)
#define LX_PREP		(1u << 14)
#define LX_AUX		(1u << 15)
#define LX_ADVERB	(1u << 16)
#define LX_NEG		(1u << 17)
#define LX_TIME		(1u << 18)
#define LX_PLACE	(1u << 19)
#define LX_PLACEWORD	(1u << 20)
#define LX_NOTNAME	(1u << 21)
#define LX_CONNECTOR	(1u << 22)
#define LX_ABBR		(1u << 23)	/* keeps its period: "St.", "Jr." */
#define LX_GIVEN	(1u << 24)	/* a given name: "Maria", "Kofi" */

#define LX_VERB		(LX_SAY | LX_FIND | LX_CALL)
#define LX_NOUN		(LX_TITLE | LX_PEOPLE | LX_ORG | LX_DOC)

/* Forms of a verb or noun, as bits. */
#define VF_BASE		(1u << 0)	/* "say" */
#define VF_3SG		(1u << 1)	/* "says" */
#define VF_PAST		(1u << 2)	/* "said" */
#define VF_PART		(1u << 3)	/* "said" after "has" */
#define VF_ING		(1u << 4)	/* "saying" */
#define NF_SING		(1u << 5)	/* "official" */
#define NF_PLURAL	(1u << 6)	/* "officials" */

/* Flags of an entry ("+weak"...), as bits. */
#define LF_WEAK		(1u << 0)
#define LF_OBJECT	(1u << 1)
#define LF_FOR		(1u << 2)
#define LF_ANY		(1u << 3)
#define LF_MALE		(1u << 4)
#define LF_FEMALE	(1u << 5)
#define LF_PLURAL	(1u << 6)
#define LF_THING	(1u << 7)
#define LF_TAG		(1u << 8)
#define LF_DOC		(1u << 9)
#define LF_POLL		(1u << 10)
#define LF_FIGURES	(1u << 11)
#define LF_DEFINITE	(1u << 12)
#define LF_POSSESSIVE	(1u << 13)
#define LF_BE		(1u << 14)
#define LF_CREDIT	(1u << 15)
#define LF_PEOPLE	(1u << 16)
#define LF_FIRM		(1u << 17)
#define LF_MEDIA	(1u << 18)
#define LF_PUBLIC	(1u << 19)
#define LF_FINDING	(1u << 20)
#define LF_SAYING	(1u << 21)
#define LF_DOCSORT	(LF_FINDING | LF_SAYING)
/* Of [orgname] words, apart from the flags of [org] heads, as a word's
 * flags are merged over its sections ("bank" heads "the bank", a firm,
 * and names the Bank of England, none). */
#define LF_OUTLET	(1u << 22)
#define LF_BUSINESS	(1u << 23)
#define LF_OFFICIAL	(1u << 24)
#define LF_SURNAME	(1u << 25)

/* What the lexicon knows of a word or of a run of words. Per class, the
 * forms and flags are merged over all entries that give the word. */
struct lex_info {
	uint32_t	 cls;		/* LX_* */
	uint32_t	 flags;		/* LF_* */
	uint16_t	 form;		/* VF_*, NF_* */
	uint16_t	 phrases;	/* entries of several words that
					   start with the word */
};

struct attrib_lex;

/* The built-in lexicon (data/attribution, compiled in), read on first use
 * and kept for the life of the process. Never NULL: a lexicon that does
 * not parse is a build error, and fatal. */
const struct attrib_lex	*attrib_lex_builtin(void);

/* Parses LEN bytes of TEXT in the format of data/attribution; NULL with
 * *CAUSE ("NAME:LINE: message", allocated) when it does not parse. Free
 * with attrib_lex_free(). */
struct attrib_lex	*attrib_lex_parse(const char *name, const char *text,
			    size_t len, char **cause);
void			 attrib_lex_free(struct attrib_lex *);

/* What LEX knows of the word W (LEN bytes, any case; ASCII case is
 * ignored): fills *INFO and returns 1, or returns 0 when the word is in
 * no section (INFO then tells only how many phrases start with it). */
int			 attrib_lex_word(const struct attrib_lex *,
			    const char *w, size_t len, struct lex_info *info);

/* The longest multi-word entry that starts with the N words W[0..N-1]
 * (each LEN[i] bytes): returns how many words it has (2 or more) and
 * fills *INFO, or returns 0. */
size_t			 attrib_lex_phrase(const struct attrib_lex *,
			    const char *const *w, const size_t *len, size_t n,
			    struct lex_info *info);

/*
 * The tokens of a sentence (attrib-tok.c).
 */

enum tok_type {
	TOK_WORD,		/* letters, digits inside: "U.S.", "Jong-un" */
	TOK_NUM,		/* "12,400", "$65", "0.3%" */
	TOK_PUNCT,		/* see tok.punct */
	TOK_QOPEN,		/* an opening quotation mark */
	TOK_QCLOSE		/* a closing quotation mark */
};

/* Token flags. */
#define TF_CAP		(1u << 0)	/* starts with a capital */
#define TF_ALLCAPS	(1u << 1)	/* two letters or more, all capitals */
#define TF_POSS		(1u << 2)	/* ends in 's, s' or ’s */
#define TF_INQ		(1u << 3)	/* inside a quotation */
#define TF_FIRST	(1u << 4)	/* first word of the sentence or of a
					   quotation */
#define TF_HYPHEN	(1u << 5)	/* holds a hyphen: "Geneva-based" */
#define TF_LY		(1u << 6)	/* lower case, ends in -ly */

struct tok {
	uint32_t	 s, e;		/* bytes of the sentence text */
	uint32_t	 be;		/* end of the word without its
					   possessive */
	uint32_t	 fold;		/* offset of the lower-case base in
					   toks.fold */
	uint8_t		 type;		/* enum tok_type */
	char		 punct;		/* , ; : . ! ? ( ) and '-' for a dash,
					   'o' for any other */
	uint8_t		 mw;		/* words of the phrase starting here;
					   0 when none */
	uint16_t	 flags;		/* TF_* */
	int		 quote;		/* quotation id, -1 outside one */
	struct lex_info	 lx;		/* the word */
	struct lex_info	 mwlx;		/* the phrase starting here */
	uint32_t	 cov;		/* classes of the word and of the
					   phrases that cover it */
};

/* Quotation marks open at a point of the article. */
struct quote_state {
	int		 dbl;		/* a double quotation is open */
	int		 sgl;		/* a single one (maybe inside) */
	int		 id;		/* the open quotation's id, or -1 */
	int		 next_id;
	unsigned	 sentences;	/* sentences it has run so far */
};

struct toks {
	struct tok	*v;
	size_t		 n, cap;
	const char	*text;		/* borrowed */
	char		*fold;		/* lower-case copies, NUL-separated */
	size_t		 nfold, capfold;
};

/* Splits TEXT into T (reset first; its arrays are reused between
 * sentences). QS carries the quotation state from sentence to sentence;
 * a quotation that stays open too long is closed. */
void	attrib_tok_split(struct toks *t, const char *text,
	    const struct attrib_lex *lex, struct quote_state *qs);
void	attrib_tok_free(struct toks *t);

/* The lower-case base of token I (NUL-terminated). The tests of tokens
 * are inline: the attribution pass asks them a million times an article
 * of a megabyte. */
static inline const char *
attrib_tok_fold(const struct toks *t, size_t i)
{
	return t->fold + t->v[i].fold;
}

/* Whether there is a token I and it is a word. */
static inline int
attrib_tok_is_word(const struct toks *t, size_t i)
{
	return i < t->n && t->v[i].type == TOK_WORD;
}

/* Whether token I is the word W (lower case). */
static inline int
attrib_tok_is(const struct toks *t, size_t i, const char *w)
{
	const char	*f;

	if (!attrib_tok_is_word(t, i))
		return 0;
	f = t->fold + t->v[i].fold;
	return f[0] == w[0] && strcmp(f, w) == 0;
}

/* Whether there is a token I and it is the punctuation C. */
static inline int
attrib_tok_is_punct(const struct toks *t, size_t i, char c)
{
	return i < t->n && t->v[i].type == TOK_PUNCT && t->v[i].punct == c;
}

/* Whether word I, after a possessive, is the verb of a firm named after
 * its founder ("Moody's said", ", McDonald's says."): the possessive is
 * capitalised with no determiner before it, and word I is a verb of
 * saying or finding in the past, or "says". "The minister's claims" and
 * "Smith's claims" are nouns. */
static inline int
attrib_tok_firm_verb(const struct toks *t, size_t i)
{
	const struct tok	*k, *v;

	if (i == 0 || !attrib_tok_is_word(t, i) ||
	    !attrib_tok_is_word(t, i - 1))
		return 0;
	k = &t->v[i - 1];
	v = &t->v[i];
	if (!(k->flags & TF_POSS) || !(k->flags & (TF_CAP | TF_ALLCAPS)) ||
	    (i >= 2 && attrib_tok_is_word(t, i - 2) &&
	    (t->v[i - 2].lx.cls & LX_DET)))
		return 0;
	if (!(v->lx.cls & (LX_SAY | LX_FIND)) || (v->cov & LX_NOUN))
		return 0;
	return (v->lx.form & VF_PAST) || attrib_tok_is(t, i, "says");
}

/*
 * Noun phrases next to a cue (attrib-np.c).
 */

enum np_type {
	NP_NONE,
	NP_NAME,		/* "Vicky Redwood", "the World Food Program" */
	NP_DESC,		/* "the data center", "residents" */
	NP_PRONOUN		/* "she" */
};

struct np {
	enum np_type	 type;
	size_t		 a, b;		/* the whole phrase, tokens a..b-1 */
	size_t		 sa, sb;	/* the source's tokens */
	size_t		 ra, rb;	/* its role's tokens; ra == rb: none */
	enum attrib_kind kind;		/* what the words say it is */
	size_t		 head;		/* a description's head noun */
	uint32_t	 hcls;		/* its LX_* classes */
	uint32_t	 hflags;	/* its LF_* flags */
	uint16_t	 hform;		/* NF_SING, NF_PLURAL */
	int		 definite;	/* "the", "its" or a possessive */
	int		 titled;	/* the role has a title or honorific */
	int		 gender;	/* 'm', 'f' or 0 */
	int		 doc;		/* a document, or its author */
	uint32_t	 owner;		/* "its data": the pronoun's LF_*
					   flags, for the body it stands
					   for; 0 when none */
};

/* The subject of the verb at token V: the phrase ending before it (an
 * aside between commas allowed). Returns 1 and fills *NP, or 0. */
int	attrib_np_left(const struct toks *, size_t v, struct np *np);

/* The phrase starting at token I (after "according to", after an
 * inverted "said", after "by"). Returns 1 and fills *NP, or 0. */
int	attrib_np_right(const struct toks *, size_t i, struct np *np);

/* The subject of the clause starting at token I ("The ministry disputes
 * this, saying ..."). Returns 1 and fills *NP, or 0. */
int	attrib_np_clause(const struct toks *, size_t i, struct np *np);

/* The name in tokens I..END-1 (a name run) with the title or
 * description just before it ("glaciologist Matthias Brenner"). Returns 1
 * and fills *NP, or 0. */
int	attrib_np_name(const struct toks *, size_t i, size_t end,
	    struct np *np);

/* The author of a document or data, "by YouGov": one word that is no
 * given name names a body. Changes NP's kind. */
void	attrib_np_author(const struct toks *, struct np *np);

/* Whether token I can be part of a name. */
int	attrib_np_name_tok(const struct toks *, size_t i);

/* The end of the name run that starts at token I (I when none). */
size_t	attrib_np_name_end(const struct toks *, size_t i);

/* The kind of the name in tokens A..B-1 (ROLE_TITLED: a title or
 * honorific stands before it). */
enum attrib_kind attrib_np_name_kind(const struct toks *, size_t a, size_t b,
	    int role_titled);

#endif
