/*
 * The simulator's control API that spans the layers: reset (drivers, ports, clock, log) and the
 * virtual clock as the host sees it. Top of the simulator: nothing calls into this file.
 */
#include "esp_log.h"
#include "i2s_sim.h"
#include "sim_clock.h"
#include "sim_drivers.h"
#include "sim_log.h"
#include "sim_port.h"

void i2s_sim_reset(void)
{
    sim_enter();
    if (sim_nested()) {
        /* From a source/sink callback: the call that runs it still uses the channel. */
        ESP_LOGE("i2s_sim", "i2s_sim_reset from a source/sink callback is ignored");
        sim_leave();
        return;
    }
    sim_std_reset();
    sim_legacy_reset();
    sim_port_reset();
    sim_clock_reset();
    sim_log_reset();
    sim_leave();
}

uint64_t i2s_sim_now_us(void)
{
    sim_enter();
    uint64_t now = sim_clock_now();
    sim_leave();
    return now;
}

void i2s_sim_advance_us(uint64_t microseconds)
{
    sim_enter();
    sim_clock_advance(microseconds);
    /* Run the hardware now so that sinks see played data as time passes. */
    sim_port_catch_up_all();
    sim_leave();
}

void i2s_sim_set_call_cost_us(uint32_t microseconds)
{
    sim_enter();
    sim_clock_set_call_cost(microseconds);
    sim_leave();
}
