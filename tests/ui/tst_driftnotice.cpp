#include "errortext.h"
#include "presets/driftnotice.h"
#include "testenv.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using rh::AppInfo;
using rh::DriftNotice;
using rh::NodeField;
using rh::NodeFields;
using rh::Preset;
using rh::PresetDrift;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

NodeField node(const char *id, const char *name, const char *value, const char *type, const char *data,
               const char *descriptionEn)
{
    NodeField field;
    field.nodeId = s(id);
    field.fieldName = s(name);
    field.fieldValue = s(value);
    field.fieldType = s(type);
    field.fieldData = s(data);
    field.nodeName = s("Node") + s(id);
    field.descriptionEn = s(descriptionEn);
    return field;
}

const char *const promptData = R"(["STRING", {"default": "", "multiline": true}])";
const char *const stepsData = R"(["INT", {"default": 20, "min": 1, "max": 100}])";
const char *const modelsOld = R"([{"name":"flux-pro","index":"flux-pro"},{"name":"flux-dev","index":"flux-dev"},)"
                              R"({"default":"flux-pro","description":"忽略"}])";
const char *const modelsNew = R"([{"name":"Flux Pro","index":"flux-pro"},{"name":"Flux Max","index":"flux-max"},)"
                              R"({"default":"flux-pro","description":"忽略"}])";

NodeField prompt()
{
    return node("122", "prompt", "一个在教室里的金发女孩\n第二行", "STRING", promptData, "prompt");
}

/// The preset as saved: prompt, steps, a model choice, a seed the app later dropped, and a mask (STRING then).
Preset savedPreset()
{
    Preset preset;
    preset.id = 42;
    preset.name = s("金发女孩 plus");
    preset.webappId = s("1877265245566922753");
    preset.appName = s("文生图");
    preset.nodes = {prompt(), node("45", "steps", "30", "INT", stepsData, "steps"),
                    node("9", "model", "flux-dev", "LIST", modelsOld, "model"),
                    node("45", "seed", "1125899906842624", "INT", "", "seed"),
                    node("15", "mask", "mask.png", "STRING", "", "mask")};
    return preset;
}

/// The app now: seed gone, mask is an IMAGE, flux-dev no longer offered, a new "size" input with default 1024.
AppInfo changedApp()
{
    AppInfo app;
    app.webappId = s("1877265245566922753");
    app.name = s("文生图 v2");
    app.nodes = {
        prompt(), node("45", "steps", "20", "INT", stepsData, "steps"),
        node("9", "model", "flux-pro", "LIST", modelsNew, "model"),
        node("15", "mask", "example.png", "IMAGE", R"([["example.png"], {"image_upload": true}])", "mask"),
        node("50", "size", "1024", "INT", R"(["INT", {"default": 1024, "min": 64, "max": 2048}])", "image size")};
    return app;
}

QStringList keys(const NodeFields &nodes)
{
    QStringList out;
    for (const NodeField &n : nodes)
        out << n.nodeId + QLatin1Char(':') + n.fieldName;
    return out;
}

} // namespace

class TestDriftNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        rh::test::isolateEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void noDriftStaysHidden();
    void sentencesNameEveryChange_data();
    void sentencesNameEveryChange();
    void sentencesAreShown();
    void fixAppliesTheFix();
    void loadAsIsKeepsRemovedInputsMarked();
    void cancelLoadsNothing();
    void widgetsAreNamed();
};

void TestDriftNotice::noDriftStaysHidden()
{
    DriftNotice notice;
    AppInfo app = changedApp();
    Preset preset = savedPreset();
    preset.nodes = app.nodes;
    QVERIFY(!notice.showFor(preset, app));
    QVERIFY(notice.isHidden());
}

void TestDriftNotice::sentencesNameEveryChange_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("removed") << s("The app no longer has the input “seed” (node 45); the saved value "
                                  "“1125899906842624” cannot be used.");
    QTest::newRow("added with default") << s("The app has a new input “image size” (node 50); it gets the app's "
                                             "default “1024”.");
    QTest::newRow("type changed") << s("The input “mask” (node 15) now takes an image; it took text when the preset "
                                       "was saved.");
    QTest::newRow("option gone") << s("The input “model” (node 9) no longer offers the saved choice “flux-dev”; "
                                      "pick another one after loading.");
}

void TestDriftNotice::sentencesNameEveryChange()
{
    QFETCH(QString, expected);
    const Preset preset = savedPreset();
    const AppInfo app = changedApp();
    const QStringList sentences = rh::ErrorText::forDrift(rh::compareWithApp(preset, app), preset, app);
    QVERIFY2(sentences.contains(expected), qPrintable(sentences.join(QLatin1Char('\n'))));
    QCOMPARE(sentences.size(), 4);
}

void TestDriftNotice::sentencesAreShown()
{
    QWidget window;
    auto *notice = new DriftNotice(&window);
    window.show();
    QVERIFY(notice->showFor(savedPreset(), changedApp()));
    QVERIFY(notice->isVisible());
    const auto *title = notice->findChild<QLabel *>(QStringLiteral("driftTitleLabel"));
    const auto *details = notice->findChild<QLabel *>(QStringLiteral("driftDetailsLabel"));
    QVERIFY(title && details);
    QVERIFY2(title->text().contains(s("文生图 v2")) && title->text().contains(s("金发女孩 plus")),
             qPrintable(title->text()));
    for (const QString &sentence : notice->sentences())
        QVERIFY2(details->text().contains(sentence), qPrintable(details->text()));
    QVERIFY(details->text().contains(s("no longer has the input “seed”")));
}

void TestDriftNotice::fixAppliesTheFix()
{
    QWidget window;
    auto *notice = new DriftNotice(&window);
    window.show();
    QSignalSpy fixed(notice, &DriftNotice::fixedLoadRequested);
    QSignalSpy asIs(notice, &DriftNotice::asIsLoadRequested);
    const Preset preset = savedPreset();
    const AppInfo app = changedApp();
    QVERIFY(notice->showFor(preset, app));

    QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("driftFixButton")), Qt::LeftButton);
    QCOMPARE(fixed.count(), 1);
    QCOMPARE(asIs.count(), 0);
    QVERIFY(notice->isHidden());
    const auto result = fixed.first().first().value<Preset>();
    QCOMPARE(result, rh::applyFix(preset, app, rh::compareWithApp(preset, app)));
    // The app's order; the dropped seed left out; the new size input with the app's default.
    QCOMPARE(keys(result.nodes), s("122:prompt|45:steps|9:model|15:mask|50:size").split(QLatin1Char('|')));
    QCOMPARE(result.nodes.at(0).fieldValue, s("一个在教室里的金发女孩\n第二行"));
    QCOMPARE(result.nodes.at(1).fieldValue, s("30")); // the user's value, not the app's 20
    QCOMPARE(result.nodes.at(3).fieldType, s("IMAGE"));
    QCOMPARE(result.nodes.at(4).fieldValue, s("1024"));
    QCOMPARE(result.id, qint64(42));
    QCOMPARE(result.webappId, s("1877265245566922753"));
}

void TestDriftNotice::loadAsIsKeepsRemovedInputsMarked()
{
    QWidget window;
    auto *notice = new DriftNotice(&window);
    window.show();
    QSignalSpy asIs(notice, &DriftNotice::asIsLoadRequested);
    const Preset preset = savedPreset();
    QVERIFY(notice->showFor(preset, changedApp()));
    QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("driftLoadAsIsButton")), Qt::LeftButton);
    QCOMPARE(asIs.count(), 1);
    QCOMPARE(asIs.first().at(0).value<Preset>(), preset);
    const auto problems = asIs.first().at(1).value<QHash<int, QString>>();
    QCOMPARE(problems.keys(), QList<int>{3}); // the seed row, which the app no longer has
    QVERIFY(!problems.value(3).isEmpty());
    QVERIFY(notice->isHidden());
}

void TestDriftNotice::cancelLoadsNothing()
{
    QWidget window;
    auto *notice = new DriftNotice(&window);
    window.show();
    QSignalSpy fixed(notice, &DriftNotice::fixedLoadRequested);
    QSignalSpy asIs(notice, &DriftNotice::asIsLoadRequested);
    QSignalSpy cancelled(notice, &DriftNotice::cancelled);
    QVERIFY(notice->showFor(savedPreset(), changedApp()));
    QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("driftCancelButton")), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(fixed.count() + asIs.count(), 0);
    QVERIFY(notice->isHidden());
}

void TestDriftNotice::widgetsAreNamed()
{
    DriftNotice notice;
    QCOMPARE(notice.objectName(), QStringLiteral("driftNotice"));
    for (const char *name : {"driftFixButton", "driftLoadAsIsButton", "driftCancelButton"}) {
        const auto *button = notice.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(TestDriftNotice)
#include "tst_driftnotice.moc"
