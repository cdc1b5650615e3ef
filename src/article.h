/* article.h: an article's bytes, loaded safely, and its title. */
#ifndef CD_ARTICLE_H
#define CD_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#define ARTICLE_MAX_SIZE	((size_t)64 << 20)	/* default --max-size */

struct article {
	char	*path;		/* as given ("-" for standard input); owned */
	char	*name;		/* file name without directories; owned */
	char	*text;		/* the file's bytes, NUL-terminated; owned;
				   NULL once a doc that needs only its
				   sentences dropped it (DOC_DROP_TEXT) */
	size_t	 len;		/* bytes in text, the terminating NUL excluded */
	size_t	 body;		/* offset of the first byte after a BOM (0 or 3) */
};

/*
 * Reads PATH ("-": standard input) and validates it: a regular file (or
 * stdin, or a pipe or device read to its end; a named pipe with no writer
 * reads as empty rather than blocking the open), at most MAX_SIZE bytes,
 * no NUL byte, valid UTF-8. Returns a new
 * article the caller frees with article_free(), or NULL with *CAUSE set to an
 * allocated message without the file name ("not UTF-8 at byte 1234",
 * "binary file (NUL at byte 12)", "is a directory", strerror text...).
 */
struct article	*article_load(const char *path, size_t max_size, char **cause);

/* As article_load() on LEN bytes already in memory, copied; NAME stands for
 * the path. */
struct article	*article_from_bytes(const char *name, const char *bytes,
		    size_t len, size_t max_size, char **cause);

/* As article_from_bytes() on BUF, LEN bytes with room for one more, which
 * the article takes without a copy (a large article is not held twice);
 * BUF is freed on failure. */
struct article	*article_take(const char *name, char *buf, size_t len,
		    size_t max_size, char **cause);

void		 article_free(struct article *);

/*
 * Reads PATH ("-": standard input) as article_load() does, without
 * checking what the bytes are. Returns an allocated buffer of *LEN bytes
 * plus a terminating NUL, or NULL with *CAUSE (a directory, too big,
 * strerror text); *LEN is then over MAX_SIZE when it was too big.
 */
char		*article_read(const char *path, size_t max_size, size_t *len,
		    char **cause);

/* The message for input over the --max-size limit MAX_SIZE bytes, without
 * the file name: "larger than 64 MiB (see --max-size)". Allocated. */
char		*article_too_big(size_t max_size);

/* The FNV-1a 64 hash of LEN bytes, as a revision's hash: computed where
 * it is needed only (an unchanged article, compared byte for byte, needs
 * none). */
uint64_t	 article_hash(const char *bytes, size_t len);

#endif
