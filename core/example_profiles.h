// The example organisations shipped with the program (resources/examples), for presets and tests.
#pragma once

#include "profile.h"

#include <QStringList>

namespace splitbench {

struct ExampleProfile {
    QString resourcePath; ///< e.g. ":/splitbench/examples/small-office.splitbench.json"
    Profile profile;
};

/// Every built-in example, loaded against `catalogue`, sorted by file name. Invalid examples are skipped
/// with a logged error (the test suite checks that none are).
std::vector<ExampleProfile> builtInExamples(const Catalogue &catalogue);
/// The same examples with their names and notes in `language` (resources/examples/<language>/), or the
/// English ones where there is no translation. Trait values and weights are the same in every language.
std::vector<ExampleProfile> builtInExamples(const Catalogue &catalogue, const QString &language);

} // namespace splitbench
