/* wrap.h: article text as display cells, wrapped lazily at word boundaries. */
#ifndef CD_WRAP_H
#define CD_WRAP_H

#include <stddef.h>
#include <wchar.h>

/*
 * What one character of article text looks like on screen. What
 * utf8_is_unsafe() calls unsafe becomes utf8_sanitize()'s placeholder ("^[",
 * "<U+009B>"), and so does a newline here ("^J"); invalid bytes show U+FFFD, zero-width characters join the cell before them (or
 * stand on a dotted circle when there is none). Never a control character.
 */
enum wcell_kind {
	WCELL_CHAR,		/* a printable character, WC */
	WCELL_SPACE,		/* a space or a tab (drawn as spaces) */
	WCELL_MARK,		/* zero width, joins the previous cell */
	WCELL_LONE,		/* zero width with nothing to join: on U+25CC */
	WCELL_TEXT		/* a placeholder, the ASCII in TEXT */
};

struct wcell {
	enum wcell_kind	 kind;
	size_t		 len;		/* bytes of article text */
	int		 width;		/* columns */
	int		 wide;		/* a wide (East Asian) character */
	wchar_t		 wc;
	char		 text[12];	/* WCELL_TEXT only */
};

/*
 * The cell for the bytes at P (P < END) at column COL of its row (tabs need
 * it); JOIN says whether the previous cell of the row can take a zero-width
 * character. Never fails: any byte gives a cell of at least one byte.
 */
void	wcell_get(const char *p, const char *end, int col, int join,
	    struct wcell *);
/* Whether the terminal can show non-ASCII characters; set once at start
 * (1 by default). Without it they show as "?". */
void	wcell_set_unicode(int);

/* A row of the wrapped text: its block (a line, or a piece of a very long
 * one) and its row within that block. */
struct wrap_pos {
	size_t	 block;
	size_t	 row;
};

struct wrap;

/* Indexes TEXT (LEN bytes, borrowed; must outlive the wrap) into blocks at
 * line ends (LF, CRLF, CR). Linear and cheap: rows are made on demand, at
 * most once per block and width. Free with wrap_free(). */
struct wrap	*wrap_new(const char *text, size_t len);
void		 wrap_free(struct wrap *);
/* Sets the width in columns (at least 1) rows are wrapped at. */
void		 wrap_set_width(struct wrap *, int width);
int		 wrap_width(const struct wrap *);

/* The bytes [*START, *END) of block B, its line ending excluded. */
void		 wrap_block_bytes(const struct wrap *, size_t block,
		    size_t *start, size_t *end);
/* Blocks, and rows in block B (at least 1), wrapped now if needed. */
size_t		 wrap_nblocks(const struct wrap *);
size_t		 wrap_nrows(struct wrap *, size_t block);
/* The bytes [*START, *END) of row POS, the line ending excluded. */
void		 wrap_row(struct wrap *, const struct wrap_pos *,
		    size_t *start, size_t *end);
/* The row that shows byte OFF (bytes of a line ending belong to the last
 * row of their line; past the end: the last row). */
void		 wrap_find(struct wrap *, size_t off, struct wrap_pos *);
/* Moves POS by N rows (negative: up), stopping at the first or last row.
 * Returns the rows actually moved. */
long		 wrap_move(struct wrap *, struct wrap_pos *, long n);
/* Rows from A down to B, or LIMIT + 1 when B is more than LIMIT rows below
 * A, or -1 when B is above A. */
long		 wrap_distance(struct wrap *, const struct wrap_pos *a,
		    const struct wrap_pos *b, long limit);
/* <0, 0, >0 as A is above, at or below B. */
int		 wrap_cmp(const struct wrap_pos *, const struct wrap_pos *);
/* The first and last rows of the text. */
void		 wrap_first(struct wrap *, struct wrap_pos *);
void		 wrap_last(struct wrap *, struct wrap_pos *);
/* The byte offset of the cell at column COL of row POS (the row's end when
 * COL is past its last cell). */
size_t		 wrap_offset_at(struct wrap *, const struct wrap_pos *, int col);

#endif
