/* learn.h: fitting a claim model to labelled sentences, with liblinear. */
#ifndef CD_LEARN_H
#define CD_LEARN_H

#include <stddef.h>
#include <stdio.h>

struct cd_model;
struct ruleset;

/* Labelled sentences, and the features found in them. */
struct learn_set;

struct learn_set *learn_set_new(void);
void		 learn_set_free(struct learn_set *);

/* Adds a sentence TEXT (copied) with LABEL (1: a claim, 0: not) in GROUP
 * (copied; NULL: none). */
void		 learn_add(struct learn_set *, const char *text, int label,
		    const char *group);

/*
 * Reads a TSV file: a header line naming the columns, at least "text" and
 * "label" (0 or 1), and "group" optionally; fields are separated by tabs,
 * without quoting. Rows with an empty text are skipped. Returns the number
 * of rows added, or -1 with *CAUSE set to an allocated "FILE:LINE:
 * message" (or "FILE: strerror").
 */
long		 learn_read_tsv(struct learn_set *, const char *path,
		    char **cause);

size_t		 learn_count(const struct learn_set *);
size_t		 learn_positives(const struct learn_set *);
size_t		 learn_groups(const struct learn_set *);

#define LEARN_THRESHOLD	50	/* when it cannot be chosen */
#define LEARN_FEW	20	/* fewer of either kind: warned of */

struct learn_params {
	double	 cost;		/* liblinear's C */
	int	 threshold;	/* 0-100, or -1: the best F1 of a
				   cross-validation */
	int	 folds;		/* for that cross-validation */
	int	 min_count;	/* sentences a word or pair must be in */
	size_t	 max_features;	/* features kept, the strongest */
};

/* The defaults: claimdesk-rules(5), LEARNING. */
void		 learn_params_default(struct learn_params *);

/*
 * Finds the features of every sentence: the rules of RS that match, the
 * shapes, the word lists of LISTS (a model, may be NULL) and the words.
 * RS and LISTS are borrowed and must outlive the set's use.
 */
void		 learn_prepare(struct learn_set *, const struct ruleset *rs,
		    const struct cd_model *lists);

/*
 * Cross-validates: FOLDS folds of the sentences (with BY_GROUP, whole
 * groups per fold when there are two groups or more, one fold per group
 * when FOLDS is at least their number), a model fitted on the others
 * scoring each. Prints to OUT, when
 * not NULL, per fold and per group, the F1 at P's threshold (the best one
 * when it is -1), the average precision and the mean over the groups.
 * Sets *BEST to the threshold with the best F1 over all folds. Returns the
 * number of folds a model could be fitted for, or -1 with *CAUSE
 * allocated.
 */
int		 learn_cross_validate(struct learn_set *,
		    const struct learn_params *p, int folds, int by_group,
		    FILE *out,
		    int *best, char **cause);

/*
 * Fits a model to all the sentences and writes it to F: HEADER (comment
 * lines, may be NULL), then the bias, P's threshold (which must be set),
 * the word lists of the set's LISTS and the features kept, strongest
 * first. Returns 0, or -1 with *CAUSE allocated.
 */
int		 learn_fit_write(struct learn_set *, const struct learn_params *p,
		    const char *header, FILE *f, char **cause);

#endif
