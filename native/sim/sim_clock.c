/*
 * The virtual CPU of the simulator: one recursive lock that serialises every exported call (as if all
 * tasks ran on one core and no call were preempted), and the virtual clock in microseconds. The lock
 * is what makes concurrent use from several threads safe (see "Threads" in i2s_sim.h).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "sim_clock.h"
#include "sim_log.h"

static pthread_once_t s_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t s_lock;
static _Thread_local unsigned s_depth;
/* Written under the lock; read without it by log lines the application writes itself. */
static _Atomic uint64_t s_now_us;
static uint32_t s_call_cost_us;

static void init_once(void)
{
    pthread_mutexattr_t attr;
    if (pthread_mutexattr_init(&attr) != 0 || pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE) != 0 ||
            pthread_mutex_init(&s_lock, &attr) != 0) {
        abort(); /* no lock, no safe simulator: nothing sensible to return to the caller */
    }
    (void)pthread_mutexattr_destroy(&attr);
    sim_log_set_clock(sim_clock_now);
}

void sim_enter(void)
{
    (void)pthread_once(&s_once, init_once);
    (void)pthread_mutex_lock(&s_lock);
    s_depth++;
}

void sim_leave(void)
{
    s_depth--;
    (void)pthread_mutex_unlock(&s_lock);
}

bool sim_nested(void)
{
    return s_depth > 1U;
}

uint64_t sim_clock_now(void)
{
    return atomic_load_explicit(&s_now_us, memory_order_relaxed);
}

void sim_clock_advance(uint64_t us)
{
    atomic_store_explicit(&s_now_us, sim_clock_now() + us, memory_order_relaxed);
}

void sim_clock_set_call_cost(uint32_t us)
{
    s_call_cost_us = us;
}

void sim_clock_charge_call(void)
{
    sim_clock_advance(s_call_cost_us);
}

void sim_clock_reset(void)
{
    atomic_store_explicit(&s_now_us, 0, memory_order_relaxed);
    s_call_cost_us = 0;
}
