#include "model/presetdrift.h"
#include "testenv.h"

#include <QTest>

using rh::AppInfo;
using rh::NodeField;
using rh::Preset;
using rh::PresetDrift;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

NodeField node(const char *id, const char *name, const char *value, const char *type, const char *data = "")
{
    NodeField field;
    field.nodeId = s(id);
    field.fieldName = s(name);
    field.fieldValue = s(value);
    field.fieldType = s(type);
    field.fieldData = s(data);
    field.nodeName = s("Node") + s(id);
    return field;
}

const char *const models = R"([{"name":"flux-pro","index":"flux-pro"},{"name":"flux-dev","index":"flux-dev"},)"
                           R"({"default":"flux-pro","description":"忽略"}])";
const char *const modelsNoDev = R"([{"name":"flux-pro","index":"flux-pro"},{"name":"flux-max","index":"flux-max"},)"
                                R"({"default":"flux-pro","description":"忽略"}])";
const char *const steps = R"(["INT", {"default": 20, "min": 1, "max": 100}])";

AppInfo app(const rh::NodeFields &nodes)
{
    AppInfo info;
    info.webappId = s("1877265245566922753");
    info.name = s("文生图 v2");
    info.nodes = nodes;
    return info;
}

Preset preset(const rh::NodeFields &nodes)
{
    Preset p;
    p.id = 7;
    p.name = s("我的预设");
    p.webappId = s("1877265245566922753");
    p.appName = s("文生图");
    p.nodes = nodes;
    return p;
}

QStringList keys(const rh::NodeFields &nodes)
{
    QStringList out;
    for (const NodeField &n : nodes)
        out << n.nodeId + QLatin1Char(':') + n.fieldName;
    return out;
}

QStringList sl(const char *joined)
{
    return joined[0] ? s(joined).split(QLatin1Char('|')) : QStringList();
}

} // namespace

class TestPresetDrift : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void sameAppNoDrift();
    void removedAndAdded();
    void typeChanged();
    void typeUnknownInPresetIsNotDrift();
    void optionGone_data();
    void optionGone();
    void switchFloatIndexIsNotDrift();
    void applyFixDropsAddsAndKeeps();
    void applyFixHonoursPartialDrift();
};

void TestPresetDrift::sameAppNoDrift()
{
    const rh::NodeFields nodes{node("122", "prompt", "一个女孩\n第二行", "STRING"),
                               node("45", "steps", "30", "INT", steps), node("9", "model", "flux-dev", "LIST", models)};
    QVERIFY(rh::compareWithApp(preset(nodes), app(nodes)).isEmpty());
}

void TestPresetDrift::removedAndAdded()
{
    const Preset p = preset({node("122", "prompt", "cat", "STRING"), node("45", "steps", "30", "INT", steps)});
    const AppInfo a = app({node("122", "prompt", "", "STRING"), node("45", "cfg", "7", "FLOAT")});
    const PresetDrift drift = rh::compareWithApp(p, a);
    QVERIFY(!drift.isEmpty());
    QCOMPARE(keys(drift.removed), sl("45:steps"));
    QCOMPARE(drift.removed.first().fieldValue, s("30")); // the preset's row
    QCOMPARE(keys(drift.added), sl("45:cfg"));
    QVERIFY(drift.typeChanged.isEmpty());
    QVERIFY(drift.optionsChanged.isEmpty());
}

void TestPresetDrift::typeChanged()
{
    const PresetDrift drift = rh::compareWithApp(preset({node("45", "steps", "30", "INT", steps)}),
                                                 app({node("45", "steps", "30", "FLOAT")}));
    QCOMPARE(drift.typeChanged.size(), 1);
    QCOMPARE(drift.typeChanged.first().presetType, s("INT"));
    QCOMPARE(drift.typeChanged.first().appType, s("FLOAT"));
    QCOMPARE(drift.typeChanged.first().nodeId, s("45"));
    QVERIFY(drift.removed.isEmpty() && drift.added.isEmpty());
    // case only is not a change
    QVERIFY(rh::compareWithApp(preset({node("45", "steps", "30", "int")}), app({node("45", "steps", "3", "INT")}))
                .isEmpty());
}

void TestPresetDrift::typeUnknownInPresetIsNotDrift()
{
    // A preset pasted from a raw request body has no fieldType.
    QVERIFY(rh::compareWithApp(preset({node("122", "prompt", "cat", "")}), app({node("122", "prompt", "", "STRING")}))
                .isEmpty());
}

void TestPresetDrift::optionGone_data()
{
    QTest::addColumn<QString>("presetData");
    QTest::addColumn<QString>("appData");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("drift");
    QTest::addColumn<bool>("valueGone");
    QTest::addColumn<bool>("setChanged");
    QTest::newRow("value gone, set changed") << s(models) << s(modelsNoDev) << "flux-dev" << true << true << true;
    QTest::newRow("value kept, set changed") << s(models) << s(modelsNoDev) << "flux-pro" << true << false << true;
    QTest::newRow("unchanged") << s(models) << s(models) << "flux-dev" << false << false << false;
    QTest::newRow("preset without data, value gone") << "" << s(modelsNoDev) << "flux-dev" << true << true << false;
    QTest::newRow("preset without data, value ok") << "" << s(modelsNoDev) << "flux-max" << false << false << false;
}

void TestPresetDrift::optionGone()
{
    QFETCH(QString, presetData);
    QFETCH(QString, appData);
    QFETCH(QString, value);
    NodeField mine = node("9", "model", "", "LIST");
    mine.fieldData = presetData;
    mine.fieldValue = value;
    NodeField theirs = node("9", "model", "flux-pro", "LIST");
    theirs.fieldData = appData;
    const PresetDrift drift = rh::compareWithApp(preset({mine}), app({theirs}));
    QTEST(!drift.isEmpty(), "drift");
    if (drift.optionsChanged.isEmpty())
        return;
    QCOMPARE(drift.optionsChanged.size(), 1);
    QCOMPARE(drift.optionsChanged.first().value, value);
    QTEST(drift.optionsChanged.first().valueGone, "valueGone");
    QTEST(drift.optionsChanged.first().setChanged, "setChanged");
}

void TestPresetDrift::switchFloatIndexIsNotDrift()
{
    const char *data = R"([{"name":"input1","index":1.0},{"name":"input2","index":2.0}])";
    QVERIFY(rh::compareWithApp(preset({node("67", "select", "2.0", "SWITCH", data)}),
                               app({node("67", "select", "1", "SWITCH", data)}))
                .isEmpty());
    const PresetDrift gone = rh::compareWithApp(preset({node("67", "select", "3", "SWITCH", data)}),
                                                app({node("67", "select", "1", "SWITCH", data)}));
    QCOMPARE(gone.optionsChanged.size(), 1);
    QVERIFY(gone.optionsChanged.first().valueGone);
}

void TestPresetDrift::applyFixDropsAddsAndKeeps()
{
    Preset p = preset({node("122", "prompt", "一个女孩\n第二行", "STRING"), node("45", "steps", "30", "INT", steps),
                       node("15", "image", "api/abc.png", "IMAGE"), node("9", "model", "flux-dev", "LIST", models)});
    p.setLocalPath(p.nodes.at(2), s("/home/u/猫.png"));
    p.instanceType = s("plus");
    NodeField newCfg = node("45", "cfg", "3.5", "FLOAT", R"(["FLOAT", {"default": 8.0}])");
    NodeField newSwitch = node("67", "select", "2.0", "SWITCH", R"([{"index":1.0},{"index":2.0}])");
    NodeField newList = node("10", "sampler", "", "LIST", R"([{"index":"euler"},{"default":"euler"}])");
    NodeField typeChanged = node("45", "steps", "20", "FLOAT");
    typeChanged.description = s("步数");
    const AppInfo a = app({node("122", "prompt", "", "STRING"), typeChanged, newCfg, newSwitch, newList,
                           node("9", "model", "flux-pro", "LIST", modelsNoDev)});
    const PresetDrift drift = rh::compareWithApp(p, a);
    QCOMPARE(keys(drift.removed), sl("15:image"));
    QCOMPARE(keys(drift.added), sl("45:cfg|67:select|10:sampler"));
    QCOMPARE(drift.typeChanged.size(), 1);
    QCOMPARE(drift.optionsChanged.size(), 1);

    const Preset fixed = rh::applyFix(p, a, drift);
    QCOMPARE(keys(fixed.nodes), sl("122:prompt|45:steps|45:cfg|67:select|10:sampler|9:model"));
    QCOMPARE(fixed.nodes.at(0).fieldValue, s("一个女孩\n第二行")); // kept
    QCOMPARE(fixed.nodes.at(1).fieldValue, s("30"));               // kept, now described as the app says
    QCOMPARE(fixed.nodes.at(1).fieldType, s("FLOAT"));
    QCOMPARE(fixed.nodes.at(1).description, s("步数"));
    QCOMPARE(fixed.nodes.at(2).fieldValue, s("3.5"));      // the app's default (its current value)
    QCOMPARE(fixed.nodes.at(3).fieldValue, s("2"));        // normalised, never "2.0"
    QCOMPARE(fixed.nodes.at(4).fieldValue, s("euler"));    // no value in the app: fieldData's default
    QCOMPARE(fixed.nodes.at(5).fieldValue, s("flux-dev")); // the user's choice is kept and stays flagged
    QCOMPARE(fixed.nodes.at(5).fieldData, s(modelsNoDev));
    QVERIFY(fixed.localPaths.isEmpty()); // the removed image's path went with it
    QCOMPARE(fixed.id, p.id);
    QCOMPARE(fixed.name, p.name);
    QCOMPARE(fixed.instanceType, s("plus"));
    QCOMPARE(fixed.appName, a.name);

    const PresetDrift after = rh::compareWithApp(fixed, a);
    QVERIFY(after.removed.isEmpty() && after.added.isEmpty() && after.typeChanged.isEmpty());
    QCOMPARE(after.optionsChanged.size(), 1);
    QVERIFY(after.optionsChanged.first().valueGone);
    QVERIFY(!after.optionsChanged.first().setChanged);
}

void TestPresetDrift::applyFixHonoursPartialDrift()
{
    Preset p = preset({node("1", "a", "x", "STRING"), node("2", "b", "y", "STRING")});
    p.setLocalPath(p.nodes.at(1), s("/srv/b.png"));
    const AppInfo a = app({node("1", "a", "", "STRING"), node("3", "c", "z", "STRING")});
    const Preset untouched = rh::applyFix(p, a, PresetDrift{});
    QCOMPARE(keys(untouched.nodes), sl("1:a|2:b")); // nothing chosen: nothing dropped or added
    QCOMPARE(untouched.localPaths.size(), 1);
}

QTEST_GUILESS_MAIN(TestPresetDrift)
#include "tst_presetdrift.moc"
