#pragma once

#include <QString>

namespace kinerja::cli {

class Console;

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

// The progress of a long command: "Printing: 42%" rewritten in place on stderr when it
// is a terminal. Returns false once Ctrl-C was pressed, so the job stops and rolls back.
// Ends the line when destroyed.
class ProgressLine {
public:
    // `text` holds %1 for the percent, already translated.
    ProgressLine(Console &console, QString text);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool operator()(int done, int total);

private:
    Console &m_console;
    QString m_text;
    bool m_show;
    int m_shown = -1;
};

} // namespace kinerja::cli
