/* json.h: writing JSON strings and values to a stdio stream. */
#ifndef CD_JSON_H
#define CD_JSON_H

#include <stddef.h>
#include <stdio.h>

/* Writes S (LEN bytes of UTF-8) as a quoted JSON string: quotes,
 * backslashes and control characters (C1 too) escaped, and "<", ">", "&",
 * the bidi overrides and isolates, U+2028 and U+2029 as \u escapes, so that
 * the text is safe inside HTML and JavaScript and on a terminal. Invalid
 * UTF-8 bytes become U+FFFD. */
void	json_string(FILE *, const char *s, size_t len);
/* json_string() of a NUL-terminated string; NULL is written as null. */
void	json_str(FILE *, const char *s);
/* Object members with string values (NULL ones written as null): for each
 * pair of arguments KEY, VALUE until a NULL KEY, SEP then "KEY": VALUE. */
void	json_members(FILE *, const char *sep, ...);

#endif
