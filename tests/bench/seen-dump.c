/* seen-dump.c: the reranker's features of the candidates "claimdesk seen"
 * weighs, for fitting data/seen-model (tests/bench/seen-train.py).
 *
 *     seen-dump DB <queries.tsv
 *
 * Reads lines "QUERY_ID<tab>TEXT" and prints, for each of the candidates
 * of TEXT (at most 50), one line: QUERY_ID, the candidate's id, its
 * probability under the current model, then its features in the order of
 * rerank_feature_names (a header line names them). Not installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rerank.h"
#include "store.h"

int
main(int argc, char **argv)
{
	struct store	*s;
	struct st_seen	*r;
	char		*line = NULL, *cause = NULL, *tab;
	size_t		 cap = 0, n, i;
	ssize_t		 len;
	int		 f;

	if (argc != 2) {
		fprintf(stderr, "usage: seen-dump DB <queries.tsv\n");
		return 2;
	}
	if ((s = store_open(argv[1], STORE_READONLY, &cause)) == NULL) {
		fprintf(stderr, "seen-dump: %s: %s\n", argv[1], cause);
		return 1;
	}
	printf("query\tid\tprobability");
	for (f = 0; f < RF_COUNT; f++)
		printf("\t%s", rerank_feature_names[f]);
	putchar('\n');
	while ((len = getline(&line, &cap, stdin)) != -1) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if ((tab = strchr(line, '\t')) == NULL)
			continue;
		*tab = '\0';
		if (store_seen(s, tab + 1, 50, &r, &n, &cause) != 0) {
			fprintf(stderr, "seen-dump: %s\n", cause);
			return 1;
		}
		for (i = 0; i < n; i++) {
			printf("%s\t%s\t%.6f", line, r[i].id, r[i].similarity);
			for (f = 0; f < RF_COUNT; f++)
				printf("\t%.6g", r[i].features[f]);
			putchar('\n');
		}
		st_seen_free(r, n);
	}
	free(line);
	store_close(s);
	return 0;
}
