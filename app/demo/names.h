#pragma once

#include "domain/nip.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace kinerja::demo {

class Rng;

// Naming traditions the demo draws personal names from.
enum class Ethnicity {
    Javanese,
    Sundanese,
    Minang,
    Malay, // Melayu and general Muslim names
    Bugis,
    Batak,
    Balinese,
    Sasak,
    Sumba,
    Christian, // Christian names of eastern Indonesia (NTT, Manado, Ambon)
};
constexpr int kEthnicityCount = 10;

// Name words of one tradition. Words in the male and female lists mark the
// gender (the demo keeps the two sets disjoint); family words are neutral.
struct NameGroup {
    std::vector<const char *> maleFirst;
    std::vector<const char *> maleSecond;
    std::vector<const char *> femaleFirst;
    std::vector<const char *> femaleSecond;
    std::vector<const char *> family;
    std::vector<const char *> maleMarkers;   // "I", "Lalu", "Umbu", "Muh."
    std::vector<const char *> femaleMarkers; // "Ni", "Luh", "Baiq", "Rambu", "br."
    std::vector<const char *> neutral;       // "Andi", "Wayan", Sumba given names
};

const NameGroup &nameGroup(Ethnicity e);
bool isMuslimTradition(Ethnicity e);

// A full personal name (without gelar) of the given gender.
QString makeName(Rng &rng, Ethnicity e, Gender gender);

// The gender the name's words point to: Unknown when they disagree or none is marked.
Gender genderOfName(const QString &name);
// Every gender-marking word of every tradition (for consistency checks).
QStringList maleNameWords();
QStringList femaleNameWords();

} // namespace kinerja::demo
