#include "grades.h"

#include <algorithm>
#include <iterator>

namespace kinerja::demo {

namespace {

constexpr int kLadder[] = {11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45};
constexpr int kLadderSize = static_cast<int>(std::size(kLadder));

} // namespace

int gradeIndex(int pnsCode)
{
    for (int i = 0; i < kLadderSize; ++i) {
        if (kLadder[i] >= pnsCode)
            return i;
    }
    return kLadderSize - 1;
}

int gradeAt(int index)
{
    return kLadder[std::clamp(index, 0, kLadderSize - 1)];
}

void gradeRangeFor(Jenjang jenjang, int *lo, int *hi)
{
    switch (jenjang) {
    case Jenjang::AhliPertama:
    case Jenjang::Mahir:
        *lo = 31;
        *hi = 32;
        return;
    case Jenjang::AhliMuda:
    case Jenjang::Penyelia:
        *lo = 33;
        *hi = 34;
        return;
    case Jenjang::AhliMadya:
        *lo = 41;
        *hi = 43;
        return;
    case Jenjang::AhliUtama:
    case Jenjang::JptUtama:
    case Jenjang::JptMadya:
        *lo = 44;
        *hi = 45;
        return;
    case Jenjang::JptPratama:
        *lo = 43;
        *hi = 44;
        return;
    case Jenjang::Terampil:
        *lo = 23;
        *hi = 24;
        return;
    case Jenjang::Pemula:
        *lo = 21;
        *hi = 21;
        return;
    case Jenjang::None:
        break;
    }
    *lo = 21;
    *hi = 32;
}

Jenjang jenjangForGrade(bool keahlian, int pnsCode)
{
    if (keahlian) {
        if (pnsCode <= 32)
            return Jenjang::AhliPertama;
        if (pnsCode <= 34)
            return Jenjang::AhliMuda;
        if (pnsCode <= 43)
            return Jenjang::AhliMadya;
        return Jenjang::AhliUtama;
    }
    if (pnsCode <= 24)
        return Jenjang::Terampil;
    if (pnsCode <= 32)
        return Jenjang::Mahir;
    return Jenjang::Penyelia;
}

} // namespace kinerja::demo
