/* ui.c: the terminal, the event loop and its one redraw point, the screens. */
#include "config.h"

#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "sig.h"
#include "store.h"
#include "ui/keys.h"
#include "ui/picker.h"
#include "ui/review.h"
#include "ui/screen.h"
#include "ui/ui.h"
#include "ui/wrap.h"
#include "utf8.h"
#include "xmalloc.h"

#define UI_DEPTH	8
#define UI_MIN_COLS	40
#define UI_MIN_LINES	10
#define UI_TIMEOUT	500	/* ms: how often the loop looks at signals */
#define UI_FRAME	10	/* ms: redraws at most this often while keys
				   keep coming */
#define UI_POLL		250	/* ms: how often screens look for changes
				   made by other processes */
#define UI_PASTE_WAIT	2000	/* ms a paste may pause before it is taken
				   as ended */
#define UI_SIGNAL_GRACE	100	/* ms a signal may wait for the work in
				   hand before the screen ends at once */
#define UI_PASTE_BEGIN	(KEY_MAX + 1)	/* key codes of the paste brackets */
#define UI_PASTE_END	(KEY_MAX + 2)

struct ui {
	SCREEN			*term;
	struct screen		*stack[UI_DEPTH];
	int			 depth;
	int			 dirty;
	int			 quit;
	char			 msg[512];
	int			 msg_error;
	const char		*paste_off;	/* ends bracketed paste, or
						   NULL when it is not on */
	char			*paste;		/* the paste being read */
	size_t			 paste_len, paste_cap;
	struct timespec		 polled;
	int			 cursor, cy, cx;
	struct sigaction	 oldsa[3];
};

static const int	 ui_signals[3] = { SIGTERM, SIGHUP, SIGINT };
static volatile sig_atomic_t ui_signalled;
static volatile sig_atomic_t ui_waiting;	/* in the wait for a key */
static int		 ui_last_signal;
static struct ui	*ui_current;
static attr_t		 ui_styles[ST_COUNT];

/*
 * A signal is acted on by the loop, which ends the screen cleanly, as soon
 * as the loop waits for a key again. Should the work in hand (a query
 * waiting on another process's lock, say) keep it longer than
 * UI_SIGNAL_GRACE, the screen ends from the alarm handler instead: the
 * terminal is given back with what was made ready for it here, and the
 * process ends by the signal. Nothing is lost: what the screen showed as
 * saved was committed before it was shown, and a transaction cut short is
 * rolled back by SQLite, as after a crash.
 */
static struct termios	 ui_tty;	/* the terminal before the screen */
static int		 ui_tty_saved;
static char		 ui_restore[512];	/* what endwin() would send */
static size_t		 ui_restore_len;
static struct sigaction	 ui_oldalrm;

static void
ui_grace(int ms)
{
	struct itimerval	it;

	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = ms / 1000;
	it.it_value.tv_usec = (ms % 1000) * 1000;
	setitimer(ITIMER_REAL, &it, NULL);
}

/* Signal handlers only set the flag; the loop sees it and ends cleanly,
 * or the alarm ends the screen when the loop is kept from it. */
static void
ui_on_signal(int sig)
{
	int	saved = errno;

	if (ui_signalled == 0 && !ui_waiting)
		ui_grace(UI_SIGNAL_GRACE);
	ui_signalled = sig;
	errno = saved;
}

static void
ui_on_alarm(int unused)
{
	int	sig = ui_signalled;

	(void)unused;
	if (sig == 0)
		return;
	/* Nothing more can be done for the terminal should this fail. */
	if (ui_restore_len > 0 &&
	    write(STDOUT_FILENO, ui_restore, ui_restore_len) < 0)
		sig = ui_signalled;
	if (ui_tty_saved)
		tcsetattr(STDIN_FILENO, TCSANOW, &ui_tty);
	sig_reraise(sig);
	_exit(128 + sig);
}

/* Appends SEQ (a terminfo string, padding left out; may be NULL or
 * absent) to the sequence that gives the terminal back. */
static void
ui_restore_add(const char *seq)
{
	const char	*p;

	if (seq == NULL || seq == (char *)-1)
		return;
	for (p = seq; *p != '\0' && ui_restore_len + 1 < sizeof ui_restore;
	    p++) {
		if (p[0] == '$' && p[1] == '<' && strchr(p, '>') != NULL) {
			p = strchr(p, '>');
			continue;
		}
		ui_restore[ui_restore_len++] = *p;
	}
}

/* What endwin() sends, made ready for the alarm handler. */
static void
ui_restore_init(struct ui *ui)
{
	char	*xm = tigetstr("XM");

	ui_restore_len = 0;
	if (xm != NULL && xm != (char *)-1)
		ui_restore_add(tparm(xm, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
	else
		ui_restore_add(tigetstr("kmous") != NULL &&
		    tigetstr("kmous") != (char *)-1 ? "\033[?1000l" : NULL);
	ui_restore_add(ui->paste_off);
	ui_restore_add(tigetstr("sgr0"));
	ui_restore_add(tigetstr("cnorm"));
	ui_restore_add(tigetstr("rmkx"));
	ui_restore_add(tigetstr("rmcup"));
}

/* On a fatal error: give the terminal back before the message. */
static void
ui_fatal_hook(void)
{
	if (ui_current != NULL)
		endwin();
}

static void
ui_signals_install(struct ui *ui)
{
	struct sigaction	sa;
	int			i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGALRM);
	sa.sa_flags = 0;	/* no SA_RESTART: a signal ends the wait */
	ui_signalled = 0;
	ui_waiting = 0;
	ui_last_signal = 0;
	for (i = 0; i < 3; i++)
		sigaction(ui_signals[i], &sa, &ui->oldsa[i]);
	sa.sa_handler = ui_on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, &ui_oldalrm);
}

static void
ui_signals_restore(struct ui *ui)
{
	int	i;

	ui_grace(0);
	for (i = 0; i < 3; i++)
		sigaction(ui_signals[i], &ui->oldsa[i], NULL);
	sigaction(SIGALRM, &ui_oldalrm, NULL);
}

/* wget_wch(), with the alarm off while it waits: a signal then ends the
 * wait, and the loop acts on it. */
static int
ui_get(wint_t *wc)
{
	int	rc;

	ui_waiting = 1;
	if (ui_signalled) {
		ui_waiting = 0;
		return ERR;
	}
	rc = wget_wch(stdscr, wc);
	ui_waiting = 0;
	return rc;
}

static int
ui_want_colour(void)
{
	const char	*nc = getenv("NO_COLOR");

	if (nc != NULL && *nc != '\0')
		return 0;
	return has_colors();
}

/* Attributes that keep the verdicts apart without colour; colour adds. */
static void
ui_styles_init(void)
{
	attr_t	dim = (termattrs() & A_DIM) ? A_DIM : A_NORMAL;
	short	bg = -1;
	int	i;

	ui_styles[ST_NORMAL] = A_NORMAL;
	ui_styles[ST_UNREVIEWED] = A_UNDERLINE;
	ui_styles[ST_VERIFIED] = A_BOLD;
	ui_styles[ST_DISPUTED] = A_BOLD | A_UNDERLINE;
	ui_styles[ST_UNSOURCED] = dim;
	ui_styles[ST_MATCH] = A_REVERSE | A_BOLD | A_UNDERLINE;
	ui_styles[ST_BAR] = A_REVERSE;
	ui_styles[ST_HEADER] = A_BOLD;
	ui_styles[ST_FOCUS] = A_REVERSE | A_BOLD;
	ui_styles[ST_ERROR] = A_BOLD;
	ui_styles[ST_DIM] = dim;
	ui_styles[ST_BANNER] = A_REVERSE | A_BOLD;
	ui_styles[ST_SELECTED] = A_REVERSE;
	if (!ui_want_colour())
		return;
	start_color();
	if (use_default_colors() == ERR)
		bg = COLOR_BLACK;
	init_pair(1, COLOR_YELLOW, bg);
	init_pair(2, COLOR_GREEN, bg);
	init_pair(3, COLOR_RED, bg);
	init_pair(4, COLOR_MAGENTA, bg);
	init_pair(5, COLOR_BLACK, COLOR_YELLOW);
	init_pair(6, COLOR_WHITE, COLOR_RED);
	for (i = 1; i <= 4; i++)
		ui_styles[ST_UNREVIEWED + i - 1] |= COLOR_PAIR(i);
	ui_styles[ST_UNSOURCED] = COLOR_PAIR(4);
	ui_styles[ST_MATCH] = COLOR_PAIR(5) | A_BOLD;
	ui_styles[ST_ERROR] = COLOR_PAIR(3) | A_BOLD;
	ui_styles[ST_BANNER] = COLOR_PAIR(6) | A_BOLD;
}

attr_t
ui_style(enum ui_style st)
{
	return ui_styles[st];
}

/* Home and End as the common terminals send them, whatever TERM says
 * (tmux sends "\033[1~" under TERM=xterm-256color, rxvt "\033[7~"). */
static void
ui_define_keys(void)
{
	static const struct {
		const char	*seq;
		int		 code;
	} extra[] = {
		{ "\033[1~", KEY_HOME }, { "\033[7~", KEY_HOME },
		{ "\033[H", KEY_HOME }, { "\033OH", KEY_HOME },
		{ "\033[4~", KEY_END }, { "\033[8~", KEY_END },
		{ "\033[F", KEY_END }, { "\033OF", KEY_END },
		{ "\033[3~", KEY_DC }
	};
	size_t	i;

	for (i = 0; i < sizeof extra / sizeof extra[0]; i++) {
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].code);
	}
}

/* A terminfo string capability NAME, or NULL. */
static const char *
ui_cap(const char *name)
{
	char	*s = tigetstr(name);

	return s != NULL && s != (char *)-1 ? s : NULL;
}

/*
 * Bracketed paste: the terminal marks a paste (ESC [ 200 ~ ... ESC [ 201 ~)
 * so that it reaches the screens as text, never as keys. The sequences are
 * terminfo's extended BE, BD, PS and PE (xterm's entries have them), else
 * those of xterm for terminals known to take them (screen, tmux).
 */
static void
ui_paste_on(struct ui *ui)
{
	const char	*on = ui_cap("BE"), *ps = ui_cap("PS"), *pe = ui_cap("PE");
	const char	*term = getenv("TERM");

	if (on == NULL && term != NULL && (strncmp(term, "screen", 6) == 0 ||
	    strncmp(term, "tmux", 4) == 0)) {
		on = "\033[?2004h";
		ui->paste_off = "\033[?2004l";
	} else if (on != NULL)
		ui->paste_off = ui_cap("BD");
	if (on == NULL || ui->paste_off == NULL) {
		ui->paste_off = NULL;
		return;
	}
	define_key(ps != NULL ? ps : "\033[200~", UI_PASTE_BEGIN);
	define_key(pe != NULL ? pe : "\033[201~", UI_PASTE_END);
	putp(on);
	fflush(stdout);
}

static void
ui_paste_off(struct ui *ui)
{
	if (ui->paste_off == NULL)
		return;
	putp(ui->paste_off);
	fflush(stdout);
}

struct ui *
ui_start(char **cause)
{
	struct ui	*ui;
	const char	*term = getenv("TERM");

	ui = xcalloc(1, sizeof *ui);
	ui_tty_saved = tcgetattr(STDIN_FILENO, &ui_tty) == 0;
	ui->term = newterm(NULL, stdout, stdin);
	if (ui->term == NULL) {
		*cause = xasprintf("cannot use the terminal (TERM=%s)",
		    term != NULL ? term : "unset");
		free(ui);
		return NULL;
	}
	set_term(ui->term);
	ui_current = ui;
	fatal_set_hook(ui_fatal_hook);
	ui_set_unicode(strcmp(nl_langinfo(CODESET), "UTF-8") == 0);
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	ui_define_keys();
	wtimeout(stdscr, UI_TIMEOUT);
	curs_set(0);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	ui_styles_init();
	ui_paste_on(ui);
	ui_restore_init(ui);
	ui_signals_install(ui);
	return ui;
}

static void
ui_pop(struct ui *ui, struct screen *s)
{
	int	i;

	for (i = 0; i < ui->depth; i++) {
		if (ui->stack[i] == s)
			break;
	}
	if (i == ui->depth)
		return;
	memmove(&ui->stack[i], &ui->stack[i + 1],
	    (ui->depth - i - 1) * sizeof ui->stack[0]);
	ui->depth--;
	if (s->ops->free != NULL)
		s->ops->free(s);
	free(s);
	ui->dirty |= SCREEN_REDRAW;
}

void
ui_end(struct ui *ui)
{
	while (ui->depth > 0)
		ui_pop(ui, ui->stack[ui->depth - 1]);
	ui_paste_off(ui);
	endwin();
	delscreen(ui->term);
	ui_signals_restore(ui);
	fatal_set_hook(NULL);
	ui_current = NULL;
	free(ui->paste);
	free(ui);
}

void
ui_push(struct ui *ui, const struct screen_ops *ops, void *data)
{
	struct screen	*s;

	if (ui->depth == UI_DEPTH)
		fatal("too many screens");
	s = xcalloc(1, sizeof *s);
	s->ops = ops;
	s->ui = ui;
	s->data = data;
	ui->stack[ui->depth++] = s;
	if (ops->init != NULL)
		ops->init(s);
	if (ops->resize != NULL)
		ops->resize(s);
	ui->dirty |= SCREEN_REDRAW;
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(ui->msg, sizeof ui->msg, fmt, ap);
	va_end(ap);
	ui->msg_error = error;
	ui->dirty |= SCREEN_REDRAW;
}

const char *
ui_get_message(struct ui *ui, int *error)
{
	*error = ui->msg_error;
	return ui->msg[0] != '\0' ? ui->msg : NULL;
}

void
ui_cursor(struct ui *ui, int y, int x)
{
	ui->cursor = 1;
	ui->cy = y;
	ui->cx = x;
}

void
ui_suspend(struct ui *ui)
{
	ui_paste_off(ui);
	def_prog_mode();
	endwin();
	/* The terminal is another program's until ui_resume(): a signal
	 * meanwhile waits for it, as it waits for a key. */
	ui_waiting = 1;
}

void
ui_resume(struct ui *ui)
{
	ui_waiting = 0;
	reset_prog_mode();
	keypad(stdscr, TRUE);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED, NULL);
	if (ui->paste_off != NULL)
		ui_paste_on(ui);
	ui->dirty |= SCREEN_CLEAR | SCREEN_REDRAW;
}

static int
ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

static void
ui_draw_too_small(void)
{
	const char	*m1 = "terminal too small", *m2 = "(need 40x10)";
	int		 y = LINES / 2 - 1;

	if (y < 0)
		y = 0;
	draw_str(stdscr, y, 0, COLS, m1, A_BOLD, 0);
	if (y + 1 < LINES)
		draw_str(stdscr, y + 1, 0, COLS, m2, A_NORMAL, 0);
}

/* The one redraw point: every screen from the top opaque one up, then the
 * cursor. */
static void
ui_redraw(struct ui *ui)
{
	int	i, from;

	if (ui->dirty & SCREEN_CLEAR)
		clearok(curscr, TRUE);
	werase(stdscr);
	ui->cursor = 0;
	if (ui_too_small())
		ui_draw_too_small();
	else {
		for (from = ui->depth - 1; from > 0; from--) {
			if (ui->stack[from]->ops->opaque)
				break;
		}
		for (i = from; i < ui->depth; i++)
			ui->stack[i]->ops->draw(ui->stack[i]);
	}
	if (ui->cursor) {
		curs_set(1);
		wmove(stdscr, ui->cy, ui->cx);
	} else {
		curs_set(0);
		wmove(stdscr, LINES - 1, 0);
	}
	wnoutrefresh(stdscr);
	doupdate();
	ui->dirty = 0;
}

static void
ui_resize(struct ui *ui)
{
	int	i;

	for (i = 0; i < ui->depth; i++) {
		if (ui->stack[i]->ops->resize != NULL)
			ui->stack[i]->ops->resize(ui->stack[i]);
	}
	ui->dirty |= SCREEN_CLEAR | SCREEN_REDRAW;
}

static void
ui_dispatch(struct ui *ui, const struct ui_event *ev)
{
	struct screen	*s = ui->stack[ui->depth - 1];
	int		 r;

	if (ui->msg[0] != '\0') {
		ui->msg[0] = '\0';
		ui->dirty |= SCREEN_REDRAW;
	}
	if (ui_too_small()) {
		if (ev->code == 'q')
			ui->quit = 1;
		return;
	}
	r = s->ops->key(s, ev);
	if (r & SCREEN_CLOSE)
		ui_pop(ui, s);
	if (r & SCREEN_QUIT)
		ui->quit = 1;
	ui->dirty |= r & (SCREEN_REDRAW | SCREEN_CLEAR);
}

/* Adds character WC of a paste; what goes past UI_PASTE_MAX is only
 * counted. */
static void
ui_paste_add(struct ui *ui, wint_t wc)
{
	char	u[4];
	size_t	n;

	if (wc == '\r')
		wc = '\n';
	if ((n = utf8_encode((uint32_t)wc, u)) == 0)
		return;
	if (ui->paste_len + n <= UI_PASTE_MAX) {
		if (ui->paste_len + n > ui->paste_cap) {
			ui->paste_cap = UI_PASTE_MAX;
			ui->paste = xreallocarray(ui->paste, ui->paste_cap, 1);
		}
		memcpy(ui->paste + ui->paste_len, u, n);
	}
	ui->paste_len += n;
}

/* A paste, read to its closing bracket (or a pause, or a signal) into
 * event EV. */
static void
ui_read_paste(struct ui *ui, struct ui_event *ev)
{
	wint_t	wc;
	int	rc;

	ui->paste_len = 0;
	wtimeout(stdscr, UI_PASTE_WAIT);
	while (!ui_signalled && (rc = ui_get(&wc)) != ERR) {
		if (rc == KEY_CODE_YES) {
			if (wc == UI_PASTE_END)
				break;
			continue;	/* no key is text */
		}
		ui_paste_add(ui, wc);
	}
	wtimeout(stdscr, UI_TIMEOUT);
	if (ui->paste_len > UI_PASTE_MAX) {
		ev->paste_over = ui->paste_len;
		return;
	}
	ev->paste = ui->paste != NULL ? ui->paste : "";
	ev->paste_len = ui->paste_len;
}

/* Reads one event; 0 when there is none (timeout, signal, resize). */
static int
ui_read(struct ui *ui, struct ui_event *ev)
{
	MEVENT	me;
	wint_t	wc;
	int	rc;

	memset(ev, 0, sizeof *ev);
	rc = ui_get(&wc);
	if (rc == ERR)
		return 0;
	if (rc == KEY_CODE_YES && wc == UI_PASTE_BEGIN) {
		ui_read_paste(ui, ev);
		return 1;
	}
	if (rc == KEY_CODE_YES && wc == UI_PASTE_END)
		return 0;
	if (rc != KEY_CODE_YES) {
		ev->code = (int)wc;
		return 1;
	}
	if (wc == KEY_RESIZE) {
		ui_resize(ui);
		return 0;
	}
	if (wc == KEY_MOUSE) {
		if (getmouse(&me) != OK)
			return 0;
		ev->mouse = 1;
		ev->my = me.y;
		ev->mx = me.x;
		ev->mbuttons = me.bstate;
		return 1;
	}
	ev->code = KEYS_FKEY((int)wc);
	return 1;
}

/* Milliseconds since *T. */
static long
ui_ms_since(const struct timespec *t)
{
	struct timespec	now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000 +
	    (now.tv_nsec - t->tv_nsec) / 1000000;
}

/* Lets every screen look for changes made by other processes, a few
 * times a second. */
static void
ui_poll(struct ui *ui)
{
	int	i;

	if (ui->polled.tv_sec != 0 && ui_ms_since(&ui->polled) < UI_POLL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &ui->polled);
	for (i = 0; i < ui->depth; i++) {
		if (ui->stack[i]->ops->poll != NULL)
			ui->dirty |= ui->stack[i]->ops->poll(ui->stack[i]);
	}
}

int
ui_run(struct ui *ui)
{
	struct ui_event	ev;
	struct timespec	last = { 0, 0 };
	long		since;
	int		burst = 0, got;

	ui->dirty |= SCREEN_REDRAW;
	while (ui->depth > 0 && !ui->quit && !ui_signalled) {
		/*
		 * Keys already typed are handled before the screen is drawn
		 * again, and while keys keep coming the screen is drawn at
		 * most once a frame: a burst of keys costs a few redraws, not
		 * one each. A key after a pause is drawn at once.
		 */
		if (ui->dirty && (since = ui_ms_since(&last)) < UI_FRAME) {
			wtimeout(stdscr, burst ? (int)(UI_FRAME - since) : 0);
			got = ui_read(ui, &ev);
			wtimeout(stdscr, UI_TIMEOUT);
			if (got && !ui_signalled) {
				ui_dispatch(ui, &ev);
				burst = 1;
				continue;
			}
		}
		ui_poll(ui);
		if (ui->dirty) {
			ui_redraw(ui);
			clock_gettime(CLOCK_MONOTONIC, &last);
			burst = 0;
		}
		if (!ui_read(ui, &ev) || ui_signalled)
			continue;
		ui_dispatch(ui, &ev);
	}
	ui_grace(0);	/* the loop has it now: a clean end */
	ui_last_signal = ui_signalled;
	return ui_signalled != 0;
}

int
ui_signal(void)
{
	return ui_last_signal;
}

/* Starts the terminal, runs the screen OPS over DATA until the user quits,
 * and ends the terminal: 0 (the screen has freed DATA), or -1 with *CAUSE
 * when the terminal did not start (DATA is left to the caller). */
static int
ui_run_screen(const struct screen_ops *ops, void *data, char **cause)
{
	struct ui	*ui;

	if ((ui = ui_start(cause)) == NULL)
		return -1;
	ui_push(ui, ops, data);
	ui_run(ui);
	ui_end(ui);
	return 0;
}

void
ui_relink(struct store *store, int64_t article)
{
	char	*cause = NULL;

	/* Failing, the links stand as they are: nothing is lost. */
	if (store_relink(store, article, &cause) < 0)
		free(cause);
}

int
ui_review(struct store *store, int64_t article, const struct ui_opts *opts,
    char **cause)
{
	struct st_article	*art;
	struct review		*rv;

	/* Opened by its id, not imported: its links made anew when the
	 * verdicts they point to changed (another article's revision). */
	if (opts->art == NULL && !opts->linked)
		ui_relink(store, article);
	if ((art = opts->art) == NULL && (art = store_article_load(store,
	    article, opts->text, cause)) == NULL)
		return -1;
	rv = review_new(store, art, opts);
	if (ui_run_screen(&review_ops, rv, cause) == -1) {
		review_free(rv);
		return -1;
	}
	return 0;
}

int
ui_pick(struct store *store, const struct ui_opts *opts, char **cause)
{
	struct picker	*pk;

	if ((pk = picker_new(store, opts, cause)) == NULL)
		return -1;
	if (ui_run_screen(&picker_ops, pk, cause) == -1) {
		picker_free(pk);
		return -1;
	}
	return 0;
}

/* Runs PROGRAM (a shell command, "$EDITOR", "$BROWSER" with its words)
 * with ARG as its one argument, through /bin/sh, the terminal lent (the
 * caller suspends the screen); SIGINT and SIGQUIT reach the child only,
 * as a shell does. The exit status, or -1. */
int
ui_spawn(const char *program, const char *arg)
{
	struct sigaction	 ign, oint, oquit;
	pid_t			 pid;
	int			 status = -1;
	char			*cmd;

	cmd = xasprintf("%s \"$1\"", program);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	switch (pid = fork()) {
	case -1:
		break;
	case 0:
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd, "sh", arg, (char *)NULL);
		_exit(127);
	default:
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
		break;
	}
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	free(cmd);
	return status;
}
