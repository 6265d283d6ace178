#pragma once

namespace kinerja::cli {

// Ctrl-C (SIGINT) and SIGTERM set a flag instead of killing the process, so a
// long command can roll back and clean up before it exits.
class InterruptGuard {
public:
    InterruptGuard();  // installs the handlers and clears the flag
    ~InterruptGuard(); // restores the previous handlers
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    static bool interrupted();

private:
    using Handler = void (*)(int);
    Handler m_previousInt = nullptr;
    Handler m_previousTerm = nullptr;
};

} // namespace kinerja::cli
