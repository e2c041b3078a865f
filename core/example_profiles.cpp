#include "example_profiles.h"

#include "logging.h"

#include <QDir>
#include <QFile>

namespace splitbench {

namespace {
std::vector<ExampleProfile> examplesIn(const Catalogue &catalogue, const QDir &dir)
{
    std::vector<ExampleProfile> examples;
    const QStringList names = dir.entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        // read-ok: the examples are resources compiled into the program, not files on disk
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Loaded<Profile> loaded = Profile::parse(file.readAll(), path, catalogue);
        if (!loaded) {
            log::core()->error("built-in example refused: {}", loaded.error().logText());
            continue;
        }
        examples.push_back({path, std::move(loaded).value()});
    }
    return examples;
}
} // namespace

std::vector<ExampleProfile> builtInExamples(const Catalogue &catalogue)
{
    return examplesIn(catalogue, QDir(QStringLiteral(":/splitbench/examples")));
}

std::vector<ExampleProfile> builtInExamples(const Catalogue &catalogue, const QString &language)
{
    const QDir translated(QStringLiteral(":/splitbench/examples/%1").arg(language));
    if (language.isEmpty() || language == QLatin1String("en") || !translated.exists())
        return builtInExamples(catalogue);
    return examplesIn(catalogue, translated);
}

} // namespace splitbench
