/*
 * The simulator's log (sim_log.c): esp_log_write and the capture behind i2s_sim_last_log. It depends on
 * nothing else in the simulator; the clock it stamps lines with is plugged in as a callback.
 */
#pragma once

#include <stdint.h>

/* Virtual microseconds printed in front of each line (NULL: 0). */
typedef uint64_t (*sim_log_clock_fn)(void);
void sim_log_set_clock(sim_log_clock_fn now_us);
/* Forgets captured messages and sets the level back to quiet. */
void sim_log_reset(void);
