#include "interrupt.h"

#include "console.h"

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

ProgressLine::ProgressLine(Console &console, QString text)
    : m_console(console), m_text(std::move(text)), m_show(console.errIsTerminal())
{
}

ProgressLine::~ProgressLine()
{
    if (m_shown >= 0)
        m_console.err(QStringLiteral("\n"));
}

bool ProgressLine::operator()(int done, int total)
{
    if (InterruptGuard::interrupted())
        return false;
    const int percent = total > 0 ? static_cast<int>(qint64(done) * 100 / total) : 100;
    if (m_show && percent != m_shown) {
        m_console.err(QLatin1Char('\r') + m_text.arg(percent));
        m_shown = percent;
    }
    return true;
}

} // namespace kinerja::cli
