/*
 * The port table (sim_port.c): per controller, the RX source, the TX sink, the counters of both
 * directions, which driver holds it, and the DMA rings that exist on it. It wires sources and sinks
 * into the rings and implements the i2s_sim_source_* / i2s_sim_sink_* / i2s_sim_get_stats API.
 */
#pragma once

#include "i2s_sim.h"
#include "sim_dma.h"

/* Which driver holds a controller (ESP-IDF's i2s_platform_acquire_occupation): the new and the legacy
 * driver cannot share a port. */
typedef enum { SIM_OWNER_NONE, SIM_OWNER_STD, SIM_OWNER_LEGACY } sim_owner_t;

sim_owner_t sim_port_owner(int port);
void sim_port_set_owner(int port, sim_owner_t owner);
/* Counters of port+direction, cleared (state NONE) for a new channel or driver. */
i2s_sim_stats_t *sim_port_stats(int port, int dir);
i2s_sim_stats_t *sim_port_clear_stats(int port, int dir);
/* RX: the port's source; TX: the port's sink. */
sim_endpoint_t sim_port_endpoint(int port, int dir);
/* A TX channel went away: make the sink's output complete (WAV header). */
void sim_port_flush_sink(int port);
/* The ring of port+direction exists / is about to be freed: the clock and the stats bring it up to date. */
void sim_port_attach_dma(int port, sim_dma_t *dma);
void sim_port_detach_dma(int port, sim_dma_t *dma);
/* Runs the hardware of every ring up to the virtual clock. */
void sim_port_catch_up_all(void);
/* Releases every source and sink and clears the table (the drivers must have freed their rings). */
void sim_port_reset(void);
