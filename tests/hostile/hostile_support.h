// Helpers for the tests of hostile text: names that look like format strings, markup, control characters,
// bidirectional overrides or are very long, in profiles written for the test.
#pragma once

#include "catalogue.h"
#include "fit_engine.h"
#include "profile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace splitbench::test {

/// Model names no output may misread: placeholders of QString::arg(), markup, control characters (ESC
/// sequences that retitle and clear a terminal, BEL, DEL, a C1 control), a right-to-left override, and a
/// long name full of placeholders.
QStringList hostileModelNames();
/// A profile name with placeholders and an ESC sequence.
QString hostileProfileName();

/// The default profile with one custom model per name, each with its own provider shares (so every model
/// has a different fit), on the built-in catalogue.
Profile profileWithModels(const QStringList &names);

/// The built-in catalogue with the profile's custom models, and the scores the outputs must show.
struct Expected {
    Catalogue catalogue;
    FitResult result;
    /// The overall fit of model `m` as every output prints it (one decimal, ".").
    [[nodiscard]] QString overall(int m) const;
    [[nodiscard]] QString margin() const;
    [[nodiscard]] QString name(int m) const;
    /// The engine's summary sentence, put together here by concatenation (no format string involved).
    [[nodiscard]] QString summary() const;
};
Expected expectedFor(const Profile &profile);

/// Runs a program and returns its exit code (-1 if it did not finish), standard output and error.
struct ProgramRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QStringList &environment = {});

/// Reads a whole file; empty when it cannot be read.
QByteArray readAll(const QString &path);

} // namespace splitbench::test
