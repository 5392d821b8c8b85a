// The form as a property sheet, through the real window: every input's editor is there without a double-click,
// labelled through its buddy, driven by the Draft; numbers are refused in words with their range, never changed
// silently; drop-downs and switches show the app's descriptions and send the index; Esc reverts, Ctrl+Enter runs;
// and a keyboard alone fills every kind of input and runs.
#include "form/inputrow.h"
#include "form/inputsheet.h"
#include "form/mediafield.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/numberspinbox.h"
#include "form/optioncombobox.h"
#include "form/promptedit.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "testenv.h"
#include "windowfixture.h"

#include "model/draft.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

using namespace rh;

namespace {

const QString textApp = QStringLiteral("1877265245566922753");
const QString imageApp = QStringLiteral("1894010498277093377");
const QString mediaApp = QStringLiteral("1903718280794906625");
const QString runPath = QStringLiteral("/task/openapi/ai-app/run");

NodeField input(const QString &nodeId, const QString &fieldName, const QString &value, const QString &type,
                const QString &data, const QString &label)
{
    NodeField field;
    field.nodeId = nodeId;
    field.nodeName = QStringLiteral("Node");
    field.fieldName = fieldName;
    field.fieldValue = value;
    field.fieldType = type;
    field.fieldData = data;
    field.description = label;
    field.descriptionEn = label;
    return field;
}

/// An app made here (no server needed for what the form shows): a 1–50 INT and a described SWITCH.
AppInfo handMadeApp()
{
    AppInfo app;
    app.webappId = textApp;
    app.name = QStringLiteral("Hand made");
    app.nodes = {input(QStringLiteral("3"), QStringLiteral("steps"), QStringLiteral("20"), QStringLiteral("INT"),
                       QStringLiteral(R"(["INT", {"default": 20, "min": 1, "max": 50}])"),
                       QStringLiteral("Sampling steps")),
                 input(QStringLiteral("60"), QStringLiteral("select"), QStringLiteral("1"), QStringLiteral("SWITCH"),
                       QStringLiteral(R"([{"name":"input1","index":1.0,"description":"原图比例",)"
                                      R"("descriptionEn":"Original ratio"},)"
                                      R"({"name":"input2","index":2.0,"description":"竖版 3:4",)"
                                      R"("descriptionEn":"Portrait 3:4"}])"),
                       QStringLiteral("Aspect"))};
    return app;
}

RequestForm *formOf(test::WindowFixture &f)
{
    return f.window->findChild<RequestForm *>();
}

int sheetRow(RequestForm *form, const QString &fieldName)
{
    for (int row = 0; row < form->draft()->rowCount(); ++row) {
        if (form->draft()->field(row).fieldName == fieldName)
            return row;
    }
    return -1;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

void tab()
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Tab);
}

/// Keys go to the focus widget of the active window: make the window active first.
void activate(test::WindowFixture &f)
{
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
}

/// Tab skips widgets not shown yet: a keyboard walk starts once every row's editor is on screen (under the
/// sanitizers' slowdown the rows of a fresh app were still being laid out when the walk began).
void waitForEditors(InputSheet *sheet)
{
    QTRY_VERIFY(sheet->rowCount() > 0);
    for (int row = 0; row < sheet->rowCount(); ++row)
        QTRY_VERIFY(sheet->row(row)->editor()->isVisible());
}

} // namespace

class TestInputSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        NodeTableEditor::setFileChooser({});
    }
    void everyInputHasItsEditorAndBuddy();
    void editsGoToTheDraftAndBack();
    void twoHundredIntoOneToFiftyIsRefusedWithTheRange();
    void dropDownShowsDescriptionsAndSendsTheIndex();
    void switchShowsDescriptionsInTheUiLanguage();
    void escRevertsTheField();
    void ctrlEnterRunsFromAPrompt();
    void promptGrowsInPlace();
    void keyboardAloneFillsEveryKindAndRuns();
    void tabWalkReadsEveryFieldsName();
    void ctrlVOnTheNodeTablePastesANodeInfoList();
};

void TestInputSheet::everyInputHasItsEditorAndBuddy()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    InputSheet *sheet = formOf(f)->inputSheet();
    QCOMPARE(sheet->rowCount(), 5);
    const QStringList labels{QStringLiteral("Prompt"), QStringLiteral("Sampling steps"), QStringLiteral("CFG scale"),
                             QStringLiteral("Model"), QStringLiteral("Number of images")};
    for (int row = 0; row < sheet->rowCount(); ++row) {
        QWidget *editor = sheet->row(row)->editor();
        QTRY_VERIFY(editor->isVisible()); // no double-click needed
        QCOMPARE(sheet->label(row)->text(), labels.at(row));
        QCOMPARE(sheet->label(row)->buddy(), editor);
        QCOMPARE(editor->accessibleName(), labels.at(row));
    }
    QVERIFY(qobject_cast<PromptEdit *>(sheet->row(0)->editor()));
    QVERIFY(qobject_cast<NumberSpinBox *>(sheet->row(1)->editor()));
    QVERIFY(qobject_cast<NumberSpinBox *>(sheet->row(2)->editor()));
    QVERIFY(qobject_cast<OptionComboBox *>(sheet->row(3)->editor()));
    // The ranges are in sight beside the boxes.
    QStringList ranges;
    for (QLabel *range : sheet->findChildren<QLabel *>(QStringLiteral("rangeLabel")))
        ranges.append(range->text());
    QCOMPARE(ranges, (QStringList{QStringLiteral("1–100"), QStringLiteral("1–30"), QStringLiteral("1–4")}));
    QCOMPARE(sheet->row(1)->editor()->accessibleDescription(), QStringLiteral("Allowed: 1–100"));
}

void TestInputSheet::editsGoToTheDraftAndBack()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    auto *prompt = qobject_cast<PromptEdit *>(form->inputSheet()->row(0)->editor());
    prompt->setFocus();
    prompt->selectAll();
    QTest::keyClicks(prompt, QStringLiteral("a red fox"));
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("a red fox"));
    // The node table (Advanced) shows the same Draft.
    QCOMPARE(form->model()->field(0).fieldValue, QStringLiteral("a red fox"));
    form->model()->setFieldValue(1, QStringLiteral("42"));
    QCOMPARE(qobject_cast<NumberSpinBox *>(form->inputSheet()->row(1)->editor())->text(), QStringLiteral("42"));
    test::clickRun(f);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QCOMPARE(test::sentValue(body, QStringLiteral("6"), QStringLiteral("text")), QStringLiteral("a red fox"));
    QCOMPARE(test::sentValue(body, QStringLiteral("3"), QStringLiteral("steps")), QStringLiteral("42"));
}

void TestInputSheet::twoHundredIntoOneToFiftyIsRefusedWithTheRange()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    activate(f);
    RequestForm *form = formOf(f);
    form->draft()->setApp(handMadeApp());
    auto *steps = qobject_cast<NumberSpinBox *>(form->inputSheet()->row(0)->editor());
    QVERIFY(steps);
    steps->setFocus();
    steps->selectAll();
    QTest::keyClicks(steps, QStringLiteral("200"));
    QCOMPARE(steps->text(), QStringLiteral("200")); // every key shows: nothing is cut short
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("20"));
    QVERIFY2(form->inputSheet()->row(0)->message().contains(QStringLiteral("1–50")),
             qPrintable(form->inputSheet()->row(0)->message()));
    // Run while the box shows a refused number: nothing goes out, and the panel says why.
    QTest::keyClick(steps, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.find<QLabel>("errorLabel")->isVisible());
    QCOMPARE(f.sandbox.requestCount(runPath), 0);
    QCOMPARE(steps->text(), QStringLiteral("200"));
    tab(); // leaving the box: the value stays 20, in sight, and the refusal stays said
    QCOMPARE(steps->text(), QStringLiteral("20"));
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("20"));
    QVERIFY(form->inputSheet()->row(0)->message().contains(QStringLiteral("200")));
    steps->setFocus();
    steps->selectAll();
    QTest::keyClicks(steps, QStringLiteral("1.5"));
    QVERIFY(form->inputSheet()->row(0)->message().contains(QStringLiteral("whole")));
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("20"));
    steps->selectAll();
    QTest::keyClicks(steps, QStringLiteral("50"));
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("50"));
    QVERIFY(form->inputSheet()->row(0)->message().isEmpty());
    QTest::keyClick(steps, Qt::Key_Up); // the arrows stop at the bound
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("50"));
    QTest::keyClick(steps, Qt::Key_Down);
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("49"));
}

void TestInputSheet::dropDownShowsDescriptionsAndSendsTheIndex()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    const int row = sheetRow(form, QStringLiteral("model"));
    auto *combo = qobject_cast<OptionComboBox *>(form->inputSheet()->row(row)->editor());
    // English: the app has no English words for its models, so their names, the Chinese words beside them.
    QCOMPARE(combo->itemText(0), QStringLiteral("flux-pro"));
    QCOMPARE(combo->itemData(0, OptionComboBox::DetailRole).toString(), QStringLiteral("专业版，细节最好"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(form->draft()->field(row).fieldValue, QStringLiteral("flux-dev"));

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    form->draft()->setApp(form->draft()->app()); // rows made anew, in Chinese
    combo = qobject_cast<OptionComboBox *>(form->inputSheet()->row(row)->editor());
    QCOMPARE(combo->itemText(0), QStringLiteral("专业版，细节最好"));
    QCOMPARE(combo->itemData(0, OptionComboBox::DetailRole).toString(), QStringLiteral("flux-pro"));
    QCOMPARE(combo->itemText(2), QStringLiteral("快速版"));
    combo->setCurrentIndex(2);
    Q_EMIT combo->activated(2);
    QCOMPARE(form->draft()->field(row).fieldValue, QStringLiteral("flux-schnell")); // the index, not the words
}

void TestInputSheet::switchShowsDescriptionsInTheUiLanguage()
{
    test::WindowFixture f;
    QVERIFY(f.open());
    RequestForm *form = formOf(f);
    form->draft()->setApp(handMadeApp());
    QList<QRadioButton *> buttons = form->inputSheet()->row(1)->findChildren<QRadioButton *>();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.at(0)->text(), QStringLiteral("Original ratio"));
    QCOMPARE(buttons.at(1)->text(), QStringLiteral("Portrait 3:4"));
    QCOMPARE(buttons.at(1)->toolTip(), QStringLiteral("input2"));
    QCOMPARE(buttons.at(1)->accessibleName(), QStringLiteral("Aspect: Portrait 3:4"));
    QVERIFY(buttons.at(0)->isChecked());
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(form->draft()->field(1).fieldValue, QStringLiteral("2"));

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    form->draft()->setApp(handMadeApp());
    buttons = form->inputSheet()->row(1)->findChildren<QRadioButton *>();
    QCOMPARE(buttons.at(0)->text(), QStringLiteral("原图比例"));
    QCOMPARE(buttons.at(1)->text(), QStringLiteral("竖版 3:4"));
}

void TestInputSheet::escRevertsTheField()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    const QString before = form->draft()->field(0).fieldValue;
    auto *prompt = form->inputSheet()->row(0)->editor();
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral(" and a dog"));
    QVERIFY(form->draft()->field(0).fieldValue != before);
    QTest::keyClick(prompt, Qt::Key_Escape);
    QCOMPARE(form->draft()->field(0).fieldValue, before);
    QCOMPARE(qobject_cast<PromptEdit *>(prompt)->toPlainText(), before);

    auto *steps = qobject_cast<NumberSpinBox *>(form->inputSheet()->row(1)->editor());
    steps->setFocus();
    steps->selectAll();
    QTest::keyClicks(steps, QStringLiteral("33"));
    QCOMPARE(form->draft()->field(1).fieldValue, QStringLiteral("33"));
    QTest::keyClick(steps, Qt::Key_Escape);
    QCOMPARE(form->draft()->field(1).fieldValue, QStringLiteral("20"));
    QCOMPARE(steps->text(), QStringLiteral("20"));
}

void TestInputSheet::ctrlEnterRunsFromAPrompt()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    QWidget *prompt = formOf(f)->inputSheet()->row(0)->editor();
    prompt->setFocus();
    QTest::keyClick(prompt, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(prompt, Qt::Key_Return); // Enter adds a line in a prompt
    QVERIFY(formOf(f)->draft()->field(0).fieldValue.endsWith(QLatin1Char('\n')));
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
}

void TestInputSheet::promptGrowsInPlace()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    InputSheet *sheet = formOf(f)->inputSheet();
    auto *prompt = qobject_cast<PromptEdit *>(sheet->row(0)->editor());
    const int small = prompt->height();
    formOf(f)->draft()->setValue(0, QStringLiteral("line\n").repeated(6));
    QTRY_VERIFY(prompt->height() > small);
    QTRY_VERIFY(sheet->row(1)->geometry().top() >= sheet->row(0)->geometry().bottom()); // nothing hidden under it
    formOf(f)->draft()->setValue(0, QStringLiteral("line\n").repeated(200));
    QTRY_COMPARE(prompt->height(), prompt->maximumHeight());
    QVERIFY(prompt->height() < 20 * prompt->fontMetrics().lineSpacing()); // then it scrolls
}

void TestInputSheet::keyboardAloneFillsEveryKindAndRuns()
{
    test::WindowFixture f;
    test::pasteAppLink(f, mediaApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    const QString picture = test::writeImage(f.dir.filePath(QStringLiteral("frame.png")), Qt::darkGreen);
    const QString sound = writeFile(f.dir.filePath(QStringLiteral("music.mp3")), QByteArray(2048, 'a'));
    const QString video = writeFile(f.dir.filePath(QStringLiteral("motion.mp4")), QByteArray(4096, 'v'));
    NodeTableEditor::setFileChooser([&](QWidget *, const QString &filter) {
        return filter.contains(QLatin1String("png")) ? picture : filter.contains(QLatin1String("mp3")) ? sound : video;
    });
    InputSheet *sheet = form->inputSheet();
    waitForEditors(sheet);
    if (QTest::currentTestFailed())
        return;
    f.find<QComboBox>("instanceTypeComboBox")->setFocus();
    for (int row = 0; row < sheet->rowCount(); ++row) {
        tab();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus == sheet->row(row)->editor(), qPrintable(focus->objectName()));
        if (auto *media = qobject_cast<MediaField *>(sheet->row(row)->editor()->parentWidget())) {
            tab();
            QCOMPARE(QApplication::focusWidget(), media->chooseButton());
            QTest::keyClick(media->chooseButton(), Qt::Key_Space);
        } else if (qobject_cast<NumberSpinBox *>(focus)) {
            QTest::keyClick(focus, Qt::Key_Up);
        } else if (qobject_cast<QComboBox *>(focus)) {
            QTest::keyClick(focus, Qt::Key_Down);
        } else {
            QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(focus, QStringLiteral("typed"));
        }
    }
    QTRY_COMPARE(form->model()->countUploads(MediaState::Upload::Done), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(f.sandbox.requestCount(runPath), 1);
    const QByteArray body = f.sandbox.lastRequestBody(runPath);
    QCOMPARE(test::sentValue(body, QStringLiteral("40"), QStringLiteral("text")), QStringLiteral("typed"));
    QCOMPARE(test::sentValue(body, QStringLiteral("41"), QStringLiteral("frame_rate")), QStringLiteral("25"));
    QCOMPARE(test::sentValue(body, QStringLiteral("42"), QStringLiteral("seconds")), QStringLiteral("4.1"));
    QCOMPARE(test::sentValue(body, QStringLiteral("43"), QStringLiteral("resolution")), QStringLiteral("1080p"));
    for (const QString &field : {QStringLiteral("image"), QStringLiteral("audio"), QStringLiteral("video")}) {
        const int row = sheetRow(form, field);
        QVERIFY(form->draft()->field(row).fieldValue.startsWith(QLatin1String("api/")));
    }

    // The switch of the image-to-image app: arrows choose.
    test::pasteAppLink(f, imageApp);
    waitForEditors(sheet);
    if (QTest::currentTestFailed())
        return;
    const int select = sheetRow(form, QStringLiteral("select"));
    auto *second = sheet->row(select)->findChildren<QRadioButton *>().at(1);
    QVERIFY(second->isChecked()); // the app's default, input2
    second->setFocus();
    QTRY_VERIFY(second->hasFocus());
    QTest::keyClick(second, Qt::Key_Left);
    QTRY_COMPARE(form->draft()->field(select).fieldValue, QStringLiteral("1"));
}

void TestInputSheet::tabWalkReadsEveryFieldsName()
{
    test::WindowFixture f;
    test::pasteAppLink(f, mediaApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    // Every label of the form points at its field.
    for (QFormLayout *layout : form->findChildren<QFormLayout *>()) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label || label->text().isEmpty())
                continue;
            const QWidget *buddy = label->buddy();
            QVERIFY2(buddy && (buddy->focusPolicy() != Qt::NoFocus || buddy->focusProxy()), qPrintable(label->text()));
        }
    }
    waitForEditors(form->inputSheet());
    if (QTest::currentTestFailed())
        return;
    f.find<QLineEdit>("apiKeyLineEdit")->setFocus();
    QStringList names;
    QSet<QWidget *> seen;
    for (int step = 0; step < 80; ++step) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || seen.contains(focus))
            break;
        seen.insert(focus);
        if (form->isAncestorOf(focus)) {
            // The name a screen reader gets: the widget's own, else what the accessibility layer makes of it.
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(focus);
            const QString name = !focus->accessibleName().isEmpty() ? focus->accessibleName()
                                 : accessible                       ? accessible->text(QAccessible::Name)
                                                                    : QString();
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(focus->objectName(), QString::fromLatin1(focus->metaObject()->className()))));
            names.append(name);
        }
        tab();
    }
    // The inputs come in order, each named as its label says.
    InputSheet *sheet = form->inputSheet();
    int at = -1;
    for (int row = 0; row < sheet->rowCount(); ++row) {
        const int found = int(names.indexOf(sheet->label(row)->text(), at + 1));
        QVERIFY2(found > at, qPrintable(sheet->label(row)->text() + QStringLiteral(" in ") + names.join(u'|')));
        at = found;
    }
    QVERIFY(names.contains(QStringLiteral("Instance type")));
    QVERIFY(names.contains(QStringLiteral("Webapp ID")));
    QVERIFY(names.contains(QStringLiteral("Run task")));
}

void TestInputSheet::ctrlVOnTheNodeTablePastesANodeInfoList()
{
    test::WindowFixture f;
    test::pasteAppLink(f, textApp);
    if (QTest::currentTestFailed())
        return;
    activate(f);
    RequestForm *form = formOf(f);
    QApplication::clipboard()->setText(
        QStringLiteral(R"([{"nodeId": "6", "fieldName": "text", "fieldValue": "pasted prompt"},)"
                       R"( {"nodeId": "77", "fieldName": "extra", "fieldValue": "new row"}])"));
    QWidget *table = form->nodeEditor()->view();
    table->setFocus();
    QTest::keySequence(table, QKeySequence::Paste);
    QCOMPARE(form->draft()->field(0).fieldValue, QStringLiteral("pasted prompt"));
    QCOMPARE(form->draft()->field(form->draft()->rowCount() - 1).fieldName, QStringLiteral("extra"));
    QCOMPARE(form->inputSheet()->rowCount(), form->draft()->rowCount()); // the sheet shows the pasted row too
}

QTEST_MAIN(TestInputSheet)
#include "tst_inputsheet.moc"
