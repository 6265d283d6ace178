#pragma once

#include <QtGlobal>

namespace kinerja::bench {

// The process's peak resident memory so far, in KB (Linux; 0 elsewhere).
qint64 peakKb();

// Gives freed memory back and resets the peak to the current resident size, so that
// the growth measured next is the next step's own.
void resetPeak();

} // namespace kinerja::bench
