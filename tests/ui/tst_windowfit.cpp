// The window on a 1280x800 screen (and, run as ui/tst_windowfit_2x, on 2560x1600 at QT_SCALE_FACTOR=2): everything
// that matters is on the screen at start, nothing in the form moves when a run ends, and no field collapses.
// The offscreen platform is given its screen through its JSON configuration (QT_QPA_PLATFORM=offscreen:configfile=…,
// read by Qt 6.4's offscreen plugin: "screens": [{"width", "height", "dpr", …}]).
#include "form/appbar.h"
#include "form/inputrow.h"
#include "form/inputsheet.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "history/historymodel.h"
#include "session/connection.h"
#include "session/services.h"
#include "store/appsettings.h"
#include "task/taskpanel.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString mediaApp = QStringLiteral("1903718280794906625");

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

QString describe(const QWidget *widget)
{
    const QRect r = globalRect(widget);
    return QStringLiteral("%1 (%2) at %3,%4 %5x%6")
        .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

/// The form's editable fields and buttons that are shown now.
QList<QWidget *> formFields(RequestForm *form)
{
    QList<QWidget *> fields;
    const QList<QWidget *> all = form->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        const bool field = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                           qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                           qobject_cast<QAbstractButton *>(widget);
        if (field && widget->isVisible() && widget->window() == form->window() &&
            !qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            fields.append(widget);
    }
    return fields;
}

QHash<QWidget *, int> widths(const QList<QWidget *> &widgets)
{
    QHash<QWidget *, int> result;
    for (QWidget *widget : widgets)
        result.insert(widget, widget->width());
    return result;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QScreen *screen = QGuiApplication::primaryScreen();
        qInfo("screen %dx%d (logical), device pixel ratio %.1f", screen->geometry().width(),
              screen->geometry().height(), screen->devicePixelRatio());
        QCOMPARE(screen->geometry().size(), QSize(1280, 800)); // the same logical screen in both runs
    }
    void opensWithinTheScreen();
    void savedGeometryLargerThanTheScreenIsNotUsed();
    void noFormFieldChangesWidthAfterARun();
    void keyErrorLeavesTaskPanelFieldsAtTheirHeight();
    void longAndEmptyValuesNeverCollapse();
    void idBoxShowsAWholeId();
    void historyFilterAndColumnsVisible();
    void splitterRememberedAcrossStarts();
    void emptyPresetsPanelTakesLittleRoom();
    void oneTitle();
};

void TestWindowFit::opensWithinTheScreen()
{
    test::WindowFixture f;
    f.sandboxMode = true;
    QVERIFY(f.open());
    auto *form = f.window->findChild<RequestForm *>();
    QTRY_VERIFY(form->inputSheet()->rowCount() > 0); // the first demo app
    QTRY_VERIFY(f.window->isVisible());
    const QRect available = f.window->screen()->availableGeometry();
    QVERIFY2(available.contains(f.window->frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2").arg(f.window->width()).arg(f.window->height())));
    QVERIFY2(available.contains(globalRect(form->runButton())), qPrintable(describe(form->runButton())));
    // Every field of the form is on the screen and in sight, without scrolling.
    const QRect viewport = globalRect(form->findChild<QScrollArea *>(QStringLiteral("formScrollArea"))->viewport());
    for (int row = 0; row < form->inputSheet()->rowCount(); ++row) {
        QWidget *editor = form->inputSheet()->row(row)->editor();
        QVERIFY2(available.contains(globalRect(editor)) && viewport.contains(globalRect(editor)),
                 qPrintable(describe(editor)));
    }
    for (QWidget *field : formFields(form)) {
        if (field->parentWidget() && field->parentWidget()->objectName() == QLatin1String("advancedContent"))
            continue; // folded away
        QVERIFY2(available.contains(globalRect(field)), qPrintable(describe(field)));
    }
}

void TestWindowFit::savedGeometryLargerThanTheScreenIsNotUsed()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    // A geometry saved on a larger screen: 1360x860 at the origin.
    QWidget big;
    big.setGeometry(0, 0, 1360, 860);
    const QByteArray saved = big.saveGeometry();
    f.window->close();
    f.services->settings().setWindowGeometry(saved);
    f.services->settings().sync();
    f.restart();
    QTRY_VERIFY(f.window->isVisible());
    const QRect available = f.window->screen()->availableGeometry();
    QVERIFY2(available.contains(f.window->frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2").arg(f.window->width()).arg(f.window->height())));
}

void TestWindowFit::noFormFieldChangesWidthAfterARun()
{
    test::WindowFixture f;
    f.sandboxMode = true;
    QVERIFY(f.open(0, 0));
    auto *form = f.window->findChild<RequestForm *>();
    QTRY_VERIFY(form->inputSheet()->rowCount() > 0);
    QTRY_VERIFY(f.window->isVisible());
    auto *splitter = f.find<QSplitter>("mainSplitter");
    const QList<int> sizes = splitter->sizes();
    const QList<QWidget *> fields = formFields(form);
    const QHash<QWidget *, int> before = widths(fields);
    test::clickRun(f);
    QTRY_VERIFY(f.find<QListView>("resultsListView")->model()->rowCount() > 0);
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    // A long note under the app box wraps in place; it does not widen or narrow anything either.
    form->setAppStatus(QStringLiteral("The app's inputs have not changed. ").repeated(4));
    QApplication::processEvents();
    QTest::qWait(50);
    QCOMPARE(splitter->sizes(), sizes);
    for (QWidget *field : fields)
        QVERIFY2(field->width() == before.value(field),
                 qPrintable(QStringLiteral("%1 was %2 wide").arg(describe(field)).arg(before.value(field))));
}

void TestWindowFit::keyErrorLeavesTaskPanelFieldsAtTheirHeight()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    QWidget *panel = f.window->findChild<TaskPanel *>();
    auto *taskId = f.find<QLineEdit>("taskIdLineEdit");
    // The panel as small as its splitter lets it be: an error that appears now must not squeeze its fields.
    f.find<QSplitter>("taskSplitter")->setSizes({1, 5000});
    QApplication::processEvents();
    const int idHeight = taskId->height();
    f.services->connection()->setApiKey(QStringLiteral("ffffffffffffffffffffffffffffffff"));
    test::clickRun(f);
    auto *error = f.find<QLabel>("errorLabel");
    QTRY_VERIFY(!error->text().isEmpty());
    QApplication::processEvents();
    QCOMPARE(taskId->height(), idHeight);
    QVERIFY(taskId->height() >= taskId->sizeHint().height());
    const QList<QWidget *> all = panel->findChildren<QWidget *>();
    QVERIFY(all.size() > 5);
    for (QWidget *widget : all) {
        if (!widget->isVisible() || widget->inherits("QScrollBar") || widget == panel)
            continue;
        const int needed =
            widget->hasHeightForWidth() ? widget->heightForWidth(widget->width()) : widget->minimumSizeHint().height();
        QVERIFY2(widget->height() >= needed,
                 qPrintable(QStringLiteral("%1 needs %2").arg(describe(widget)).arg(needed)));
    }
}

void TestWindowFit::longAndEmptyValuesNeverCollapse()
{
    test::WindowFixture f;
    test::pasteAppLink(f, mediaApp);
    if (QTest::currentTestFailed())
        return;
    auto *form = f.window->findChild<RequestForm *>();
    Draft *draft = form->draft();
    for (int row = 0; row < draft->rowCount(); ++row) {
        NodeField field = draft->field(row);
        field.descriptionEn =
            row % 2 ? QString() : QStringLiteral("A very long description of this input ").repeated(3);
        field.description = field.descriptionEn;
        draft->setField(row, field);
    }
    AppInfo app = draft->app();
    for (int row = 0; row < app.nodes.size(); ++row)
        app.nodes[row] = draft->field(row);
    draft->setApp(app);
    for (int row = 0; row < draft->rowCount(); ++row)
        draft->setValue(row, row % 2 ? QString() : QStringLiteral("a long value, ").repeated(30));
    QApplication::processEvents();
    QTest::qWait(50);
    InputSheet *sheet = form->inputSheet();
    QCOMPARE(sheet->rowCount(), draft->rowCount());
    for (int row = 0; row < sheet->rowCount(); ++row) {
        QLabel *label = sheet->label(row);
        QVERIFY2(label->height() >= label->fontMetrics().height(), qPrintable(describe(label)));
        QVERIFY2(!label->text().isEmpty(), qPrintable(describe(label)));
        QWidget *editor = sheet->row(row)->editor();
        QVERIFY2(editor->height() >= editor->minimumSizeHint().height() && editor->height() >= 20,
                 qPrintable(describe(editor)));
        QVERIFY2(editor->width() >= 60, qPrintable(describe(editor)));
    }
}

void TestWindowFit::idBoxShowsAWholeId()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    auto *splitter = f.find<QSplitter>("mainSplitter");
    splitter->setSizes({1, 5000}); // the form as narrow as it goes
    QApplication::processEvents();
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    const int needed = id->fontMetrics().horizontalAdvance(textApp);
    QVERIFY2(id->width() > needed + 20, qPrintable(QStringLiteral("%1 for %2").arg(describe(id)).arg(needed)));
    QVERIFY(f.window->screen()->availableGeometry().contains(globalRect(id)));
}

void TestWindowFit::historyFilterAndColumnsVisible()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    test::clickRun(f);
    QTRY_VERIFY(f.find<QPushButton>("submitButton")->isEnabled());
    auto *tabs = f.find<QTabWidget>("rightTabWidget");
    tabs->setCurrentIndex(1);
    auto *table = f.find<QTableView>("historyTableView");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QApplication::processEvents();
    const QRect shown = globalRect(tabs->currentWidget());
    for (const char *name : {"historyFilterLineEdit", "historyStateComboBox", "historyCountLabel"}) {
        auto *widget = f.find<QWidget>(name);
        QVERIFY2(shown.contains(globalRect(widget)) && widget->width() >= widget->minimumSizeHint().width(),
                 qPrintable(describe(widget)));
    }
    QVERIFY(f.find<QLineEdit>("historyFilterLineEdit")->width() >= 100);
    // The whole task id and time show; the app name takes what is left.
    const QAbstractItemView *view = table;
    for (int column : {int(HistoryModel::TimeColumn), int(HistoryModel::TaskIdColumn)})
        QVERIFY2(table->columnWidth(column) >= view->sizeHintForColumn(column),
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(table->columnWidth(column))
                                .arg(view->sizeHintForColumn(column))));
}

void TestWindowFit::splitterRememberedAcrossStarts()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    QTRY_VERIFY(f.window->isVisible());
    auto *splitter = f.find<QSplitter>("mainSplitter");
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total / 2 + 37, total - total / 2 - 37});
    const QList<int> chosen = splitter->sizes();
    f.window->close();
    f.restart();
    QTRY_VERIFY(f.window->isVisible());
    QCOMPARE(f.find<QSplitter>("mainSplitter")->sizes(), chosen);
}

void TestWindowFit::emptyPresetsPanelTakesLittleRoom()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    QTRY_VERIFY(f.window->isVisible());
    auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("presetsDock"));
    QVERIFY(dock->isVisible());
    QVERIFY2(dock->width() <= f.window->width() / 6, qPrintable(QString::number(dock->width())));
    QVERIFY(f.find<QLabel>("presetEmptyLabel")->isVisible());
}

void TestWindowFit::oneTitle()
{
    test::WindowFixture f;
    f.sandboxMode = true;
    QVERIFY(f.open());
    QCOMPARE(f.window->windowTitle(), QStringLiteral("rhdesk — Sandbox"));
    // No display name: the platform would add " — rhdesk" to the title.
    QCOMPARE(QGuiApplication::applicationDisplayName(), QCoreApplication::applicationName());
    auto *banner = f.find<QLabel>("sandboxBannerLabel");
    QVERIFY(banner->accessibleName().contains(QStringLiteral("文生图 · 沙盒演示 (Text to image)")));
    QVERIFY(!banner->accessibleName().contains(textApp));
}

int main(int argc, char *argv[])
{
    // RHDESK_TEST_SCREEN: the screen in device pixels, "1280x800" unless set (the 2x run sets 2560x1600).
    const QByteArray size = qEnvironmentVariable("RHDESK_TEST_SCREEN", QStringLiteral("1280x800")).toLatin1();
    const QList<QByteArray> parts = size.split('x');
    QTemporaryDir configDir;
    if (parts.size() != 2 || !test::useOffscreenScreen(configDir, QSize(parts.at(0).toInt(), parts.at(1).toInt())))
        return 2;
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
