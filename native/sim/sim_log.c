/*
 * Host implementations of esp_get_idf_version, esp_err_to_name, ESP_ERROR_CHECK's failure path and esp_log_write, plus the
 * simulator's capture of the last driver error/warning (tests compare it with ESP-IDF's messages). It has a lock of
 * its own (the application may log from any thread) and takes the time for its lines from a plugged-in clock.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esp_idf_version.h"
#include "esp_err.h"
#include "esp_log.h"
#include "i2s_sim.h"
#include "sim_log.h"

const char *esp_get_idf_version(void)
{
    return "v5.5.1";
}

typedef struct {
    esp_err_t code;
    const char *name;
} err_name_t;

static const err_name_t s_err_names[] = {
    {ESP_OK, "ESP_OK"},
    {ESP_FAIL, "ESP_FAIL"},
    {ESP_ERR_NO_MEM, "ESP_ERR_NO_MEM"},
    {ESP_ERR_INVALID_ARG, "ESP_ERR_INVALID_ARG"},
    {ESP_ERR_INVALID_STATE, "ESP_ERR_INVALID_STATE"},
    {ESP_ERR_INVALID_SIZE, "ESP_ERR_INVALID_SIZE"},
    {ESP_ERR_NOT_FOUND, "ESP_ERR_NOT_FOUND"},
    {ESP_ERR_NOT_SUPPORTED, "ESP_ERR_NOT_SUPPORTED"},
    {ESP_ERR_TIMEOUT, "ESP_ERR_TIMEOUT"},
    {ESP_ERR_INVALID_RESPONSE, "ESP_ERR_INVALID_RESPONSE"},
    {ESP_ERR_INVALID_CRC, "ESP_ERR_INVALID_CRC"},
    {ESP_ERR_INVALID_VERSION, "ESP_ERR_INVALID_VERSION"},
    {ESP_ERR_INVALID_MAC, "ESP_ERR_INVALID_MAC"},
    {ESP_ERR_NOT_FINISHED, "ESP_ERR_NOT_FINISHED"},
    {ESP_ERR_NOT_ALLOWED, "ESP_ERR_NOT_ALLOWED"},
};

const char *esp_err_to_name(esp_err_t code)
{
    for (size_t i = 0; i < sizeof(s_err_names) / sizeof(s_err_names[0]); i++) {
        if (s_err_names[i].code == code) {
            return s_err_names[i].name;
        }
    }
    return "ERROR";
}

const char *esp_err_to_name_r(esp_err_t code, char *buf, size_t buflen)
{
    if (!buf || buflen == 0) {
        return buf;
    }
    const char *name = esp_err_to_name(code);
    if (strcmp(name, "ERROR") != 0) {
        snprintf(buf, buflen, "%s", name);
    } else {
        snprintf(buf, buflen, "ERROR 0x%x(%d)", (unsigned)code, code);
    }
    return buf;
}

void _esp_error_check_failed(esp_err_t rc, const char *file, int line, const char *function, const char *expression)
{
    fprintf(stderr, "ESP_ERROR_CHECK failed: esp_err_t 0x%x (%s) at %s:%d in %s\nexpression: %s\n",
            (unsigned)rc, esp_err_to_name(rc), file, line, function, expression);
    abort();
}

static pthread_mutex_t s_lock = PTHREAD_MUTEX_INITIALIZER;
static sim_log_clock_fn s_clock;
static int s_level = ESP_LOG_NONE;
static char s_last[512];
static size_t s_last_len;
/* Error/warning lines since the last clear, '\n'-separated; the oldest half is dropped when full. */
static char s_history[8192];
static size_t s_history_len;
/* Errors the simulator itself reported (tag "i2s_sim") since the last clear; the history may have dropped them. */
static uint32_t s_sim_errors;

static void history_append(const char *line, size_t len)
{
    if (len + 1U >= sizeof(s_history)) {
        return;
    }
    if (s_history_len + len + 1U >= sizeof(s_history)) {
        size_t cut = s_history_len / 2U;
        memmove(s_history, s_history + cut, s_history_len - cut);
        s_history_len -= cut;
    }
    memcpy(s_history + s_history_len, line, len);
    s_history_len += len;
    s_history[s_history_len++] = '\n';
    s_history[s_history_len] = '\0';
}

void sim_log_set_clock(sim_log_clock_fn now_us)
{
    (void)pthread_mutex_lock(&s_lock);
    s_clock = now_us;
    (void)pthread_mutex_unlock(&s_lock);
}

int i2s_sim_log_contains(const char *text)
{
    (void)pthread_mutex_lock(&s_lock);
    int found = text && strstr(s_history, text) != NULL;
    (void)pthread_mutex_unlock(&s_lock);
    return found;
}

void esp_log_level_set(const char *tag, esp_log_level_t level)
{
    (void)tag;
    i2s_sim_set_log_level((int)level);
}

void i2s_sim_set_log_level(int level)
{
    (void)pthread_mutex_lock(&s_lock);
    s_level = level;
    (void)pthread_mutex_unlock(&s_lock);
}

void esp_log_write(esp_log_level_t level, const char *tag, const char *format, ...)
{
    char msg[sizeof(s_last)];
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(msg, sizeof(msg), format, ap);
    va_end(ap);
    if (n < 0) {
        return;
    }
    (void)pthread_mutex_lock(&s_lock);
    if (level == ESP_LOG_ERROR || level == ESP_LOG_WARN) {
        int m = snprintf(s_last, sizeof(s_last), "%s: %s", tag ? tag : "", msg);
        s_last_len = m < 0 ? 0 : (size_t)m;
        if (s_last_len >= sizeof(s_last)) {
            s_last_len = sizeof(s_last) - 1;
        }
        history_append(s_last, s_last_len);
        if (level == ESP_LOG_ERROR && tag && strcmp(tag, "i2s_sim") == 0) {
            s_sim_errors++;
        }
    }
    if ((int)level <= s_level && level != ESP_LOG_NONE) {
        static const char letters[] = "NEWIDV";
        unsigned long long now = s_clock ? (unsigned long long)s_clock() : 0ULL;
        fprintf(stderr, "%c (%llu) %s: %s\n", letters[level], now, tag ? tag : "", msg);
    }
    (void)pthread_mutex_unlock(&s_lock);
}

uint32_t i2s_sim_last_log(char *buf, uint32_t len)
{
    (void)pthread_mutex_lock(&s_lock);
    if (buf && len > 0) {
        size_t n = s_last_len < len - 1U ? s_last_len : len - 1U;
        memcpy(buf, s_last, n);
        buf[n] = '\0';
    }
    uint32_t full = (uint32_t)s_last_len;
    (void)pthread_mutex_unlock(&s_lock);
    return full;
}

void i2s_sim_clear_log(void)
{
    (void)pthread_mutex_lock(&s_lock);
    s_last[0] = '\0';
    s_last_len = 0;
    s_history[0] = '\0';
    s_history_len = 0;
    s_sim_errors = 0;
    (void)pthread_mutex_unlock(&s_lock);
}

uint32_t i2s_sim_own_error_count(void)
{
    (void)pthread_mutex_lock(&s_lock);
    uint32_t n = s_sim_errors;
    (void)pthread_mutex_unlock(&s_lock);
    return n;
}

void sim_log_reset(void)
{
    i2s_sim_clear_log();
    i2s_sim_set_log_level(ESP_LOG_NONE);
}
