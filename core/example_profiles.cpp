#include "example_profiles.h"

#include "logging.h"

#include <QDir>
#include <QFile>

namespace splitbench {

std::vector<ExampleProfile> builtInExamples(const Catalogue &catalogue)
{
    std::vector<ExampleProfile> examples;
    const QDir dir(QStringLiteral(":/splitbench/examples"));
    const QStringList names = dir.entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Loaded<Profile> loaded = Profile::parse(file.readAll(), path, catalogue);
        if (!loaded) {
            log::core()->error("built-in example refused: {}", loaded.error().toString());
            continue;
        }
        examples.push_back({path, std::move(loaded).value()});
    }
    return examples;
}

} // namespace splitbench
