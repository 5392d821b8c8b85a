#pragma once

#include "model/preset.h"
#include "store/presetfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rh {

class PresetStore;

/// Presets in and out of the store: preset files (export / import) and pasted text (a run request body, a bare
/// nodeInfoList or a preset file). Each call returns what happened as one sentence for people; a failed import
/// changes nothing.
class PresetTransfer
{
    Q_DECLARE_TR_FUNCTIONS(rh::PresetTransfer)
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false; ///< the user cancelled a question: no sentence
        QList<qint64> ids;      ///< the presets imported, in order
        QString sentence;
    };
    /// Asks for the name of a pasted preset; nullopt = cancelled.
    using NameAsker = std::function<std::optional<QString>(const QString &suggestion)>;

    /// @p form is what the form holds now: inputs without an app (a bare nodeInfoList) take its app.
    PresetTransfer(PresetStore *store, const Preset &form);

    Outcome importFile(const QString &path) const;
    /// Pasted text (from the clipboard). A single unnamed preset is named through @p askName.
    Outcome importText(const QString &text, const NameAsker &askName) const;
    /// Writes every preset to @p path (atomically).
    Outcome exportFile(const QString &path) const;

    /// Why nothing was imported from @p source (“x.json”, or "the clipboard"), in one sentence.
    static QString clipboardSource();
    static QString imported(int count, const QString &source);
    static QString exported(int count, const QString &target);

private:
    Outcome store(Presets presets, const QString &source, const NameAsker &askName) const;
    static Outcome failure(const QString &sentence);

    PresetStore *m_store;
    Preset m_form;
};

} // namespace rh
