#pragma once

#include "names.h"

#include <array>
#include <vector>

namespace kinerja::demo {

// A kabupaten the demo can be set in: its kecamatan (the capital's first), place
// names for kelurahan and extra puskesmas, and the mix of naming traditions.
struct District {
    const char *name;     // "Sumba Timur"
    const char *hospital; // RSUD name: "Umbu Rara Meha"
    std::vector<const char *> kecamatan;
    std::vector<const char *> places;
    std::array<int, kEthnicityCount> ethnicWeights; // in Ethnicity order
};

const std::vector<District> &districts();

} // namespace kinerja::demo
