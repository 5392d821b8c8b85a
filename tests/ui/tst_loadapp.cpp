// Loading an app's inputs through the real window: a pasted or typed link, typed editors, the cache.
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");
const QString demoPath = QStringLiteral("/api/webapp/apiCallDemo");

} // namespace

class TestLoadApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void pastedLinkShowsTypedEditors();
    void typedLinkLoadsOnceWhole();
    void listSendsIndexSwitchSendsInteger();
    void unofferedValueStaysFlagged();
    void cacheOpensOfflineAndReloadTellsChanges();
};

void TestLoadApp::pastedLinkShowsTypedEditors()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    QVERIFY2(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")),
             qPrintable(f.find<QLabel>("appNameLabel")->text()));
    auto *view = f.find<QTableView>("nodeTableView");
    QAbstractItemModel *model = view->model();
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row)
        labels.append(model->index(row, NodeTableModel::LabelColumn).data().toString());
    QCOMPARE(labels,
             QStringList({QStringLiteral("Prompt"), QStringLiteral("Sampling steps"), QStringLiteral("CFG scale"),
                          QStringLiteral("Model"), QStringLiteral("Number of images")}));
    QVERIFY(view->isColumnHidden(NodeTableModel::NodeIdColumn)); // technical columns on demand

    auto *prompt = qobject_cast<QPlainTextEdit *>(test::openEditor(f, 0));
    QVERIFY(prompt);
    QCOMPARE(prompt->accessibleName(), QStringLiteral("Prompt"));
    QCOMPARE(prompt->toPlainText(), QStringLiteral("a cat sitting on a windowsill at sunset, watercolor"));
    auto *steps = qobject_cast<QSpinBox *>(test::openEditor(f, 1));
    QVERIFY(steps);
    QCOMPARE(steps->accessibleName(), QStringLiteral("Sampling steps"));
    QCOMPARE(steps->minimum(), 1);
    QCOMPARE(steps->maximum(), 100);
    QCOMPARE(steps->value(), 20);
    auto *cfg = qobject_cast<QDoubleSpinBox *>(test::openEditor(f, 2));
    QVERIFY(cfg);
    QCOMPARE(cfg->accessibleName(), QStringLiteral("CFG scale"));
    QCOMPARE(cfg->minimum(), 1.0);
    QCOMPARE(cfg->maximum(), 30.0);
    QCOMPARE(cfg->value(), 7.5);
    auto *modelCombo = qobject_cast<QComboBox *>(test::openEditor(f, 3));
    QVERIFY(modelCombo);
    QCOMPARE(modelCombo->accessibleName(), QStringLiteral("Model"));
    QStringList names;
    for (int i = 0; i < modelCombo->count(); ++i)
        names.append(modelCombo->itemText(i));
    QCOMPARE(names, QStringList({QStringLiteral("flux-pro"), QStringLiteral("flux-dev"),
                                 QStringLiteral("flux-schnell")})); // the "忽略" default entry is no option
    QCOMPARE(modelCombo->currentText(), QStringLiteral("flux-pro"));
    auto *images = qobject_cast<QSpinBox *>(test::openEditor(f, 4));
    QVERIFY(images);
    QCOMPARE(images->maximum(), 4);

    test::WindowFixture g;
    test::pasteAppLink(g, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *imageModel = test::nodeModel(g);
    auto *upscale = qobject_cast<QComboBox *>(test::openEditor(g, test::rowOf(imageModel, QStringLiteral("select"))));
    QVERIFY(upscale);
    QCOMPARE(upscale->accessibleName(), QStringLiteral("Upscale switch"));
    QCOMPARE(upscale->count(), 2);
    QCOMPARE(upscale->itemText(1), QStringLiteral("input2"));
    QCOMPARE(upscale->currentText(), QStringLiteral("input2"));
    QWidget *image = test::openEditor(g, test::rowOf(imageModel, QStringLiteral("image")));
    QVERIFY(image);
    QCOMPARE(image->accessibleName(), QStringLiteral("Source image"));
}

void TestLoadApp::typedLinkLoadsOnceWhole()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->clear();
    QTest::keyClicks(id, QStringLiteral("https://www.runninghub.cn/ai-detail/") + imageApp);
    QCOMPARE(f.sandbox.requestCount(demoPath), 0); // nothing asked for a half-typed link
    QTest::keyClick(id, Qt::Key_Return);
    QCOMPARE(id->text(), imageApp);
    QTRY_COMPARE(test::nodeModel(f)->rowCount(), 5);
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    QVERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Image to image")));
}

void TestLoadApp::listSendsIndexSwitchSendsInteger()
{
    test::WindowFixture f;
    test::pasteAppLink(f, imageApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int switchRow = test::rowOf(model, QStringLiteral("select"));
    auto *upscale = qobject_cast<QComboBox *>(test::openEditor(f, switchRow));
    QVERIFY(upscale);
    upscale->setCurrentIndex(0);
    test::commitWithEnter(upscale);
    QCOMPARE(model->field(switchRow).fieldValue, QStringLiteral("1"));
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    QCOMPARE(test::sentValue(f.sandbox.lastRequestBody(runPath), QStringLiteral("60"), QStringLiteral("select")),
             QStringLiteral("1"));
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());

    upscale = qobject_cast<QComboBox *>(test::openEditor(f, switchRow));
    QVERIFY(upscale);
    upscale->setCurrentIndex(1);
    test::commitWithEnter(upscale);
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 2);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QCOMPARE(test::sentValue(body, QStringLiteral("60"), QStringLiteral("select")), QStringLiteral("2"));
    QVERIFY2(!body.contains("2.0"), body.constData());

    test::WindowFixture g;
    test::pasteAppLink(g, textApp);
    if (QTest::currentTestFailed())
        return;
    const int listRow = test::rowOf(test::nodeModel(g), QStringLiteral("model"));
    auto *combo = qobject_cast<QComboBox *>(test::openEditor(g, listRow));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findText(QStringLiteral("flux-schnell")));
    test::commitWithEnter(combo);
    QCOMPARE(test::nodeModel(g)->index(listRow, NodeTableModel::ValueColumn).data().toString(),
             QStringLiteral("flux-schnell"));
    test::clickRun(g);
    QTRY_COMPARE(g.sandbox.requestCount(runPath), 1);
    QCOMPARE(test::sentValue(g.sandbox.lastRequestBody(runPath), QStringLiteral("30"), QStringLiteral("model")),
             QStringLiteral("flux-schnell"));
}

void TestLoadApp::unofferedValueStaysFlagged()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    NodeTableModel *model = test::nodeModel(f);
    const int listRow = test::rowOf(model, QStringLiteral("model"));
    model->setFieldValue(listRow, QStringLiteral("flux-ultra")); // e.g. from an old preset or history
    const QModelIndex value = model->index(listRow, NodeTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("flux-ultra"));
    QVERIFY(value.data(Qt::BackgroundRole).isValid());
    QVERIFY2(value.data(Qt::ToolTipRole).toString().contains(QLatin1String("does not offer")),
             qPrintable(value.data(Qt::ToolTipRole).toString()));
    auto *combo = qobject_cast<QComboBox *>(test::openEditor(f, listRow));
    QVERIFY(combo);
    QVERIFY2(combo->currentText().contains(QLatin1String("flux-ultra")), qPrintable(combo->currentText()));
    QVERIFY(combo->currentText().contains(QLatin1String("not offered")));
    test::commitWithEnter(combo); // opening and closing the editor changes nothing
    QCOMPARE(model->field(listRow).fieldValue, QStringLiteral("flux-ultra"));
}

void TestLoadApp::cacheOpensOfflineAndReloadTellsChanges()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);
    f.restart();                                 // on the same database, no key yet
    QCOMPARE(test::nodeModel(f)->rowCount(), 5); // the last app reopens from the cache
    QVERIFY(f.find<QLabel>("appNameLabel")->text().contains(QLatin1String("Text to image")));
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(f.sandbox.requestCount(demoPath), 1);

    f.sandbox.removeAppInput(textApp, QStringLiteral("5"), QStringLiteral("batch_size"));
    f.find<QLineEdit>("apiKeyLineEdit")->setText(SandboxServer::demoApiKey());
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    QTRY_COMPARE(f.sandbox.requestCount(demoPath), 2);
    QTRY_COMPARE(test::nodeModel(f)->rowCount(), 4);
    auto *status = f.find<QLabel>("appStatusLabel");
    QTRY_VERIFY2(status->text().contains(QLatin1String("removed")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("Number of images")), qPrintable(status->text()));
}

QTEST_MAIN(TestLoadApp)
#include "tst_loadapp.moc"
