/*
 * What the control API (sim_control.c) needs from the two driver front ends.
 */
#pragma once

void sim_std_reset(void);       /* sim_i2s_std.c: deletes every channel */
void sim_legacy_reset(void);    /* sim_i2s_legacy.c: uninstalls every port */
