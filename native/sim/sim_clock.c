/*
 * The virtual CPU of the simulator: one fair, recursive lock that serialises every exported call (as if
 * all tasks ran on one core and no call were preempted), and the virtual clock in microseconds. The
 * lock is what makes concurrent use from several threads safe (see "Threads" in i2s_sim.h).
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdatomic.h>

#include "sim_clock.h"
#include "sim_log.h"

/* A ticket lock: a mutex and a condition variable that admit callers in the order they arrived, so a
 * thread that calls in a loop (reading, say) cannot starve another that wants to disable or delete the
 * channel. The thread-local depth makes it recursive. */
static pthread_mutex_t s_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t s_turn = PTHREAD_COND_INITIALIZER;
static uint64_t s_next_ticket, s_serving;
static bool s_log_clock_set;
static _Thread_local unsigned s_depth;
/* Written under the lock; read without it by log lines the application writes itself. */
static _Atomic uint64_t s_now_us;
static uint32_t s_call_cost_us;

void sim_enter(void)
{
    if (s_depth > 0U) {
        s_depth++;
        return;
    }
    (void)pthread_mutex_lock(&s_mutex);
    uint64_t ticket = s_next_ticket++;
    while (ticket != s_serving) {
        (void)pthread_cond_wait(&s_turn, &s_mutex);
    }
    if (!s_log_clock_set) {
        /* Plug the clock into the log the first time anyone enters (the log calls nothing itself). */
        sim_log_set_clock(sim_clock_now);
        s_log_clock_set = true;
    }
    (void)pthread_mutex_unlock(&s_mutex);
    s_depth = 1;
}

void sim_leave(void)
{
    if (--s_depth > 0U) {
        return;
    }
    (void)pthread_mutex_lock(&s_mutex);
    s_serving++;
    (void)pthread_cond_broadcast(&s_turn);
    (void)pthread_mutex_unlock(&s_mutex);
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
