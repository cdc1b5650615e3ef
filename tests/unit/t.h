/* t.h: the few assertions the unit tests share; each test file is a program. */
#ifndef CD_T_H
#define CD_T_H

#include <stdio.h>
#include <string.h>

static int t_failed;
static int t_checks;

#define T_FAIL(...) do {						\
	t_failed++;							\
	fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);			\
	fprintf(stderr, __VA_ARGS__);					\
	fputc('\n', stderr);						\
} while (0)

#define T_OK(c) do {							\
	t_checks++;							\
	if (!(c))							\
		T_FAIL("expected %s", #c);				\
} while (0)

#define T_INT(a, b) do {						\
	long long t_a_ = (long long)(a), t_b_ = (long long)(b);		\
	t_checks++;							\
	if (t_a_ != t_b_)						\
		T_FAIL("%s == %lld, expected %lld", #a, t_a_, t_b_);	\
} while (0)

#define T_STR(a, b) do {						\
	const char *t_a_ = (a), *t_b_ = (b);				\
	t_checks++;							\
	if (t_a_ == NULL || t_b_ == NULL ? t_a_ != t_b_ :		\
	    strcmp(t_a_, t_b_) != 0)					\
		T_FAIL("%s == \"%s\", expected \"%s\"", #a,		\
		    t_a_ ? t_a_ : "(null)", t_b_ ? t_b_ : "(null)");	\
} while (0)

/* Runs one test function and reports it by name. */
#define T_RUN(fn) do {							\
	int t_before_ = t_failed;					\
	fn();								\
	printf("%s %s\n", t_failed == t_before_ ? "ok" : "not ok", #fn); \
} while (0)

/* The exit status automake's harness reads. */
#define T_DONE() (printf("%d checks, %d failed\n", t_checks, t_failed),	\
	t_failed == 0 ? 0 : 1)

#endif
