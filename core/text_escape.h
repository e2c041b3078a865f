// Makes text from files safe to print: control characters a terminal or a log reader would act on become visible escapes.
#pragma once

#include <QString>

namespace splitbench {

/// Which layout characters escapeControlCharacters() leaves alone.
enum class KeepLayout {
    Nothing,          ///< Escape line breaks and tabs too (a name, a log line).
    LineBreaksAndTabs ///< Keep '\n', '\r' and '\t' (a whole text output whose lines are the program's own).
};

/// `text` with every control character written as a visible escape: C0 controls (ESC, BEL, backspace, …)
/// and DEL as `\xHH`, C1 controls (U+0080–U+009F) and the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) as `\uHHHH`. Everything else, including the bidirectional marks LRM and
/// RLM and all printable text in any script, is unchanged. A terminal shown the result never changes its
/// title, clears its screen or reorders the line.
[[nodiscard]] QString escapeControlCharacters(const QString &text, KeepLayout keep = KeepLayout::Nothing);

/// True if escapeControlCharacters() would change `text`.
[[nodiscard]] bool hasControlCharacters(const QString &text, KeepLayout keep = KeepLayout::Nothing);

} // namespace splitbench
