// The one undo command of the workbench: an edit of one value of the profile document (after Tiled's ChangeValue).
#pragma once

#include "command_ids.h"

#include <QString>
#include <QUndoCommand>

#include <utility>

namespace splitbench::gui {

class ProfileDocument;

/// Which consecutive edits are one undo step: edits with the same id, key and session merge.
struct MergeRule {
    CommandId id = CommandId::None;
    int session = 0; ///< E.g. one slider drag; edits of another session never merge with this one.
};

/// Key of an edit that changes a value of the whole document (its name, the importance uncertainty…).
struct Whole {
    bool operator==(const Whole &) const = default;
};

/**
 * Sets the value at `key` to the new value (redo) or back to the old one (undo) through one of the document's
 * private mutators, `void ProfileDocument::apply…(const Key &, const Value &)`. Only ProfileDocument can name
 * those, so its edits are the only way in; each edit there is one `push(new ChangeValue…)` line (see
 * ProfileDocument::setNote for the smallest). Merging replaces this step's new value with the next one's, and a
 * merged step that ends where it started is dropped.
 */
template <typename Key, typename Value> class ChangeValue final : public QUndoCommand {
public:
    using Apply = void (ProfileDocument::*)(const Key &, const Value &);

    ChangeValue(ProfileDocument *document, Apply apply, Key key, Value oldValue, Value newValue, const QString &text,
                MergeRule merge = {})
        : m_document(document), m_apply(apply), m_key(std::move(key)), m_old(std::move(oldValue)),
          m_new(std::move(newValue)), m_merge(merge)
    {
        setText(text);
    }

    void undo() override { (m_document->*m_apply)(m_key, m_old); }
    void redo() override { (m_document->*m_apply)(m_key, m_new); }
    [[nodiscard]] int id() const override { return static_cast<int>(m_merge.id); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        if (!next || next->m_apply != m_apply || !(next->m_key == m_key) || next->m_merge.session != m_merge.session)
            return false;
        m_new = next->m_new;
        setObsolete(m_new == m_old);
        return true;
    }

private:
    ProfileDocument *m_document;
    Apply m_apply;
    Key m_key;
    Value m_old;
    Value m_new;
    MergeRule m_merge;
};

} // namespace splitbench::gui
