#include "note_edit.h"

#include <QAbstractTextDocumentLayout>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

NoteEdit::NoteEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(policy);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingNote)
            emit noteEdited(toPlainText());
    });
    // The plain-text layout counts its size in lines, wrapped ones included.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &NoteEdit::fitHeight);
    fitHeight();
}

void NoteEdit::setNote(const QString &text)
{
    if (toPlainText() == text)
        return;
    m_settingNote = true;
    if (hasFocus()) {
        const int position = textCursor().position();
        setPlainText(text);
        QTextCursor cursor = textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(text.size())));
        setTextCursor(cursor);
    } else {
        setPlainText(text); // the cursor, and the view, at the start
    }
    m_settingNote = false;
}

int NoteEdit::heightForLines(int lines) const
{
    // The frame, the document's margin above and below the text, and the lines themselves (as
    // QPlainTextEdit lays them out: font height per line, plus one pixel of leading it may add).
    const QMargins margins = viewportMargins();
    const double documentMargin = document()->documentMargin();
    return static_cast<int>(std::ceil(lines * (fontMetrics().lineSpacing() + 1) + 2 * documentMargin)) +
           2 * frameWidth() + margins.top() + margins.bottom();
}

QSize NoteEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), m_height > 0 ? m_height : heightForLines(kMinLines)};
}

QSize NoteEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

void NoteEdit::fitHeight()
{
    const int lines = std::clamp(static_cast<int>(std::ceil(document()->documentLayout()->documentSize().height())),
                                 kMinLines, kMaxLines);
    const int height = heightForLines(lines);
    if (height == m_height)
        return;
    m_height = height;
    setFixedHeight(height);
    updateGeometry();
}

void NoteEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_height = 0;
        fitHeight();
    }
}

void NoteEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight(); // a new width wraps the lines anew
}

} // namespace splitbench::gui
