#pragma once

#include <QStringList>

namespace kinerja::cli {

// Parses the global command line and runs the named command.
// `arguments` includes the program name first; returns the exit code.
int dispatch(const QStringList &arguments);

// The whole program: QCoreApplication, translations, dispatch.
int runCli(int &argc, char **argv);

} // namespace kinerja::cli
