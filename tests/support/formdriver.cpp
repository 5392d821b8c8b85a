#include "formdriver.h"

#include "form/advancedsection.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

namespace rh::test {

NodeTableModel *nodeModel(WindowFixture &f)
{
    return f.window->findChild<RequestForm *>()->model();
}

int rowOf(const NodeTableModel *model, const QString &fieldName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->field(row).fieldName == fieldName)
            return row;
    }
    return -1;
}

QString sentValue(const QByteArray &body, const QString &nodeId, const QString &fieldName)
{
    const QJsonArray nodes = QJsonDocument::fromJson(body).object().value(QLatin1String("nodeInfoList")).toArray();
    for (const QJsonValue &node : nodes) {
        const QJsonObject object = node.toObject();
        if (object.value(QLatin1String("nodeId")).toString() == nodeId &&
            object.value(QLatin1String("fieldName")).toString() == fieldName)
            return object.value(QLatin1String("fieldValue")).toVariant().toString();
    }
    return QStringLiteral("<missing>");
}

void openAdvanced(WindowFixture &f)
{
    f.window->findChild<RequestForm *>()->advanced()->setOpen(true);
}

QWidget *openEditor(WindowFixture &f, int row)
{
    openAdvanced(f);
    auto *view = f.find<QTableView>("nodeTableView");
    const QModelIndex index = view->model()->index(row, NodeTableModel::ValueColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    return view->indexWidget(index);
}

void dropFile(WindowFixture &f, int row, const QString &path)
{
    openAdvanced(f);
    auto *view = f.find<QTableView>("nodeTableView");
    const QPoint pos = view->visualRect(view->model()->index(row, NodeTableModel::ValueColumn)).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropped);
    QVERIFY(dropped.isAccepted());
}

void commitWithEnter(QWidget *editor)
{
    QPointer<QWidget> open(editor);
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_VERIFY(!open || !open->isVisible());
}

QString writeImage(const QString &path, QColor colour)
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(colour);
    return image.save(path, "PNG") ? path : QString();
}

void pasteAppLink(WindowFixture &f, const QString &webappId)
{
    if (!f.window)
        QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->selectAll();
    id->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("https://www.runninghub.cn/ai-detail/%1").arg(webappId));
    QTest::keySequence(id, QKeySequence::Paste);
    QCOMPARE(id->text(), webappId);
    const RequestForm *form = f.window->findChild<RequestForm *>();
    QTRY_VERIFY(form->appInfo().webappId == webappId && !form->appInfo().nodes.isEmpty());
    QCOMPARE(nodeModel(f)->rowCount(), form->appInfo().nodes.size());
}

void typeAppId(WindowFixture &f, const QString &webappId)
{
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    QVERIFY(id);
    id->clear();
    QTest::keyClicks(id, webappId);
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_VERIFY(nodeModel(f)->rowCount() > 0);
}

void clickRun(WindowFixture &f)
{
    auto *run = f.find<QPushButton>("submitButton");
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
}

} // namespace rh::test
