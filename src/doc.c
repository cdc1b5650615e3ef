/* doc.c: an article read, segmented and scored. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "doc.h"
#include "extract.h"
#include "segment.h"
#include "xmalloc.h"

struct doc *
doc_build(struct article *art, const struct abbrevs *abbrevs,
    const struct ruleset *rules, int flags)
{
	struct doc	*doc;
	size_t		 i;

	doc = xcalloc(1, sizeof *doc);
	doc->art = art;
	doc->sent = segment_article(art, abbrevs, &doc->nsent);
	doc->title = segment_title(art, doc->sent, doc->nsent);
	if (flags & DOC_DROP_TEXT) {
		free(art->text);
		art->text = NULL;
	}
	doc->info = xcalloc(doc->nsent ? doc->nsent : 1, sizeof *doc->info);
	if (rules != NULL)
		extract_sentences(rules, doc->sent, doc->nsent, doc->info,
		    &doc->warning);
	for (i = 0; i < doc->nsent; i++) {
		if (doc->info[i].claim)
			doc->nclaims++;
	}
	return doc;
}

void
doc_free(struct doc *doc)
{
	size_t	i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->nsent; i++)
		claim_info_clear(&doc->info[i]);
	free(doc->info);
	sentences_free(doc->sent, doc->nsent);
	free(doc->title);
	free(doc->warning);
	meta_clear(&doc->meta);
	article_free(doc->art);
	free(doc);
}

void
doc_set_meta(struct doc *doc, struct meta *meta)
{
	meta_clear(&doc->meta);
	doc->meta = *meta;
	memset(meta, 0, sizeof *meta);
	if (doc->meta.title != NULL && *doc->meta.title != '\0') {
		free(doc->title);
		doc->title = xstrdup(doc->meta.title);
	}
}
