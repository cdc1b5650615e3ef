/* model.h: the check-worthiness model: feature weights, word lists, threshold. */
#ifndef CD_MODEL_H
#define CD_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct cd_model;

/*
 * Feature keys: a feature is named by a string ("rule:figure",
 * "shape:percent", "list:month", "w:said", "w:said_the"), and known by the
 * 64-bit FNV-1a hash of that name. model_hash() continues hash H over LEN
 * bytes of S, so a name can be hashed in pieces; start from
 * MODEL_HASH_INIT.
 */
#define MODEL_HASH_INIT		0xcbf29ce484222325ULL
#define MODEL_HASH_PRIME	0x100000001b3ULL	/* FNV-1a's 64-bit prime */
uint64_t	 model_hash(uint64_t h, const void *s, size_t len);
/* The key of the NUL-terminated feature name NAME. */
uint64_t	 model_key(const char *name);

#define MODEL_LISTS_MAX		32	/* word lists in one model */

/*
 * Parses a model file (format in claimdesk-rules(5), MODEL FILE):
 *
 *	# comment
 *	bias B			the logit of a sentence with no feature
 *	threshold N		0..100: a score at or above it is a claim
 *	list NAME WORD...	words of the feature "list:NAME" (the line may
 *				repeat to go on)
 *	weight FEATURE W	a feature's weight (a logit)
 *
 * A file of lists only (data/claim-words) is a model without weights,
 * which is what claimdesk learn starts from. Returns a model freed with
 * model_free(), or NULL with *CAUSE set to an allocated "FILE:LINE: message"
 * ("FILE: strerror" when it cannot be read). model_parse() reads LEN bytes
 * of TEXT, NAME standing for the file name.
 */
struct cd_model	*model_load(const char *path, char **cause);
struct cd_model	*model_parse(const char *name, const char *text, size_t len,
		    char **cause);
void		 model_free(struct cd_model *);

double		 model_bias(const struct cd_model *);
int		 model_threshold(const struct cd_model *);
/* Features with a weight. */
size_t		 model_size(const struct cd_model *);
/* Bytes of the weight table (what scoring reads). */
size_t		 model_table_bytes(const struct cd_model *);

/* The weight of the feature with key KEY; 0 when the model has none. */
double		 model_weight(const struct cd_model *, uint64_t key);

/*
 * The lists the word with key KEY belongs to, as a bit set: bit I for
 * list I. KEY is the word's feature key, that of "w:" and the word as
 * feature.c writes it (lower case), so one hash serves both. The lists' feature names ("list:NAME", borrowed) by
 * index.
 */
uint32_t	 model_word_lists(const struct cd_model *, uint64_t key);
size_t		 model_nlists(const struct cd_model *);
const char	*model_list_feature(const struct cd_model *, size_t i);
/* The key of model_list_feature(I), and the index of list NAME (without
 * "list:") or -1. */
uint64_t	 model_list_key(const struct cd_model *, size_t i);
int		 model_list_index(const struct cd_model *, const char *name);

/*
 * A sentence's features are binary, and its feature vector is scaled to
 * length 1: each weight found counts 1 / sqrt(N) of itself, N being the
 * number of features the sentence has, weighted or not (so a long
 * sentence does not win by its length alone). model_scale() is that
 * factor (1 when N is 0); model_score() turns bias + the scaled sum, a
 * logit, into a score from 0 to 100: 100 / (1 + e^-LOGIT), rounded.
 */
double		 model_scale(size_t n);
int		 model_score(double logit);

/*
 * Writes a model file to F: the comment lines of HEADER (each line
 * prefixed with "# "; may be NULL), bias, threshold, the lists of LISTS
 * (may be NULL), then the N features NAMES with their WEIGHTS, in the
 * order given. Returns 0, or -1 when F reports an error.
 */
int		 model_write(FILE *f, const char *header, double bias,
		    int threshold, const struct cd_model *lists,
		    const char *const *names, const double *weights, size_t n);

#endif
