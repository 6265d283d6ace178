#include "interrupt.h"

#include <csignal>

namespace kinerja::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void onSignal(int)
{
    g_interrupted = 1;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = 0;
    m_previousInt = std::signal(SIGINT, onSignal);
    m_previousTerm = std::signal(SIGTERM, onSignal);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previousInt == SIG_ERR ? SIG_DFL : m_previousInt);
    std::signal(SIGTERM, m_previousTerm == SIG_ERR ? SIG_DFL : m_previousTerm);
}

bool InterruptGuard::interrupted()
{
    return g_interrupted != 0;
}

} // namespace kinerja::cli
