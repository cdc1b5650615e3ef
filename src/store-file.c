/* store-file.c: the database file looked at before SQLite opens it: what
 * it is, and the schema version it holds, read without changing a byte. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store-int.h"
#include "xmalloc.h"

/*
 * SQLite's file formats, as far as they are read here: the database header
 * is the first 100 bytes of page 1, "SQLite format 3\0" first and
 * PRAGMA user_version big-endian at byte 60. The write-ahead log starts
 * with a 32-byte header (magic, version, page size at 8, checkpoint
 * sequence, salts at 16 and 20, checksums), then frames: 24 bytes (page
 * number, the database size in pages on a commit frame and 0 on others,
 * the salts at 8 and 12, checksums) and a page. A frame belongs to the log
 * while its salts are the header's; a page in the log is the newer one once
 * a commit frame follows it.
 */
#define SQLITE_MAGIC		"SQLite format 3"
#define HEADER_LEN		100
#define USER_VERSION_AT		60
#define WAL_HEADER		32
#define WAL_FRAME_HEADER	24
#define WAL_MAGIC_LE		0x377f0682u
#define WAL_MAGIC_BE		0x377f0683u

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3];
}

/* Reads LEN bytes at OFF of FD; 0, or -1 when there are not so many. */
static int
read_at(int fd, void *buf, size_t len, off_t off)
{
	ssize_t	n;
	size_t	got = 0;

	while (got < len) {
		n = pread(fd, (char *)buf + got, len - got, off + (off_t)got);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		got += (size_t)n;
	}
	return 0;
}

/* The user_version of the newest committed page 1 in the log at PATH, or
 * -1 when the log holds none. */
static int
wal_version(const char *path)
{
	unsigned char	 h[WAL_HEADER], f[WAL_FRAME_HEADER], v[4];
	char		*wal = xasprintf("%s-wal", path);
	uint32_t	 page, salt1, salt2, magic;
	off_t		 off, pending = -1, committed = -1;
	int		 fd;

	fd = open(wal, O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
	free(wal);
	if (fd == -1)
		return -1;
	if (read_at(fd, h, sizeof h, 0) != 0 ||
	    ((magic = be32(h)) != WAL_MAGIC_LE && magic != WAL_MAGIC_BE) ||
	    (page = be32(h + 8)) < 512 || page > 65536) {
		close(fd);
		return -1;
	}
	salt1 = be32(h + 16);
	salt2 = be32(h + 20);
	for (off = WAL_HEADER; read_at(fd, f, sizeof f, off) == 0;
	    off += WAL_FRAME_HEADER + page) {
		if (be32(f + 8) != salt1 || be32(f + 12) != salt2)
			break;
		if (be32(f) == 1)
			pending = off + WAL_FRAME_HEADER;
		if (be32(f + 4) != 0 && pending != -1)
			committed = pending;
	}
	if (committed == -1 || read_at(fd, v, sizeof v, committed +
	    USER_VERSION_AT) != 0) {
		close(fd);
		return -1;
	}
	close(fd);
	return (int)be32(v);
}

int
store_file_check(const char *path, int latest, char **cause)
{
	unsigned char	h[HEADER_LEN];
	struct stat	sb;
	int		fd, version, wv;

	if (stat(path, &sb) != 0)
		return 0;	/* none yet, or SQLite says why */
	if (S_ISDIR(sb.st_mode)) {
		*cause = xstrdup("a directory, not a database");
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		*cause = xasprintf("not a database (a %s): a claimdesk "
		    "database is a regular file", S_ISFIFO(sb.st_mode) ?
		    "FIFO" : S_ISCHR(sb.st_mode) ? "character device" :
		    S_ISBLK(sb.st_mode) ? "block device" : S_ISSOCK(sb.st_mode) ?
		    "socket" : "special file");
		return -1;
	}
	fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
	if (fd == -1)
		return 0;
	if (read_at(fd, h, sizeof h, 0) != 0 ||
	    memcmp(h, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0) {
		close(fd);
		return 0;	/* empty, or not SQLite: SQLite says */
	}
	close(fd);
	version = (int)be32(h + USER_VERSION_AT);
	if ((wv = wal_version(path)) > version)
		version = wv;
	if (version > latest) {
		*cause = xasprintf("made by a newer claimdesk (schema version "
		    "%d; this one knows up to %d): left untouched", version,
		    latest);
		return -1;
	}
	return 0;
}
