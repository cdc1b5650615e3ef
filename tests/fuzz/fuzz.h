/* fuzz.h: what the fuzz targets share: the libFuzzer entry point. */
#ifndef CD_FUZZ_H
#define CD_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Stops the run (abort) with MESSAGE when COND is false: an invariant the
 * fuzzer found broken. */
void	fuzz_check(int cond, const char *message);

#endif
