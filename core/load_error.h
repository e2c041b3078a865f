// Describes why a catalogue or profile file was refused: which file, where in it, and what is wrong.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace splitbench {

/// A problem found while reading an input file, reported as a value rather than thrown to callers.
struct LoadError {
    QString file;    ///< Path or label of the file that was read ("<built-in catalogue>" for resources).
    QString place;   ///< JSON path inside the file, e.g. `dimensions[4].activities[2].name`; empty for whole-file problems.
    QString message; ///< What is wrong, in plain words.
    /// The problem as the log records it, when `message` quotes the file (an unknown key, an invalid id,
    /// `written_by`): in the program's own words only. Empty when `message` quotes nothing from the file.
    QString logMessage = {};

    /// "file: place: message", the form used on stderr and in dialogs.
    [[nodiscard]] QString toString() const;
    /// "file: place: problem" for the log, which never holds a file's contents: `logMessage` instead of a
    /// message that quotes the file, a place segment that is not a plain id (a key from the file) as "…",
    /// and control characters escaped.
    [[nodiscard]] QString logText() const;
};

/// Either a loaded value or the error that prevented loading it.
template <typename T>
class Loaded {
public:
    Loaded(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor): natural for returns
    Loaded(LoadError error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    [[nodiscard]] T &&value() && { return std::move(*m_value); }
    [[nodiscard]] const LoadError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    LoadError m_error;
};

} // namespace splitbench
