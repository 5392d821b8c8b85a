#include "model/draft.h"

#include <QSignalSpy>
#include <QTest>

using namespace rh;

namespace {

NodeField input(const QString &nodeId, const QString &fieldName, const QString &value,
                const QString &type = QStringLiteral("STRING"), const QString &data = QString())
{
    NodeField field;
    field.nodeId = nodeId;
    field.fieldName = fieldName;
    field.fieldValue = value;
    field.fieldType = type;
    field.fieldData = data;
    return field;
}

AppInfo app(const QString &id, const NodeFields &nodes)
{
    AppInfo info;
    info.webappId = id;
    info.name = QStringLiteral("App ") + id;
    info.nodes = nodes;
    return info;
}

const NodeFields appInputs{
    input(QStringLiteral("6"), QStringLiteral("text"), QStringLiteral("default prompt")),
    input(QStringLiteral("39"), QStringLiteral("image"), QStringLiteral("api/sample.png"), QStringLiteral("IMAGE"))};

} // namespace

class TestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestShownBeforeItsAppKeepsItsValues()
    {
        Draft draft;
        RunRequest request;
        request.webappId = QStringLiteral("11");
        request.nodes = {input(QStringLiteral("6"), QStringLiteral("text"), QStringLiteral("blue cup")),
                         input(QStringLiteral("99"), QStringLiteral("gone"), QStringLiteral("x"))};
        request.instanceType = QStringLiteral("plus");
        draft.setRequest(request);
        QVERIFY(!draft.hasApp());
        QCOMPARE(draft.rowCount(), 2);

        draft.appArrived(app(QStringLiteral("11"), appInputs));
        QVERIFY(draft.hasApp());
        QCOMPARE(draft.rowCount(), 3); // the app's two inputs, then the one it does not have (marked by drift)
        QCOMPARE(draft.field(0).fieldValue, QStringLiteral("blue cup"));
        QCOMPARE(draft.field(1).fieldValue, QStringLiteral("api/sample.png"));
        QCOMPARE(draft.field(2).fieldName, QStringLiteral("gone"));
        QCOMPARE(draft.request().instanceType, QStringLiteral("plus"));
    }

    void reloadKeepsTypedValuesDropsWhatTheAppLost()
    {
        Draft draft;
        draft.setApp(app(QStringLiteral("11"), appInputs));
        draft.setValue(0, QStringLiteral("typed"));
        draft.insertField(2, input(QStringLiteral("99"), QStringLiteral("extra"), QStringLiteral("x")));
        NodeFields changed = appInputs;
        changed.removeLast();
        draft.appArrived(app(QStringLiteral("11"), changed));
        QCOMPARE(draft.rowCount(), 1);
        QCOMPARE(draft.field(0).fieldValue, QStringLiteral("typed"));
    }

    void anotherAppsRowsGiveWayToDefaults()
    {
        Draft draft;
        draft.setApp(app(QStringLiteral("11"), appInputs));
        draft.setValue(0, QStringLiteral("typed for app 11"));
        draft.setWebappId(QStringLiteral("22")); // typed; the rows stay until 22 arrives
        QCOMPARE(draft.rowCount(), 2);
        QVERIFY(!draft.hasApp());
        draft.appArrived(app(QStringLiteral("22"), appInputs));
        QCOMPARE(draft.field(0).fieldValue, QStringLiteral("default prompt"));
    }

    void mediaFollowsItsInputWhenRowsMove()
    {
        Draft draft;
        draft.setApp(app(QStringLiteral("11"), appInputs));
        const FieldKey image{QStringLiteral("39"), QStringLiteral("image")};
        draft.setMedia(image, {MediaState::Upload::Uploading, QStringLiteral("/photos/cup.png"), {}});
        QCOMPARE(draft.media(1).localPath, QStringLiteral("/photos/cup.png"));
        QVERIFY(draft.moveField(1, 0));
        QCOMPARE(draft.media(0).upload, MediaState::Upload::Uploading);
        QCOMPARE(draft.media(1).upload, MediaState::Upload::None);
        QCOMPARE(draft.countUploads(MediaState::Upload::Uploading), 1);
        QCOMPARE(draft.rowsOf(image), QList<int>{0});
        draft.removeField(0); // the input is gone: so is its upload state
        QCOMPARE(draft.countUploads(MediaState::Upload::Uploading), 0);
    }

    void typedValueClearsAFailedUpload()
    {
        Draft draft;
        draft.setApp(app(QStringLiteral("11"), appInputs));
        draft.setMedia({QStringLiteral("39"), QStringLiteral("image")},
                       {MediaState::Upload::Failed, QStringLiteral("/gone.png"), QStringLiteral("too large")});
        QCOMPARE(draft.countUploads(MediaState::Upload::Failed), 1);
        draft.setValue(1, QStringLiteral("api/0123.png"));
        QCOMPARE(draft.countUploads(MediaState::Upload::Failed), 0);
    }

    void signalsTellStructureFromValues()
    {
        Draft draft;
        QSignalSpy aboutToReset(&draft, &Draft::aboutToReset);
        QSignalSpy reset(&draft, &Draft::reset);
        QSignalSpy changed(&draft, &Draft::fieldChanged);
        draft.setApp(app(QStringLiteral("11"), appInputs));
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        draft.setValue(0, QStringLiteral("v"));
        draft.setValue(0, QStringLiteral("v")); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 0);
        QCOMPARE(reset.count(), 1);
    }

    void requestNormalisesSwitchIndexes()
    {
        Draft draft;
        const QString data = QStringLiteral(R"([{"name":"input1","index":1.0},{"name":"input2","index":2.0}])");
        draft.setApp(app(QStringLiteral("11"), {input(QStringLiteral("5"), QStringLiteral("select"),
                                                      QStringLiteral("2.0"), QStringLiteral("SWITCH"), data)}));
        QCOMPARE(draft.field(0).fieldValue, QStringLiteral("2.0"));              // shown as the app sent it
        QCOMPARE(draft.request().nodes.first().fieldValue, QStringLiteral("2")); // sent as the server wants it
    }
};

QTEST_APPLESS_MAIN(TestDraft)
#include "tst_draft.moc"
