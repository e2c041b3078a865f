#include "display_text.h"

#include <algorithm>
#include <vector>

namespace splitbench::gui {

QString shortName(const QString &name, int maxCharacters)
{
    if (name.size() <= maxCharacters)
        return name;
    QString cut = name.left(std::max(maxCharacters - 1, 1));
    if (cut.back().isHighSurrogate()) // never split a character outside the Basic Multilingual Plane
        cut.chop(1);
    return cut.trimmed() + QChar(0x2026);
}

QString withShortNames(QString text, const Catalogue &catalogue)
{
    std::vector<QString> names;
    for (const ServiceModel &model : catalogue.models)
        if (model.name.size() > kShortNameLength)
            names.push_back(model.name);
    // Longest first, so a name that contains another is replaced whole.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : names)
        text.replace(name, shortName(name));
    return text;
}

} // namespace splitbench::gui
