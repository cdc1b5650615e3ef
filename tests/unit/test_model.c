/* test_model.c: placeholder */
#include "t.h"
int main(void) { return T_DONE(); }
