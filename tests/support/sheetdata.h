#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace rh::test {

/// The bytes of tests/data/sheets/<name>; stops the test when the file is missing.
QByteArray sheetFile(const QString &name);
/// A row of expected cells, written as UTF-8 literals.
QStringList cells(std::initializer_list<const char *> values);
/// A zip (written by QuaZip) holding @p parts, each a path and its bytes: for workbooks made in code, such as broken
/// ones no spreadsheet program would save or a 10,000-row one for a benchmark.
QByteArray zipOf(const QList<QPair<QString, QByteArray>> &parts);

} // namespace rh::test
