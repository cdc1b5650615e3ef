/* sig.h: ending the process by a signal, as its parent should see it. */
#ifndef CD_SIG_H
#define CD_SIG_H

/* Gives SIG its default action, unblocks it and raises it, so that the
 * process ends as signalled by SIG (a shell's "$?" is 128 + SIG). Returns
 * only when that default action is not to end the process. Safe in a
 * signal handler. */
void	sig_reraise(int sig);

#endif
