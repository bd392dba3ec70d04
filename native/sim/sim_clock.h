/*
 * The simulator's one virtual CPU (sim_clock.c): the lock every public entry point holds, and the
 * virtual clock. Bottom of the core: it calls nothing else in the simulator.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "freertos/FreeRTOS.h"

/* Microseconds per FreeRTOS tick. */
#define SIM_TICK_US (1000000ULL / (uint64_t)configTICK_RATE_HZ)

/* A wait of this many ticks never times out (portMAX_DELAY). */
#define SIM_WAIT_FOREVER UINT64_MAX

/* The simulator lock: fair (first come, first served) and recursive, so a source or sink callback may
 * call the simulator again on its own thread. Every exported function takes it for its whole run:
 * calls are atomic in virtual time. */
void sim_enter(void);
void sim_leave(void);
/* True inside a call made from a source/sink callback, i.e. while this thread already runs a call:
 * such a call must not free what the outer call is using. */
bool sim_nested(void);

uint64_t sim_clock_now(void);
/* Moves the clock forward by us. */
void sim_clock_advance(uint64_t us);
/* Virtual time charged to every data-path call (i2s_sim_set_call_cost_us). */
void sim_clock_set_call_cost(uint32_t us);
void sim_clock_charge_call(void);
/* Clock and call cost back to 0. */
void sim_clock_reset(void);
