/* earlier.c: the "p" overlay: earlier verdicts on a claim seen before. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "rerank.h"
#include "segment.h"
#include "store.h"
#include "ui/earlier.h"
#include "ui/keys.h"
#include "ui/list.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "xmalloc.h"

#define EARLIER_WIDTH	100	/* widest the box gets */
#define EARLIER_INDENT	13	/* columns before an item's text and note */

struct earlier {
	struct earlier_list	*list;
	int64_t			 claim;
	int			 number;
	char			*text;
	struct earlier_cb	 cb;
	size_t			 sel;

	/* The box, from the terminal size, and the list in it. */
	int			 y, x, h, w;
	struct list		 view;		/* an item takes 3 rows, or 1
						   when the box is short */
};

/* The date of an ISO 8601 time ("2026-11-26T14:01:00Z"), else all of it. */
static char *
earlier_date(const char *at)
{
	if (at == NULL)
		return NULL;
	if (strlen(at) > 10 && at[10] == 'T')
		return xstrndup(at, 10);
	return xstrdup(at);
}

/* A new item at the end of L, all zero. */
static struct earlier_item *
earlier_push(struct earlier_list *l)
{
	struct earlier_item	*it;

	l->items = xgrow(l->items, &l->cap, l->n, sizeof *l->items);
	it = &l->items[l->n++];
	memset(it, 0, sizeof *it);
	return it;
}

/* A similarity from 0 to 1 as a whole percentage, 0 to 100. */
static int
earlier_percent(double similarity)
{
	int	p = (int)(similarity * 100 + 0.5);

	return p < 0 ? 0 : p > 100 ? 100 : p;
}

/* A new linked item at the end of L, or NULL when L holds EARLIER_MAX
 * (it says there are more). */
static struct earlier_item *
earlier_push_linked(struct earlier_list *l)
{
	struct earlier_item	*it;

	if (l->n == EARLIER_MAX) {
		l->more = 1;
		return NULL;
	}
	it = earlier_push(l);
	it->linked = 1;
	return it;
}

static int
earlier_add(const struct st_match *m, void *arg)
{
	struct earlier_item	*it;

	if ((it = earlier_push_linked(arg)) == NULL)
		return 1;
	it->claim = m->claim;
	it->title = xstrdup(m->title != NULL ? m->title : "");
	it->number = m->number;
	it->status = m->status;
	it->note = xstrdup(m->note != NULL ? m->note : "");
	it->reviewer = m->reviewer != NULL ? xstrdup(m->reviewer) : NULL;
	it->date = earlier_date(m->updated_at);
	it->text = xstrdup(m->text != NULL ? m->text : "");
	it->percent = earlier_percent(m->similarity);
	it->adoptable = 1;
	return 0;
}

/* The title of a verdict published elsewhere: its id as published, and
 * its url; either may be NULL or "". */
static char *
earlier_imported_title(const char *id, const char *url)
{
	int	has_id = id != NULL && *id != '\0';

	return xasprintf("%s%s%s", has_id ? id : "",
	    has_id && url != NULL ? " " : "", url != NULL ? url : "");
}

/* Whether a verdict published elsewhere, rated STATUS, may be adopted:
 * when its rating says a verdict. */
#define EARLIER_IMPORTED_ADOPTABLE(status)	((status) != VERDICT_NONE)

/* Lists an imported verdict linked to the claim: adopted with y as a
 * claim's verdict is. */
static int
earlier_add_imported(const struct st_imported_match *m, void *arg)
{
	struct earlier_item	*it;

	if ((it = earlier_push_linked(arg)) == NULL)
		return 1;
	it->claim = -m->imported;
	it->title = earlier_imported_title(m->id, m->url);
	it->status = m->status;
	it->note = xstrdup(m->rating != NULL ? m->rating : "");
	it->reviewer = m->org != NULL ? xstrdup(m->org) : NULL;
	it->date = earlier_date(m->date);
	it->text = xstrdup(m->claim);
	it->percent = earlier_percent(m->similarity);
	it->adoptable = EARLIER_IMPORTED_ADOPTABLE(m->status);
	return 0;
}

/* Whether L holds the earlier verdict S already. */
static int
earlier_holds(const struct earlier_list *l, const struct st_seen *s)
{
	size_t	i;

	for (i = 0; i < l->n; i++) {
		if (l->items[i].claim == s->key || (s->key < 0 &&
		    strcmp(l->items[i].text, s->claim) == 0))
			return 1;
	}
	return 0;
}

/* Whether KEY is one of the claims of ART. */
static int
earlier_sibling(const struct st_article *art, int64_t key)
{
	size_t	i;

	for (i = 0; art != NULL && i < art->nclaims; i++) {
		if (art->claims[i].id == key)
			return 1;
	}
	return 0;
}

int
earlier_add_ranked(struct store *store, struct earlier_list *l, int64_t self,
    const struct st_article *art, const char *text, char **cause)
{
	struct earlier_item	*it;
	struct st_seen		*res;
	size_t			 n, i, added = 0;
	int			 sibling;

	if (store_seen(store, text, EARLIER_RANKED + 1 + l->n, &res, &n,
	    cause) == -1)
		return -1;
	for (i = 0; i < n && added < EARLIER_RANKED; i++) {
		/* One retrieval found that is no more alike than any text
		 * (0%) is no earlier verdict on this claim. */
		if (res[i].key == self || earlier_holds(l, &res[i]) ||
		    l->n == EARLIER_MAX || earlier_percent(res[i].similarity)
		    == 0)
			continue;
		it = earlier_push(l);
		it->claim = res[i].key;
		/* A claim of the article on screen that is not one of its
		 * claims now is one of its orphans (store_seen() lists no
		 * other): named as the reviewer knows them. */
		sibling = earlier_sibling(art, res[i].key);
		if (art != NULL && res[i].article == art->id)
			it->title = xasprintf("%sclaim %d of this article",
			    sibling ? "" : "orphaned ", res[i].number);
		else if (res[i].article > 0)
			/* Named as the list names a linked one. */
			it->title = xasprintf("claim %d%s%s%s%s", res[i].number,
			    ui_glyph(GLYPH_SEP), res[i].title != NULL ?
			    res[i].title : "", res[i].url != NULL ? " " : "",
			    res[i].url != NULL ? res[i].url : "");
		else
			it->title = earlier_imported_title(res[i].id,
			    res[i].url);
		it->number = res[i].number;
		it->status = res[i].status;
		it->note = xstrdup(res[i].rating != NULL ? res[i].rating : "");
		it->reviewer = res[i].org != NULL ? xstrdup(res[i].org) :
		    res[i].reviewer != NULL ? xstrdup(res[i].reviewer) : NULL;
		it->date = earlier_date(res[i].date);
		it->text = xstrdup(res[i].claim != NULL ? res[i].claim : "");
		it->percent = earlier_percent(res[i].similarity);
		it->adoptable = res[i].confident && self >= 0 && !sibling &&
		    (res[i].key > 0 ||
		    EARLIER_IMPORTED_ADOPTABLE(res[i].status));
		if (sibling)
			it->why_not = "a claim of this article";
		else if (self < 0 && res[i].confident)
			it->why_not = "a sentence is no claim (m makes it one)";
		else if (res[i].confident && res[i].key < 0 &&
		    !EARLIER_IMPORTED_ADOPTABLE(res[i].status))
			it->why_not = "its rating says no verdict";
		it->differs = res[i].differs != NULL ?
		    xstrdup(res[i].differs) : NULL;
		added++;
	}
	st_seen_free(res, n);
	return 0;
}

struct earlier_list *
earlier_load(struct store *store, int64_t claim, const char *text,
    char **cause)
{
	struct earlier_list	*l;
	struct rerank_query	*q;
	struct match_key	*kd;
	size_t			 i;

	l = xcalloc(1, sizeof *l);
	if (store_matches(store, claim, earlier_add, l, cause) == -1 ||
	    (!l->more && store_imported_matches(store, claim,
	    earlier_add_imported, l, cause) == -1)) {
		earlier_free(l);
		return NULL;
	}
	/* A link an earlier release made to what says another thing (a
	 * word put for another) is shown so, never adopted. */
	q = rerank_query_new(text != NULL ? text : "");
	for (i = 0; i < l->n; i++) {
		kd = match_key_new(l->items[i].text);
		if ((l->items[i].differs = rerank_differs(q, kd,
		    l->items[i].text)) != NULL)
			l->items[i].adoptable = 0;
		match_key_free(kd);
	}
	rerank_query_free(q);
	return l;
}

void
earlier_free(struct earlier_list *l)
{
	size_t	i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->items[i].title);
		free(l->items[i].note);
		free(l->items[i].reviewer);
		free(l->items[i].date);
		free(l->items[i].text);
		free(l->items[i].differs);
	}
	free(l->items);
	free(l);
}

/* The box in the middle of the rows above the status and message lines,
 * which stay in view (the message says what "y" did). */
static void
earlier_resize(struct screen *s)
{
	struct earlier	*e = s->data;
	int		 avail = LINES - 3, need, rows;

	e->w = COLS - 4 < EARLIER_WIDTH ? COLS - 4 : EARLIER_WIDTH;
	rows = avail - 3 >= 3 ? 3 : 1;
	need = 3 + (int)(e->list->n > 0 ? e->list->n : 1) * rows;
	e->h = need < avail ? need : avail;
	e->y = (avail - e->h) / 2;
	e->x = (COLS - e->w) / 2;
	if (e->y < 0)
		e->y = 0;
	if (e->x < 0)
		e->x = 0;
	e->view.y = e->y + 2;
	e->view.x = e->x + 1;
	e->view.w = e->w - 2;
	e->view.h = e->h - 3 > rows ? e->h - 3 : rows;
	e->view.rows = rows;
}

/* An item's first row: selection marker, verdict mark, similarity, claim
 * number and title on the left; reviewer and date on the right. */
static void
earlier_draw_head(struct earlier *e, const struct earlier_item *it, int y,
    attr_t a, int selected)
{
	const char	*dot = ui_glyph(GLYPH_SEP);
	char		 buf[64], *right;
	int		 x = e->x + 2, end = e->x + e->w - 2, rw;

	draw_str(stdscr, y, x, 1, selected ? ui_glyph(GLYPH_FOCUS) : " ",
	    a | A_BOLD, 0);
	draw_str(stdscr, y, x + 2, 2, review_verdict_mark(it->status),
	    ui_style(review_verdict_style(it->status)) | a, 0);
	if (it->linked && it->claim < 0)
		snprintf(buf, sizeof buf, "%3d%%  published%s", it->percent,
		    dot);
	else if (it->linked)
		snprintf(buf, sizeof buf, "%3d%%  claim %d%s", it->percent,
		    it->number, dot);
	else
		snprintf(buf, sizeof buf, "%3d%%  not linked%s", it->percent,
		    dot);
	x += 5;
	x += draw_str(stdscr, y, x, end - x, buf, a, 0);
	right = xasprintf("%s%s%s", it->reviewer != NULL ? it->reviewer : "",
	    it->reviewer != NULL && it->date != NULL ? dot : "",
	    it->date != NULL ? it->date : "");
	rw = draw_width(right);
	if (rw > (end - x) / 2)
		rw = (end - x) / 2;
	draw_str(stdscr, y, x, end - x - (rw > 0 ? rw + 2 : 0), it->title,
	    a | A_BOLD, 1);
	if (rw > 0)
		draw_right(stdscr, y, end - rw, rw, right, a);
	free(right);
}

/* An item: its head, then (when there is room) the earlier claim and its
 * note, each on one line. */
/* Why IT, listed but not linked, cannot be adopted, when nothing in it
 * says another claim: what IT says, else that it is less alike than a
 * link needs. Allocated. */
static char *
earlier_why_not(const struct earlier_item *it)
{
	if (it->why_not != NULL)
		return xasprintf("not linked: %s; to read, not to adopt",
		    it->why_not);
	return xasprintf("not linked: under the %d%% a link needs; to read, "
	    "not to adopt", (int)(rerank_threshold() * 100 + 0.5));
}

static void
earlier_draw_item(void *arg, size_t i, int y, int selected)
{
	struct earlier			*e = arg;
	const struct earlier_item	*it = &e->list->items[i];
	attr_t				 a = 0;
	int				 x = e->x + EARLIER_INDENT;
	int				 w = e->w - EARLIER_INDENT - 2, r;
	char				*line;

	if (selected)
		a = ui_style(ST_SELECTED);
	for (r = 0; r < e->view.rows; r++)
		draw_fill(stdscr, y + r, e->x + 1, e->w - 2, a);
	earlier_draw_head(e, it, y, a, selected);
	if (e->view.rows < 3)
		return;
	draw_str(stdscr, y + 1, x, w, it->text, a, 1);
	if (it->differs != NULL) {
		/* What makes it another claim, before its rating. */
		line = xasprintf("not the same: %s%s%s", it->differs,
		    it->note[0] != '\0' ? ui_glyph(GLYPH_SEP) : "", it->note);
		draw_str(stdscr, y + 2, x, w, line, a, 1);
		free(line);
		return;
	}
	if (!it->linked) {
		line = it->note[0] != '\0' ? xstrdup(it->note) :
		    it->adoptable ? xstrdup("not linked, but alike: y adopts "
		    "it") : earlier_why_not(it);
		draw_str(stdscr, y + 2, x, w, line, a | ui_style(ST_DIM), 1);
		free(line);
		return;
	}
	if (it->note[0] == '\0') {
		draw_str(stdscr, y + 2, x, w, it->claim < 0 ? "no rating" :
		    "no note", a | ui_style(ST_DIM), 1);
		return;
	}
	/* A verdict published elsewhere has its rating as published. */
	r = draw_str(stdscr, y + 2, x, w, it->claim < 0 ? "rated: " :
	    "note: ", a | A_BOLD, 0);
	draw_str(stdscr, y + 2, x + r, w - r, it->note, a, 1);
}

static void
earlier_draw(struct screen *s)
{
	struct earlier	*e = s->data;
	const char	*sep = ui_glyph(GLYPH_SEP);
	char		 buf[96];
	int		 lw;

	draw_box(stdscr, e->y, e->x, e->h, e->w);
	lw = 0;
	if (e->list->n > 0) {
		snprintf(buf, sizeof buf, " %zu/%zu%s ", e->sel + 1,
		    e->list->n, e->list->more ? "+" : "");
		lw = draw_width(buf);
		draw_right(stdscr, e->y, e->x + e->w - 2 - lw, lw, buf,
		    A_BOLD);
	}
	/* A sentence that is no claim (number 0): what is like it. */
	if (e->number > 0) {
		snprintf(buf, sizeof buf, " earlier verdicts on claim %d ",
		    e->number);
		draw_str(stdscr, e->y, e->x + 2, e->w - 5 - lw, buf, A_BOLD,
		    1);
		snprintf(buf, sizeof buf, "claim %d: ", e->number);
	} else {
		draw_str(stdscr, e->y, e->x + 2, e->w - 5 - lw,
		    " earlier verdicts like this sentence ", A_BOLD, 1);
		snprintf(buf, sizeof buf, "sentence: ");
	}
	lw = draw_str(stdscr, e->y + 1, e->x + 2, e->w - 4, buf, A_BOLD, 0);
	draw_str(stdscr, e->y + 1, e->x + 2 + lw, e->w - 4 - lw, e->text,
	    ui_style(ST_DIM), 1);
	if (e->list->n == 0)
		draw_str(stdscr, e->view.y, e->x + 2, e->w - 4,
		    "no earlier verdicts", ui_style(ST_DIM), 1);
	list_draw(&e->view, e->sel, e->list->n, earlier_draw_item, e);
	snprintf(buf, sizeof buf, " y adopt%sj/k choose%sEsc close%s? help ",
	    sep, sep, sep);
	draw_str(stdscr, e->y + e->h - 1, e->x + 2, e->w - 4, buf, A_NORMAL,
	    1);
}

int
earlier_refuse(struct ui *ui, const struct earlier_item *it)
{
	char	*why;

	if (it->adoptable)
		return 0;
	if (it->differs != NULL)
		ui_message(ui, 0, "not adopted: %s; give the verdict by hand",
		    it->differs);
	else if (it->claim < 0 && !EARLIER_IMPORTED_ADOPTABLE(it->status))
		ui_message(ui, 0, "not adopted: its rating%s%s%s says no "
		    "verdict; give the verdict by hand", it->note[0] != '\0' ?
		    " \"" : "", it->note, it->note[0] != '\0' ? "\"" : "");
	else {
		why = earlier_why_not(it);
		ui_message(ui, 0, "%s; give the verdict by hand", why);
		free(why);
	}
	return 1;
}

static int
earlier_adopt(struct screen *s, struct earlier *e)
{
	if (e->list->n == 0)
		return SCREEN_CLOSE | SCREEN_REDRAW;
	if (earlier_refuse(s->ui, &e->list->items[e->sel]))
		return SCREEN_REDRAW;
	if (e->cb.adopt(e->cb.arg, e->claim, &e->list->items[e->sel]) == 0)
		return SCREEN_CLOSE | SCREEN_REDRAW;
	return SCREEN_REDRAW;
}

static int
earlier_key(struct screen *s, const struct ui_event *ev)
{
	struct earlier		*e = s->data;
	const struct key_entry	*ke;
	size_t			 to;

	if (ev->mouse) {
		if (list_mouse(&e->view, ev, e->sel, e->list->n, &to) ==
		    LIST_MISS)
			return 0;
		e->sel = to;
		return SCREEN_REDRAW;
	}
	if ((ke = keys_find(KEYS_EARLIER, ev->code)) == NULL) {
		ui_message(s->ui, 0, "y or Enter adopts, Esc closes: "
		    "? lists the keys");
		return SCREEN_REDRAW;
	}
	if (list_move(&e->view, ke->action, e->sel, e->list->n, &to)) {
		e->sel = to;
		return SCREEN_REDRAW;
	}
	if (ke->action == KA_ADOPT)
		return earlier_adopt(s, e);
	return overlay_key(s, ke->action, KEYS_EARLIER);
}

static void
earlier_free_screen(struct screen *s)
{
	struct earlier	*e = s->data;

	earlier_free(e->list);
	free(e->text);
	free(e);
}

static const struct screen_ops earlier_ops = {
	.name = "earlier",
	.draw = earlier_draw,
	.key = earlier_key,
	.resize = earlier_resize,
	.free = earlier_free_screen
};

void
earlier_open(struct ui *ui, struct earlier_list *list, int64_t claim,
    int number, const char *text, const struct earlier_cb *cb)
{
	struct earlier	*e;

	e = xcalloc(1, sizeof *e);
	e->list = list;
	e->claim = claim;
	e->number = number;
	/* A list item's claim without the list's marker, as reported. */
	e->text = xstrdup(text + segment_marker_len(text));
	e->cb = *cb;
	ui_push(ui, &earlier_ops, e);
}
