/* rating.h: a fact-checker's published rating as a claimdesk verdict. */
#ifndef CD_RATING_H
#define CD_RATING_H

/* The verdict (enum verdict) data/ratings gives the rating TEXT ("Mostly
 * false", "Pants on Fire!"), compared without case or punctuation; -1 when
 * the table lists it not, or TEXT is NULL or empty. */
int	rating_verdict(const char *text);

/* The verdict of a numeric rating VALUE on a scale from WORST to BEST:
 * verified at the top, disputed at the bottom, -1 between or when the
 * scale says nothing (WORST = BEST). */
int	rating_numeric(double value, double best, double worst);

#endif
