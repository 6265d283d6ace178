#pragma once

#include "domain/employee.h"

namespace kinerja::demo {

// PNS grade codes (Grade: 10 * golongan + ruang) as steps of one ladder:
// index 0 = I/a (11) ... 16 = IV/e (45).
int gradeIndex(int pnsCode);
int gradeAt(int index); // clamped to the ladder

// The PNS grades that fit a jenjang (Ahli Muda: III/c-III/d, ...).
void gradeRangeFor(Jenjang jenjang, int *lo, int *hi);
// The jenjang a fungsional of the keahlian or keterampilan ladder holds at `pnsCode`.
Jenjang jenjangForGrade(bool keahlian, int pnsCode);

} // namespace kinerja::demo
