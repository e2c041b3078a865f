// Bookmarks and document information for the report's PDF, added with qpdf: Qt's PDF writer makes neither.
#pragma once

// No project header here: pdf_outline.cpp is compiled as C++17 under clang, whose C++20 mode cannot read qpdf 11's
// headers (qpdf/JSON.hh), so it may include only Qt and qpdf.
#include <QByteArray>
#include <QString>

#include <vector>

namespace splitbench::report {

/// One entry of the PDF's outline (the bookmarks pane): a section (level 1) or a dimension under it (level 2).
struct PdfBookmark {
    int level = 1;
    QString title;
    int page = 0;    ///< 0-based.
    double top = 0;  ///< Where the heading starts, in points from the top edge of the page.
};

/// What a PDF viewer shows under "Document properties" besides the title and the creator QPdfWriter sets.
struct PdfInfo {
    QString author;
    QString subject;
};

/// `pdf` with `bookmarks` as its outline (opened in the bookmarks pane) and `info` in its document information.
/// A level-2 bookmark goes under the level-1 bookmark before it. Returns empty bytes and sets `error` when qpdf
/// cannot read or write the document.
[[nodiscard]] QByteArray withOutline(const QByteArray &pdf, const std::vector<PdfBookmark> &bookmarks,
                                     const PdfInfo &info, QString *error);

} // namespace splitbench::report
