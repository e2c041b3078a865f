// The printable one-page questionnaire a workshop's facilitator hands a participant: every trait with its end
// labels on a 0–100 scale to mark, room for a note, and 0–10 boxes for how much each dimension matters.
#pragma once

#include "profile.h"
#include "report_page.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// The questionnaire's drawing on one page of `paper` (device pixels of `device`, at `dpi`) for participant
/// `participant` of `workshop` (-1: a blank line for the name). Fonts shrink, within limits, until it fits one
/// page; `fits` (when given) says whether it did.
[[nodiscard]] std::vector<ReportItem> questionnaireItems(const Catalogue &catalogue, const Profile &workshop,
                                                         int participant, const QRectF &paper, double dpi,
                                                         QPaintDevice *device, bool *fits = nullptr);
/// The questionnaire as a one-page PDF (300 dpi, fonts embedded); `pageCount` receives the page count.
[[nodiscard]] QByteArray questionnairePdf(const Catalogue &catalogue, const Profile &workshop, int participant,
                                          const QPageSize &pageSize = QPageSize(QPageSize::A4),
                                          int *pageCount = nullptr);
/// Writes questionnairePdf() to `path` atomically. Returns an empty string on success, otherwise a message
/// naming the file and the problem (the workbench's menu action and `splitbench-cli questionnaire` call it).
[[nodiscard]] QString exportQuestionnaire(const QString &path, const Catalogue &catalogue, const Profile &workshop,
                                          int participant, const QPageSize &pageSize = QPageSize(QPageSize::A4));

} // namespace splitbench::report
