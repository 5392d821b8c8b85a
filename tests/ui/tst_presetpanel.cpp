#include "presets/presetlistmodel.h"
#include "presets/presetpanel.h"
#include "store/database.h"
#include "store/presetfile.h"
#include "store/presetstore.h"
#include "testenv.h"

#include <QAction>
#include <QFile>
#include <QFrame>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using rh::NodeField;
using rh::Preset;
using rh::PresetPanel;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString appId = QStringLiteral("1877265245566922753"); // above 2^53: a double would make it …2800
const QString otherAppId = QStringLiteral("1904138236523339778");

NodeField node(const char *id, const char *name, const char *value, const char *type = "STRING")
{
    NodeField field;
    field.nodeId = s(id);
    field.fieldName = s(name);
    field.fieldValue = s(value);
    field.fieldType = s(type);
    field.nodeName = s("Node") + s(id);
    return field;
}

/// What the window's form would hand the panel.
Preset formPreset(const QString &webappId = appId, const char *prompt = "一个在教室里的金发女孩\n第二行：“引号”")
{
    Preset preset;
    preset.webappId = webappId;
    preset.appName = webappId == appId ? s("Flux 文生图") : s("视频换脸");
    preset.instanceType = QStringLiteral("plus");
    preset.webhookUrl = QStringLiteral("https://hooks.example.com/rh?x=1&y=%E4%B8%AD");
    preset.nodes = {node("122", "prompt", prompt), node("45", "seed", "1125899906842624123", "INT"),
                    node("15", "image", "api/fa4b06dee7ca8624d0ed22e146fa7f1f.png", "IMAGE")};
    return preset;
}

void typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks asserts on CJK text: commit it through the input method instead.
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestPresetPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void widgetsAreNamed();
    void saveThroughThePanel();
    void saveCurrentUpdatesTheLoadedPreset();
    void searchFilters();
    void loadEmitsTheExactPreset_data();
    void loadEmitsTheExactPreset();
    void runEmitsRunRequested();
    void renameWithF2();
    void duplicate();
    void deleteAsksAndUndoRestores();
    void favouritesSortFirst();
    void exportThenImportRoundTrips();
    void brokenImportShowsAMessageAndChangesNothing_data();
    void brokenImportShowsAMessageAndChangesNothing();
    void importPastedRequestBody();
    void importPastedNodeInfoListTakesTheFormsApp();

private:
    qint64 save(const Preset &fromForm, const QString &name);
    QTreeView *view() const { return m_panel->findChild<QTreeView *>(QStringLiteral("presetListView")); }
    QAction *action(const char *name) const { return m_panel->findChild<QAction *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const { return m_panel->findChild<QPushButton *>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<rh::Database> m_db;
    std::unique_ptr<rh::PresetStore> m_store;
    std::unique_ptr<PresetPanel> m_panel;
    QStringList m_names;     ///< answers for the name prompt, taken from the front
    QStringList m_asked;     ///< suggestions the name prompt was shown
    QList<bool> m_confirms;  ///< answers for the confirm prompt
    QStringList m_questions; ///< what the confirm prompt asked
    QString m_openPath;
    QString m_savePath;
    QString m_clipboard;
    Preset m_form;
    qint64 m_clockMs = 0;
};

void TestPresetPanel::initTestCase()
{
    rh::test::isolateEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestPresetPanel::init()
{
    static int n = 0;
    m_db = std::make_unique<rh::Database>(m_dir.filePath(QStringLiteral("presets%1.sqlite").arg(++n)));
    QVERIFY(m_db->open());
    m_store = std::make_unique<rh::PresetStore>(m_db.get());
    m_clockMs = 1'700'000'000'000;
    m_store->setClock([this] { return QDateTime::fromMSecsSinceEpoch(m_clockMs += 1000, Qt::UTC); });
    m_panel = std::make_unique<PresetPanel>(m_store.get());
    m_names.clear();
    m_asked.clear();
    m_confirms.clear();
    m_questions.clear();
    m_form = formPreset();
    rh::PresetPrompts prompts;
    prompts.askName = [this](QWidget *, const QString &, const QString &, const QString &suggestion) {
        m_asked << suggestion;
        return m_names.isEmpty() ? std::nullopt : std::optional<QString>(m_names.takeFirst());
    };
    prompts.confirm = [this](QWidget *, const QString &question, const QString &) {
        m_questions << question;
        return !m_confirms.isEmpty() && m_confirms.takeFirst();
    };
    prompts.openFileName = [this](QWidget *, const QString &) { return m_openPath; };
    prompts.saveFileName = [this](QWidget *, const QString &, const QString &) { return m_savePath; };
    prompts.clipboardText = [this] { return m_clipboard; };
    m_panel->setPrompts(prompts);
    m_panel->setFormSource([this] { return m_form; });
    m_panel->resize(360, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPresetPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestPresetPanel::save(const Preset &fromForm, const QString &name)
{
    m_panel->setCurrentPresetId(0);
    m_names << name;
    return m_panel->saveAs(fromForm);
}

void TestPresetPanel::widgetsAreNamed()
{
    QVERIFY(m_panel->findChild<QLineEdit *>(QStringLiteral("presetSearchLineEdit")));
    QCOMPARE(view()->accessibleName(), QStringLiteral("Presets"));
    for (const char *name : {"loadPresetButton", "runPresetButton", "undoDeleteButton", "savePresetButton",
                             "savePresetAsButton", "renamePresetButton", "duplicatePresetButton",
                             "favouritePresetButton", "deletePresetButton", "morePresetActionsButton"}) {
        auto *widget = m_panel->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    for (const char *name : {"importPresetsAction", "exportPresetsAction", "pastePresetAction"})
        QVERIFY2(action(name), name);
    // Nothing selected: nothing to load.
    QVERIFY(!button("loadPresetButton")->isEnabled());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("presetEmptyLabel"))->isVisible());
}

void TestPresetPanel::saveThroughThePanel()
{
    QSignalSpy messages(m_panel.get(), &PresetPanel::message);
    m_names << s("金发女孩 plus");
    const qint64 id = m_panel->saveCurrent(m_form);
    QVERIFY(id > 0);
    QCOMPARE(m_asked, QStringList{s("Flux 文生图")}); // nothing loaded: it asks, suggesting the app's name
    QCOMPARE(m_panel->currentPresetId(), id);
    QCOMPARE(m_panel->selectedPresetId(), id);
    const auto stored = m_store->get(id);
    QVERIFY(stored);
    Preset expected = m_form;
    expected.name = s("金发女孩 plus");
    QVERIFY(stored->sameContent(expected));
    QCOMPARE(stored->webappId, appId);
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{id});
    QCOMPARE(messages.last().first().toString(), s("Saved the preset “金发女孩 plus”."));

    // A cancelled or blank name saves nothing.
    m_panel->setCurrentPresetId(0);
    QCOMPARE(m_panel->saveCurrent(m_form), qint64(0));
    m_names << QStringLiteral("   ");
    QCOMPARE(m_panel->saveAs(m_form), qint64(0));
    QCOMPARE(m_store->count(), 1);
}

void TestPresetPanel::saveCurrentUpdatesTheLoadedPreset()
{
    const qint64 id = save(m_form, s("预设一"));
    QVERIFY(id > 0);
    QVERIFY(m_store->setFavourite(id, true));
    m_panel->selectPreset(id);
    m_panel->loadSelected();
    QCOMPARE(m_panel->currentPresetId(), id);

    m_form.nodes[0].fieldValue = s("第二版\n多行");
    m_asked.clear();
    QCOMPARE(m_panel->saveCurrent(m_form), id); // no question: the loaded preset is updated
    QVERIFY(m_asked.isEmpty());
    const auto stored = m_store->get(id);
    QCOMPARE(stored->nodes.at(0).fieldValue, s("第二版\n多行"));
    QCOMPARE(stored->name, s("预设一"));
    QVERIFY(stored->favourite);
    QCOMPARE(m_store->count(), 1);

    // The form now holds another app: Ctrl+S must not overwrite the loaded preset with it.
    m_names << s("换脸");
    const qint64 other = m_panel->saveCurrent(formPreset(otherAppId));
    QVERIFY(other > 0 && other != id);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_store->get(id)->webappId, appId);
    QCOMPARE(m_panel->currentPresetId(), other);
}

void TestPresetPanel::searchFilters()
{
    const qint64 a = save(m_form, s("金发女孩 plus"));
    const qint64 b = save(m_form, s("夜景 default"));
    const qint64 c = save(formPreset(otherAppId), s("Face swap"));
    QCOMPARE(m_panel->model()->presetCount(), 3);
    QCOMPARE(m_panel->model()->rowCount(), 2); // two apps

    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("presetSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("PLUS"));
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{a});
    QCOMPARE(m_panel->model()->rowCount(), 1);

    search->clear();
    typeText(search, s("夜景"));
    QCOMPARE(search->text(), s("夜景"));
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{b});

    search->clear();
    QTest::keyClicks(search, otherAppId.right(7)); // the webapp id's digits
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{c});

    search->clear();
    QTest::keyClicks(search, s("nothing like it"));
    QCOMPARE(m_panel->model()->presetCount(), 0);
    auto *empty = m_panel->findChild<QLabel *>(QStringLiteral("presetEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("nothing like it")), qPrintable(empty->text()));

    search->clear();
    QCOMPARE(m_panel->model()->presetCount(), 3);
    QVERIFY(empty->isHidden());
}

void TestPresetPanel::loadEmitsTheExactPreset_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Enter") << QStringLiteral("enter");
    QTest::newRow("double-click") << QStringLiteral("double-click");
    QTest::newRow("button") << QStringLiteral("button");
}

void TestPresetPanel::loadEmitsTheExactPreset()
{
    QFETCH(QString, how);
    save(formPreset(otherAppId), s("Other"));
    const qint64 id = save(m_form, s("金发女孩 plus"));
    m_panel->setCurrentPresetId(0);
    QSignalSpy loads(m_panel.get(), &PresetPanel::loadRequested);
    QSignalSpy runs(m_panel.get(), &PresetPanel::runRequested);

    const QModelIndex index = m_panel->model()->indexOfPreset(id);
    QVERIFY(index.isValid());
    view()->setCurrentIndex(index);
    if (how == QLatin1String("enter")) {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Return);
    } else if (how == QLatin1String("double-click")) {
        const QPoint centre = view()->visualRect(index).center();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, centre);
    } else {
        QTest::mouseClick(button("loadPresetButton"), Qt::LeftButton);
    }
    QCOMPARE(loads.count(), 1);
    QCOMPARE(runs.count(), 0);
    const auto loaded = loads.first().first().value<Preset>();
    QCOMPARE(loaded.id, id);
    QCOMPARE(loaded.webappId, QStringLiteral("1877265245566922753"));
    QCOMPARE(loaded.nodes, m_form.nodes);
    QCOMPARE(loaded.nodes.at(0).fieldValue, s("一个在教室里的金发女孩\n第二行：“引号”"));
    QCOMPARE(loaded.nodes.at(1).fieldValue, QStringLiteral("1125899906842624123"));
    QCOMPARE(loaded.webhookUrl, m_form.webhookUrl);
    QCOMPARE(loaded.instanceType, QStringLiteral("plus"));
    QVERIFY(loaded.lastUsedAt.isValid()); // loading counts as use
    QCOMPARE(loaded, *m_store->get(id));
    QCOMPARE(m_panel->currentPresetId(), id);
}

void TestPresetPanel::runEmitsRunRequested()
{
    const qint64 id = save(m_form, s("跑一下"));
    QSignalSpy loads(m_panel.get(), &PresetPanel::loadRequested);
    QSignalSpy runs(m_panel.get(), &PresetPanel::runRequested);
    m_panel->selectPreset(id);
    QTest::mouseClick(button("runPresetButton"), Qt::LeftButton);
    QCOMPARE(runs.count(), 1);
    QCOMPARE(loads.count(), 0);
    const auto run = runs.first().first().value<Preset>();
    QCOMPARE(run.id, id);
    QCOMPARE(run.toRunRequest(), m_form.toRunRequest());
    QVERIFY(m_store->get(id)->lastUsedAt.isValid());
}

void TestPresetPanel::renameWithF2()
{
    const qint64 id = save(m_form, s("旧名字"));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->selectPreset(id);
    view()->setFocus();
    m_asked.clear();
    m_names << s("新名字 v2");
    QTest::keyClick(view(), Qt::Key_F2);
    QCOMPARE(m_asked, QStringList{s("旧名字")});
    QCOMPARE(m_store->get(id)->name, s("新名字 v2"));
    QCOMPARE(m_panel->model()->indexOfPreset(id).data().toString(), s("新名字 v2"));
    QCOMPARE(m_panel->selectedPresetId(), id);
}

void TestPresetPanel::duplicate()
{
    const qint64 id = save(m_form, s("原版"));
    m_panel->selectPreset(id);
    action("duplicatePresetAction")->trigger();
    QCOMPARE(m_store->count(), 2);
    const qint64 copy = m_panel->selectedPresetId();
    QVERIFY(copy != id && copy > 0);
    const auto duplicated = m_store->get(copy);
    QCOMPARE(duplicated->name, s("原版 (copy)"));
    QCOMPARE(duplicated->nodes, m_form.nodes);
    QCOMPARE(duplicated->webappId, appId);
}

void TestPresetPanel::deleteAsksAndUndoRestores()
{
    const qint64 keep = save(m_form, s("留下"));
    const qint64 id = save(m_form, s("删掉我"));
    const Preset before = *m_store->get(id);
    m_panel->selectPreset(id);

    m_confirms << false; // the user says no
    action("deletePresetAction")->trigger();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(s("“删掉我”")), qPrintable(m_questions.first()));
    QCOMPARE(m_store->count(), 2);

    m_confirms << true;
    action("deletePresetAction")->trigger();
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(!m_store->get(id));
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{keep});
    auto *bar = m_panel->findChild<QFrame *>(QStringLiteral("undoNotice"));
    QVERIFY(bar->isVisible());
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("undoNoticeLabel"))->text(), s("Deleted “删掉我”."));
    QCOMPARE(m_panel->currentPresetId(), qint64(0)); // it was the loaded one: Ctrl+S must not update a ghost

    QTest::mouseClick(button("undoDeleteButton"), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    const auto restored = m_store->get(id);
    QVERIFY(restored);
    QCOMPARE(*restored, before); // same id, content and times
    QCOMPARE(m_panel->selectedPresetId(), id);
    QCOMPARE(m_panel->currentPresetId(), id);
    QCOMPARE(m_panel->model()->presetCount(), 2);
}

void TestPresetPanel::favouritesSortFirst()
{
    const qint64 a = save(m_form, s("A 很少用"));
    const qint64 b = save(m_form, s("B"));
    const qint64 c = save(m_form, s("C"));
    for (const qint64 id : {a, b, c}) { // c is the most recently used
        m_panel->selectPreset(id);
        m_panel->loadSelected();
    }
    QCOMPARE(m_panel->model()->presetIds(), (QList<qint64>{c, b, a}));

    m_panel->selectPreset(a);
    action("favouritePresetAction")->trigger();
    QVERIFY(m_store->get(a)->favourite);
    QCOMPARE(m_panel->model()->presetIds(), (QList<qint64>{a, c, b}));
    QCOMPARE(m_panel->model()->indexOfPreset(a).data().toString(), s("★ A 很少用"));
    QVERIFY(action("favouritePresetAction")->isChecked());
    QCOMPARE(m_panel->selectedPresetId(), a); // the selection follows the row

    action("favouritePresetAction")->trigger();
    QVERIFY(!m_store->get(a)->favourite);
    QCOMPARE(m_panel->model()->presetIds(), (QList<qint64>{c, b, a}));
}

void TestPresetPanel::exportThenImportRoundTrips()
{
    save(m_form, s("金发女孩 plus"));
    save(formPreset(otherAppId, "第二个应用\r\n\ttab"), s("换脸 \"quoted\""));
    const rh::Presets original = m_store->list();

    m_savePath = m_dir.filePath(QStringLiteral("exported presets.json"));
    QSignalSpy messages(m_panel.get(), &PresetPanel::message);
    action("exportPresetsAction")->trigger();
    QVERIFY(QFile::exists(m_savePath));
    QVERIFY2(messages.last().first().toString().contains(QStringLiteral("Exported 2 presets")),
             qPrintable(messages.last().first().toString()));
    QFile file(m_savePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"1877265245566922753\""));

    for (const Preset &preset : original)
        QVERIFY(m_store->remove(preset.id));
    m_openPath = m_savePath;
    action("importPresetsAction")->trigger();
    const rh::Presets imported = m_store->list();
    QCOMPARE(imported.size(), original.size());
    for (int i = 0; i < imported.size(); ++i) {
        QVERIFY2(imported.at(i).sameContent(original.at(i)), qPrintable(imported.at(i).name));
        QVERIFY(imported.at(i).id != original.at(i).id);
    }
    QCOMPARE(messages.last().first().toString(), s("Imported 2 presets from “exported presets.json”."));
    QCOMPARE(m_panel->model()->presetCount(), 2);
}

void TestPresetPanel::brokenImportShowsAMessageAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not JSON");
    QTest::newRow("cut off") << QByteArray(R"({"format":"rhdesk-presets","version":1,"presets":[{"name":)")
                             << QStringLiteral("not JSON");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("Nothing was imported");
    QTest::newRow("other JSON") << QByteArray(R"({"hello":"world"})") << QStringLiteral("neither");
    QTest::newRow("newer version") << QByteArray(R"({"format":"rhdesk-presets","version":99,"presets":[]})")
                                   << QStringLiteral("version 99");
    QTest::newRow("second preset broken")
        << QByteArray(R"({"format":"rhdesk-presets","version":1,"presets":[)"
                      R"({"name":"ok","webappId":"1877265245566922753","nodeInfoList":[)"
                      R"({"nodeId":"1","fieldName":"a","fieldValue":"x"}]},)"
                      R"({"name":"bad","webappId":"1877265245566922753","nodeInfoList":[)"
                      R"({"fieldName":"a","fieldValue":"x"}]}]})")
        << QStringLiteral("Preset 2, input 1");
}

void TestPresetPanel::brokenImportShowsAMessageAndChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const qint64 id = save(m_form, s("原有"));
    const rh::Presets before = m_store->list();
    m_openPath = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(m_openPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    QSignalSpy messages(m_panel.get(), &PresetPanel::message);
    action("importPresetsAction")->trigger();
    QCOMPARE(messages.count(), 1);
    const QString sentence = messages.first().first().toString();
    QVERIFY2(sentence.contains(says), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("broken.json")), qPrintable(sentence));
    auto *error = m_panel->findChild<QLabel *>(QStringLiteral("presetErrorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), sentence);
    QCOMPARE(m_store->list(), before);
    QCOMPARE(m_panel->model()->presetIds(), QList<qint64>{id});
}

void TestPresetPanel::importPastedRequestBody()
{
    // The seed's own example: its webappId went through a JS double and is a bare number.
    m_clipboard = QString::fromUtf8(rh::test::readData(QStringLiteral("run_request_seed_example.json")));
    m_clipboard.replace(QStringLiteral("1877265245566922800"), appId);
    m_clipboard.replace(QStringLiteral("{{apiKey}}"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    m_names << s("粘贴的");
    action("pastePresetAction")->trigger();
    QCOMPARE(m_store->count(), 1);
    const Preset pasted = m_store->list().first();
    QCOMPARE(pasted.name, s("粘贴的"));
    QCOMPARE(pasted.webappId, appId); // exact digits, no double on the way
    QCOMPARE(pasted.nodes.size(), 1);
    QCOMPARE(pasted.nodes.first().fieldValue, s("一个在教室里的金发女孩"));
    QCOMPARE(m_panel->selectedPresetId(), pasted.id);
    // The key never lands in a preset: not in the exported form either.
    QVERIFY(!rh::exportPresets(m_store->list()).contains("0123456789abcdef"));

    QSignalSpy messages(m_panel.get(), &PresetPanel::message);
    m_clipboard = QStringLiteral("just some words");
    action("pastePresetAction")->trigger();
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("the clipboard")));
    QCOMPARE(m_store->count(), 1);
}

void TestPresetPanel::importPastedNodeInfoListTakesTheFormsApp()
{
    m_form.webappId = otherAppId;
    m_form.appName = s("视频换脸");
    m_names << s("只有输入");
    QCOMPARE(m_panel->importText(QStringLiteral(R"([{"nodeId":"7","fieldName":"text","fieldValue":"多行\n文本"}])")),
             1);
    const Preset pasted = m_store->list().first();
    QCOMPARE(pasted.webappId, otherAppId);
    QCOMPARE(pasted.appName, s("视频换脸"));
    QCOMPARE(pasted.nodes.first().fieldValue, s("多行\n文本"));

    // Without an app in the form the inputs belong nowhere: nothing is imported.
    m_form.webappId.clear();
    QCOMPARE(m_panel->importText(QStringLiteral(R"([{"nodeId":"7","fieldName":"text","fieldValue":"x"}])")), 0);
    QCOMPARE(m_store->count(), 1);
}

QTEST_MAIN(TestPresetPanel)
#include "tst_presetpanel.moc"
