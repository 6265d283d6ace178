#pragma once

namespace kinerja::ui {

// The whole GUI program: application object, command line (--db FILE),
// translations, opening the database, the main window and the event loop.
// app/main.cpp only calls this.
int runApplication(int &argc, char **argv);

} // namespace kinerja::ui
