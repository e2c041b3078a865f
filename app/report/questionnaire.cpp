#include "questionnaire.h"

#include "chart_canvas.h"
#include "output_file.h"
#include "report_flow.h"
#include "report_style.h"
#include "text_escape.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace splitbench::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report", text);
}

constexpr int kResolution = 300;

/// Lays the page out at `scale` (1: the fonts' natural sizes); returns the height it needed. With `canvas`,
/// also draws.
double layOut(const Catalogue &catalogue, const Profile &workshop, int participant, const QRectF &content, double dpi,
              QPaintDevice *device, double scale, ChartCanvas *canvas)
{
    const auto mm = [dpi, scale](double millimetres) { return millimetres * scale * dpi / 25.4; };
    const auto font = [scale](double points, bool bold = false) { return reportFont(points * scale, bold); };
    const QFont title = font(14, true);
    const QFont body = font(8);
    const QFont bold = font(8, true);
    const QFont heading = font(10, true);
    const QFont small = font(6.5);
    const QFont tiny = font(5.5);
    const double width = content.width();
    double y = content.top();
    const auto lines = [&](const TextLines &text, double x, double top, double w, const QColor &colour,
                           Qt::Alignment align = Qt::AlignLeft) {
        if (!canvas)
            return;
        for (size_t i = 0; i < text.lines.size(); ++i)
            canvas->addText(QRectF(x, top + static_cast<double>(i) * text.lineHeight, w, text.lineHeight), text.lines[i],
                            text.font, colour, align | Qt::AlignVCenter);
    };

    // Who and what.
    // Names from files: control characters shown as escapes (a PDF cannot show them).
    const QString workshopName = workshop.name.isEmpty() ? tr("Workshop") : escapeControlCharacters(workshop.name);
    const TextLines titleLines = wrapText(tr("Questionnaire: %1").arg(workshopName), title, width, device, 2);
    lines(titleLines, content.left(), y, width, ink::accent);
    y += titleLines.height() + mm(1.5);
    const bool named = participant >= 0 && participant < static_cast<int>(workshop.participants.size());
    const QString who =
        named ? escapeControlCharacters(workshop.participants[static_cast<size_t>(participant)].label()) : QString();
    const TextLines whoLabel = wrapText(tr("Participant:"), bold, width, device, 1);
    lines(whoLabel, content.left(), y, whoLabel.widest() + 1, ink::text);
    const double whoLeft = content.left() + whoLabel.widest() + mm(2);
    const TextLines whoLines = wrapText(who, body, content.right() - whoLeft, device, 2);
    if (named) {
        lines(whoLines, whoLeft, y, content.right() - whoLeft, ink::text);
    } else if (canvas) {
        canvas->addLine({whoLeft, y + whoLabel.lineHeight}, {content.left() + width * 0.6, y + whoLabel.lineHeight},
                        ink::muted, mm(0.2));
    }
    y += std::max(whoLabel.height(), named ? whoLines.height() : whoLabel.height()) + mm(1.5);
    const TextLines intro = wrapText(
        tr("Mark with a cross where your organisation stands today on each line, between the two descriptions, and "
           "add a note if you like. Then tick how much each area matters to you, from 0 (not at all) to 10 (very "
           "much). Your answers are combined with the other participants' in the workshop."),
        body, width, device);
    lines(intro, content.left(), y, width, ink::text);
    y += intro.height() + mm(3);

    // The traits: name | scale with end labels | note.
    const TextLines traitsHeading = wrapText(tr("Your organisation today"), heading, width, device, 2);
    lines(traitsHeading, content.left(), y, width, ink::accent);
    y += traitsHeading.height() + mm(1);
    const double nameWidth = width * 0.27;
    const double noteWidth = width * 0.22;
    const double scaleLeft = content.left() + nameWidth + mm(5);
    const double scaleRight = content.right() - noteWidth - mm(5);
    const double noteLeft = content.right() - noteWidth;
    const double labelWidth = (scaleRight - scaleLeft + mm(6)) / 2 - mm(1.5);
    const QFontMetricsF tinyMetrics(tiny, device);
    for (size_t t = 0; t < catalogue.traits.size(); ++t) {
        const Trait &trait = catalogue.traits[t];
        const TextLines name = wrapText(trait.name, bold, nameWidth, device, 3);
        const TextLines low = wrapText(trait.lowLabel, small, labelWidth, device, 3);
        const TextLines high = wrapText(trait.highLabel, small, labelWidth, device, 3);
        const double numbers = tinyMetrics.height();
        const double trackY = y + mm(1) + numbers + mm(1.4);
        const double labelsTop = trackY + mm(1.8);
        const double scaleHeight = labelsTop - y + std::max(low.height(), high.height());
        const TextLines noteLabel = wrapText(tr("Note"), small, noteWidth, device, 1);
        const double rowHeight = std::max({name.height() + mm(2), scaleHeight + mm(1), noteLabel.height() + mm(9)});
        if (canvas) {
            if (t % 2 == 1)
                canvas->addBox(QRectF(content.left() - mm(1), y, width + mm(2), rowHeight), ink::stripe);
            lines(name, content.left(), y + mm(1), nameWidth, ink::text);
            canvas->addLine({scaleLeft, trackY}, {scaleRight, trackY}, ink::text, mm(0.3));
            for (int tick = 0; tick <= 100; tick += 10) {
                const double x = scaleLeft + (scaleRight - scaleLeft) * tick / 100.0;
                const double reach = tick % 50 == 0 ? mm(1.3) : mm(0.8);
                canvas->addLine({x, trackY - reach}, {x, trackY + reach}, ink::text, mm(0.2));
                if (tick % 25 == 0 || tick % 10 == 0) {
                    const QString label = QString::number(tick);
                    const double w = tinyMetrics.horizontalAdvance(label) + 1;
                    canvas->addText(QRectF(x - w / 2, y + mm(1), w, numbers), label, tiny, ink::muted, Qt::AlignCenter);
                }
            }
            lines(low, scaleLeft - mm(3), labelsTop, labelWidth, ink::muted);
            lines(high, scaleRight + mm(3) - labelWidth, labelsTop, labelWidth, ink::muted, Qt::AlignRight);
            lines(noteLabel, noteLeft, y + mm(1), noteWidth, ink::muted);
            const double firstRule = y + mm(1) + noteLabel.height() + mm(3.5);
            canvas->addLine({noteLeft, firstRule}, {content.right(), firstRule}, ink::rule, mm(0.2));
            if (firstRule + mm(4) < y + rowHeight)
                canvas->addLine({noteLeft, firstRule + mm(4)}, {content.right(), firstRule + mm(4)}, ink::rule, mm(0.2));
        }
        y += rowHeight;
    }
    y += mm(3);

    // The dimensions in two columns: name | boxes 0..10.
    const TextLines dimensionsHeading = wrapText(tr("How much each area matters to you"), heading, width, device, 2);
    lines(dimensionsHeading, content.left(), y, width, ink::accent);
    y += dimensionsHeading.height() + mm(1);
    const double box = mm(3.2);
    const double pitch = mm(3.8);
    const double columnGap = mm(6);
    const double columnWidth = (width - columnGap) / 2;
    const double boxesWidth = pitch * 10 + box;
    const double dimensionName = columnWidth - boxesWidth - mm(2);
    const size_t count = catalogue.dimensions.size();
    const size_t perColumn = (count + 1) / 2;
    // The numbers over the boxes, once per column.
    const double numbersHeight = tinyMetrics.height();
    for (int column = 0; column < 2 && canvas; ++column) {
        const double boxesLeft = content.left() + column * (columnWidth + columnGap) + columnWidth - boxesWidth;
        for (int value = 0; value <= 10; ++value) {
            const QString label = QString::number(value);
            canvas->addText(QRectF(boxesLeft + value * pitch, y, box, numbersHeight), label, tiny, ink::muted,
                            Qt::AlignCenter);
        }
    }
    y += numbersHeight + mm(0.5);
    double columnBottom = y;
    for (int column = 0; column < 2; ++column) {
        double rowY = y;
        const size_t c = static_cast<size_t>(column);
        const double left = content.left() + column * (columnWidth + columnGap);
        const double boxesLeft = left + columnWidth - boxesWidth;
        for (size_t d = c * perColumn; d < std::min(count, (c + 1) * perColumn); ++d) {
            const TextLines name = wrapText(catalogue.dimensions[d].name, body, dimensionName, device, 3);
            const double rowHeight = std::max(name.height(), box) + mm(1.6);
            if (canvas) {
                if ((d - c * perColumn) % 2 == 1)
                    canvas->addBox(QRectF(left - mm(1), rowY, columnWidth + mm(2), rowHeight), ink::stripe);
                lines(name, left, rowY + (rowHeight - name.height()) / 2, dimensionName, ink::text);
                for (int value = 0; value <= 10; ++value)
                    canvas->addBox(QRectF(boxesLeft + value * pitch, rowY + (rowHeight - box) / 2, box, box), Qt::white,
                                   ink::text, mm(0.2));
            }
            rowY += rowHeight;
        }
        columnBottom = std::max(columnBottom, rowY);
    }
    y = columnBottom + mm(3);
    const TextLines footer =
        wrapText(tr("Please return this page to the facilitator. Made with Splitbench."), small, width, device, 2);
    lines(footer, content.left(), y, width, ink::muted);
    y += footer.height();
    return y - content.top();
}

} // namespace

std::vector<ReportItem> questionnaireItems(const Catalogue &catalogue, const Profile &workshop, int participant,
                                           const QRectF &paper, double dpi, QPaintDevice *device, bool *fits)
{
    const double margin = 12 * dpi / 25.4;
    const QRectF content = paper.adjusted(margin, margin, -margin, -margin);
    // The largest scale (down to 60 %) at which everything fits the page.
    double scale = 1.0;
    while (scale > 0.6 && layOut(catalogue, workshop, participant, content, dpi, device, scale, nullptr) > content.height())
        scale -= 0.04;
    if (fits)
        *fits = layOut(catalogue, workshop, participant, content, dpi, device, scale, nullptr) <= content.height();
    ChartStyle style = ChartStyle::paper(dpi);
    ChartCanvas canvas(style);
    layOut(catalogue, workshop, participant, content, dpi, device, scale, &canvas);
    return canvas.takeItems();
}

QByteArray questionnairePdf(const Catalogue &catalogue, const Profile &workshop, int participant,
                            const QPageSize &pageSize, int *pageCount)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        const bool named = participant >= 0 && participant < static_cast<int>(workshop.participants.size());
        writer.setTitle(named ? tr("Questionnaire: %1 — %2")
                                    .arg(workshop.name, workshop.participants[static_cast<size_t>(participant)].name)
                              : tr("Questionnaire: %1").arg(workshop.name));
        writer.setCreator(QStringLiteral("Splitbench %1").arg(QStringLiteral(SPLITBENCH_VERSION)));
        const QRectF paper(QPointF(0, 0), pageSize.sizePixels(kResolution));
        const std::vector<ReportItem> items =
            questionnaireItems(catalogue, workshop, participant, paper, kResolution, &writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        paintItems(painter, items);
        painter.end();
        if (pageCount)
            *pageCount = 1;
    }
    return buffer.data();
}

QString exportQuestionnaire(const QString &path, const Catalogue &catalogue, const Profile &workshop, int participant,
                            const QPageSize &pageSize)
{
    const QByteArray pdf = questionnairePdf(catalogue, workshop, participant, pageSize);
    if (pdf.isEmpty())
        return tr("%1: the questionnaire could not be drawn").arg(path);
    return writeFileAtomically(path, pdf);
}

} // namespace splitbench::report
