/* utf8.h: UTF-8 validation, decoding and safe display of untrusted text. */
#ifndef CD_UTF8_H
#define CD_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT	0xfffdU		/* U+FFFD, shown for bad bytes */

/*
 * Checks that LEN bytes of S are well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence). Returns 0, or
 * -1 with *BAD (may be NULL) set to the byte offset where the first bad
 * sequence starts. NUL bytes are valid UTF-8 here.
 */
int		 utf8_validate(const char *s, size_t len, size_t *bad);

/*
 * Decodes the code point at S, LEN > 0 bytes being readable. Returns its
 * length in bytes (1 to 4) and stores it in *CP. A bad sequence gives
 * length 1 and *CP = UTF8_REPLACEMENT (a real U+FFFD is 3 bytes long).
 */
size_t		 utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes CP (at most U+10FFFF, no surrogate) to BUF; returns 1 to 4 bytes,
 * or 0 for a code point that cannot be encoded. BUF is not terminated. */
size_t		 utf8_encode(uint32_t cp, char buf[4]);

/* Returns the offset of the code point that ends at POS in S (POS > 0):
 * steps back over at most three continuation bytes. */
size_t		 utf8_prev(const char *s, size_t pos);

/*
 * Whether CP may never reach the terminal as it is: C0 controls other than
 * tab and newline (ESC, CR, NUL...), DEL, the C1 controls U+0080-U+009F and
 * what utf8_is_invisible() says.
 */
int		 utf8_is_unsafe(uint32_t cp);
/*
 * Whether CP is a format character or a default-ignorable code point that
 * a terminal draws as nothing (or obeys): bidi controls, zero-width spaces
 * and joiners, the soft hyphen, the Arabic letter mark, word joiner, BOM,
 * interlinear annotations, tags. Shown as placeholders, they cannot hide
 * text or shift what follows. Variation selectors (U+FE00-U+FE0F, U+E0100-
 * U+E01EF) are left alone: they only choose the look of the character
 * before them.
 */
int		 utf8_is_invisible(uint32_t cp);

/* The longest placeholder, its NUL included ("<U+10FFFF>"). */
#define UTF8_PLACEHOLDER_MAX	12

/*
 * Returns an allocated, NUL-terminated copy of LEN bytes of S that is safe to
 * write to a terminal: each unsafe code point (utf8_is_unsafe()) becomes a
 * visible placeholder, caret notation for C0 and DEL ("^[", "^M", "^?") and
 * "<U+009B>" for the others; each bad byte becomes U+FFFD. Tab and newline
 * are kept, so callers pass lines without their CR. The caller frees it.
 */
char		*utf8_sanitize(const char *s, size_t len);

/*
 * Display width of CP as utf8_sanitize() would show it: the placeholder's
 * width for an unsafe code point, 0 for newline and combining marks, 1 for
 * tab (callers expand tabs themselves) and for what wcwidth(3) does not know,
 * else wcwidth(3). Wide characters need a UTF-8 LC_CTYPE (setlocale(3)).
 */
int		 utf8_cpwidth(uint32_t cp);

/* Display width of LEN bytes of S once sanitised: the sum of utf8_cpwidth()
 * over its code points, a bad byte counting 1. */
size_t		 utf8_width(const char *s, size_t len);

/*
 * White space, as claimdesk counts it everywhere (sentence text, claim
 * matching, anchoring): ASCII space, tab, LF, VT, FF and CR, and the
 * Unicode spaces U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
 * U+205F and U+3000.
 */
int		 utf8_is_space(uint32_t cp);
/* Whether CP is an ASCII digit, 0 to 9. */
int		 utf8_is_digit(uint32_t cp);
/* The length of the white-space character that starts the N > 0 bytes at
 * S, or 0 when it is none. */
size_t		 utf8_space_len(const char *s, size_t n);
/* POS moved back over the white space that ends S's bytes [LO, POS); LO
 * and POS on character boundaries. */
size_t		 utf8_space_before(const char *s, size_t lo, size_t pos);
/* The ASCII part of it, for byte-by-byte scans. */
#define UTF8_ASCII_SPACE(c) \
	((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))
/* CP with its typography folded: curly, low and prime quotes to ' or ",
 * guillemets to ", dashes and the minus sign to -, others as they are. */
uint32_t	 utf8_typo_cp(uint32_t cp);
/*
 * S (NUL-terminated, white space collapsed to single spaces) with its
 * typography folded, to compare texts that differ in nothing else: each
 * character by utf8_typo_cp(), a dash with no space around it, "..." for
 * an ellipsis, no comma in "8,000" (one before three digits that end the
 * number). Allocated.
 */
char		*utf8_fold_typography(const char *s);
/* Letter case, as utf8_case() tells it. */
enum utf8_case {
	UTF8_OTHER,
	UTF8_LOWER,
	UTF8_UPPER,
	UTF8_DIGIT		/* a digit or a currency sign */
};

/* The letter case of CP in the scripts English news quotes (Latin with its
 * extensions A, Greek, Cyrillic); digits and currency signs ($, U+00A3,
 * U+00A5, U+20A0-U+20CF) count as digits, all else as UTF8_OTHER. */
enum utf8_case	 utf8_case(uint32_t cp);

/* utf8_case() of an ASCII CP, inline for the scans that call it on every
 * character. */
static inline enum utf8_case
utf8_case_ascii(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return UTF8_DIGIT;
	if (cp >= 'a' && cp <= 'z')
		return UTF8_LOWER;
	if (cp >= 'A' && cp <= 'Z')
		return UTF8_UPPER;
	return cp == '$' ? UTF8_DIGIT : UTF8_OTHER;
}

#endif
