/* Compiled by the legacy_header_warns test, which expects this to FAIL under -Werror: the stand-in
 * driver/i2s.h must emit ESP-IDF's deprecation #warning when the suppress option is not set. */
#include "driver/i2s.h"

int legacy_warning_probe(void);
int legacy_warning_probe(void)
{
    return I2S_NUM_0;
}
