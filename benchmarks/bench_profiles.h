// Inputs shared by the benchmarks: the built-in catalogue with extra models, and a realistic profile.
#pragma once

#include "catalogue.h"
#include "profile.h"

namespace splitbench::bench {

/// The built-in catalogue with custom models appended until it has `models` models (at least 2). Each
/// extra model is a copy of co-managed with provider shares moved part of the way towards fully managed,
/// so the models differ and the engine does real work for each.
Catalogue catalogueWithModels(int models);

/// The "growing agency" example (a close call, so analyses find breakevens), sized for `catalogue`.
Profile closeCallProfile(const Catalogue &catalogue);

} // namespace splitbench::bench
