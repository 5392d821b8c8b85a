#include "batch/batchmapping.h"

#include <QSet>

namespace rh {

namespace {

BatchColumn::Role optionRole(const QString &key)
{
    if (key == QLatin1String("label"))
        return BatchColumn::Role::Label;
    if (key == QLatin1String("instancetype"))
        return BatchColumn::Role::InstanceType;
    if (key == QLatin1String("webhookurl"))
        return BatchColumn::Role::WebhookUrl;
    return BatchColumn::Role::Ignore;
}

/// The first input not yet taken whose name (by @p nameOf) has this key; -1 when none.
template<typename NameOf>
int findInput(const NodeFields &fields, const QSet<int> &taken, const QString &key, NameOf nameOf)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (taken.contains(i))
            continue;
        const QString name = nameOf(fields.at(i));
        if (!name.trimmed().isEmpty() && batchHeaderKey(name) == key)
            return i;
    }
    return -1;
}

int matchInput(const NodeFields &fields, const QSet<int> &taken, const QString &key)
{
    int found = findInput(fields, taken, key, [](const NodeField &f) { return f.nodeId + u':' + f.fieldName; });
    if (found < 0)
        found = findInput(fields, taken, key, [](const NodeField &f) { return f.description; });
    if (found < 0)
        found = findInput(fields, taken, key, [](const NodeField &f) { return f.descriptionEn; });
    if (found < 0)
        found = findInput(fields, taken, key, [](const NodeField &f) { return f.fieldName; });
    return found;
}

} // namespace

QString batchHeaderKey(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

BatchMapping guessBatchMapping(const QStringList &header, const NodeFields &fields)
{
    BatchMapping mapping;
    QSet<int> takenInputs;
    QSet<BatchColumn::Role> takenOptions;
    for (const QString &cell : header) {
        const QString key = batchHeaderKey(cell);
        BatchColumn column;
        const BatchColumn::Role option = optionRole(key);
        const int input = key.isEmpty() ? -1 : matchInput(fields, takenInputs, key);
        if (input >= 0) {
            takenInputs.insert(input);
            column = BatchColumn::input(fields.at(input));
        } else if (option != BatchColumn::Role::Ignore && !takenOptions.contains(option)) {
            takenOptions.insert(option);
            column.role = option;
        }
        mapping.append(column);
    }
    return mapping;
}

} // namespace rh
