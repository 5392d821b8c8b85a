#pragma once

#include "windowfixture.h"

#include <QColor>
#include <QString>

class QWidget;

namespace rh {

class NodeTableModel;

namespace test {

/// Drives the run form of a WindowFixture as a user does: paste a link, open a cell's editor, drop a file.
/// The helpers that check something use QtTest macros: callers test QTest::currentTestFailed() after them.

NodeTableModel *nodeModel(WindowFixture &f);
/// The first row with this fieldName, -1 when none.
int rowOf(const NodeTableModel *model, const QString &fieldName);
/// The fieldValue a run request body sent for (nodeId, fieldName); "<missing>" when not sent.
QString sentValue(const QByteArray &body, const QString &nodeId, const QString &fieldName);
/// Opens the window when needed, pastes the app's link into the id box and waits for its inputs.
void pasteAppLink(WindowFixture &f, const QString &webappId);
/// Types the app's id into the id box (as keystrokes) and presses Load app; waits for its inputs.
void typeAppId(WindowFixture &f, const QString &webappId);
/// Opens the form's Advanced section (the node table).
void openAdvanced(WindowFixture &f);
/// Opens the Value editor of a row in the node table (Advanced) the way a double-click does and returns it.
QWidget *openEditor(WindowFixture &f, int row);
/// Enter in an editor: the delegate commits and closes it (queued), as for a user.
void commitWithEnter(QWidget *editor);
/// Drags a file over the row's Value cell and drops it there.
void dropFile(WindowFixture &f, int row, const QString &path);
/// A small PNG of one colour at path; returns path, "" on failure.
QString writeImage(const QString &path, QColor colour);
void clickRun(WindowFixture &f);

} // namespace test
} // namespace rh
