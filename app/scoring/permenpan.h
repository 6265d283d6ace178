#pragma once

// PermenPANRB 6/2022 (with SE MenPANRB 3/2023) in one include: ratings and the
// predikat matrix (rating.h), the BerAKHLAK values (berakhlak.h) and the
// distribution pattern check (distribution.h).
#include "scoring/berakhlak.h"
#include "scoring/distribution.h"
#include "scoring/rating.h"
