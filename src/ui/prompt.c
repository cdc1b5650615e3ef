/* prompt.c: a one-line editor screen over the others (notes, searches). */
#include "config.h"

#include <stdlib.h>

#include "ui/edit.h"
#include "ui/screen.h"
#include "xmalloc.h"

struct prompt {
	char			*label;
	struct edit		 edit;
	struct prompt_cb	 cb;
};

static void
prompt_draw(struct screen *s)
{
	struct prompt	*p = s->data;
	int		 y, x, w, lw, cx;

	p->cb.place(p->cb.arg, &y, &x, &w);
	draw_fill(stdscr, y, x, w, A_NORMAL);
	lw = draw_str(stdscr, y, x, w / 2, p->label, A_BOLD, 1);
	cx = edit_draw(&p->edit, stdscr, y, x + lw, w - lw, A_NORMAL);
	ui_cursor(s->ui, y, cx);
}

/* Tells the caller the text changed, when it asks to follow it. */
static void
prompt_changed(struct prompt *p)
{
	char	*text;

	if (p->cb.change == NULL)
		return;
	text = edit_text(&p->edit);
	p->cb.change(p->cb.arg, text);
	free(text);
}

static int
prompt_key(struct screen *s, const struct ui_event *ev)
{
	struct prompt	*p = s->data;
	char		*text;

	if (ev->mouse)
		return 0;
	if (ev->paste_over > 0) {
		ui_message(s->ui, 1, "paste of %zu bytes refused whole (the "
		    "limit is %d KB)%s", ev->paste_over, UI_PASTE_MAX / 1024,
		    p->cb.multiline ? ": E edits the note in your editor" : "");
		return SCREEN_REDRAW;
	}
	if (ev->paste != NULL) {
		edit_paste(&p->edit, ev->paste, ev->paste_len,
		    p->cb.multiline);
		prompt_changed(p);
		return SCREEN_REDRAW;
	}
	switch (edit_key(&p->edit, ev->code)) {
	case EDIT_GOING:
		prompt_changed(p);
		return SCREEN_REDRAW;
	case EDIT_DONE:
		text = edit_text(&p->edit);
		p->cb.done(p->cb.arg, text);
		free(text);
		return SCREEN_CLOSE | SCREEN_REDRAW;
	case EDIT_CANCEL:
		p->cb.done(p->cb.arg, NULL);
		return SCREEN_CLOSE | SCREEN_REDRAW;
	}
	return 0;
}

static void
prompt_free(struct screen *s)
{
	struct prompt	*p = s->data;

	edit_free(&p->edit);
	free(p->label);
	free(p);
}

static const struct screen_ops prompt_ops = {
	.name = "prompt",
	.draw = prompt_draw,
	.key = prompt_key,
	.free = prompt_free
};

void
prompt_open(struct ui *ui, const char *label, const char *initial,
    const struct prompt_cb *cb)
{
	struct prompt	*p;

	p = xcalloc(1, sizeof *p);
	p->label = xstrdup(label);
	p->cb = *cb;
	edit_init(&p->edit, initial != NULL ? initial : "");
	ui_push(ui, &prompt_ops, p);
}
