/* rusage.c: runs a command and writes its wall time and peak RSS (bench). */

/*
 * usage: rusage OUTFILE COMMAND [ARG...]
 *
 * Writes "WALL_SECONDS MAXRSS_KB USER_SECONDS SYS_SECONDS STATUS" to OUTFILE
 * and exits with the command's status. Why not wait4() from python: a child
 * forked (or vforked) from a big process and then exec'd keeps the parent's
 * high-water RSS in its ru_maxrss; forked from this small program instead,
 * the figure is the command's own.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double
tv(struct timeval t)
{
	return t.tv_sec + t.tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	struct timespec	 t0, t1;
	struct rusage	 ru;
	FILE		*f;
	pid_t		 pid;
	int		 status, code;

	if (argc < 3) {
		fprintf(stderr, "usage: rusage OUTFILE COMMAND [ARG...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid == -1) {
		perror("rusage: fork");
		return 127;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) == -1) {
		perror("rusage: wait4");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	code = WIFEXITED(status) ? WEXITSTATUS(status) :
	    128 + WTERMSIG(status);
	if ((f = fopen(argv[1], "w")) == NULL) {
		perror(argv[1]);
		return 127;
	}
	fprintf(f, "%.6f %ld %.6f %.6f %d\n", (t1.tv_sec - t0.tv_sec) +
	    (t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss, tv(ru.ru_utime),
	    tv(ru.ru_stime), code);
	fclose(f);
	return code;
}
